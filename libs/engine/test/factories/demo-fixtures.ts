/**
 * Demo club athletes' engine inputs as `npm run review:demo -- --now 2026-12-06T15:30:00Z --dump DIR` writes them
 * (the Sunday read a coach found faults in): `fixtures/demo-<athlete>-2026-12-06.json` (athlete05 Emma, athlete13 Lea,
 * athlete15 Hanna).
 */
import type { ReviewInput } from '../../src';
import athlete05 from '../fixtures/demo-athlete05-2026-12-06.json';
import athlete13 from '../fixtures/demo-athlete13-2026-12-06.json';
import athlete15 from '../fixtures/demo-athlete15-2026-12-06.json';

const INPUTS = { athlete05, athlete13, athlete15 } as const;

/** A fresh copy of the athlete's input (a test may change it). */
export function demoInput(athlete: keyof typeof INPUTS): ReviewInput {
  return JSON.parse(JSON.stringify(INPUTS[athlete])) as ReviewInput;
}
