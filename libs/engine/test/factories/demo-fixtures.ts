/**
 * Demo club athletes' engine inputs as `npm run review:demo -- --now 2026-12-06T15:30:00Z --dump DIR` writes them
 * (the Sunday read a coach found faults in): `fixtures/demo-<athlete>-2026-12-06.json` (athlete05 Emma, athlete13 Lea,
 * athlete15 Hanna, athlete16 Sander, athlete24 Kasper), and the Monday read of the week after (`--now 2026-12-07T00:20:00Z`): `fixtures/demo-<athlete>-2026-12-07.json`
 * (athlete01 Ingrid, athlete03 Sofia, athlete04 Jonas); athlete01 Ingrid's Sunday (`-2026-12-06`); athlete06 Lukas both days (`-2026-12-06`, `-2026-12-07`). The reader's later days
 * (`--now 2026-12-08T09:00:00Z`, `2026-12-12T09:00:00Z`, nothing logged after Monday 00:20): athlete01 Ingrid Tuesday
 * (`-2026-12-08`) and Saturday (`-2026-12-12`), athlete03 Sofia Tuesday (`-2026-12-08`). The same week read on Thursday with its sessions unlogged (`--now 2026-12-10T09:00:00Z`):
 * `-2026-12-10` (athlete01 Ingrid, athlete03 Sofia), and athlete11 Chloé Monday, Tuesday and Thursday. athlete21 Sara's Sunday
 * (`-2026-12-06`) and athlete13 Lea's Monday (`-2026-12-07`). The Monday a week later (`--now 2026-12-14T09:00:00Z`, no
 * plan published for that week or the next): athlete04 Jonas (`-2026-12-14`). The Saturday read (`--now
 * 2026-12-12T09:00:00Z`) of athlete04 Jonas and athlete05 Emma (`-2026-12-12`). athlete07 Aroha's Saturday
 * (`-2026-12-12`, seeded on Monday afternoon UTC: her last check-in is her Tuesday 2026-12-08 in Pacific/Auckland).
 * athlete13 Lea's Saturday (`-2026-12-12`) and next Monday (`-2026-12-14`, no plan published for that week or the
 * next: the engine drafts the week of 2026-12-21), nothing logged after Monday 2026-12-07 00:20. athlete07 Aroha's,
 * athlete10 Henrik's and athlete12 Oskar's next Monday (`-2026-12-14`), and athlete05 Emma's, athlete06 Lukas's and
 * athlete21 Sara's (`-2026-12-14`); athlete01 Ingrid's, athlete08 Maya's, athlete15 Hanna's and athlete23 Ida's
 * (`-2026-12-14`, re-entry weeks: the draft's long run), and athlete20 Elias's (`-2026-12-14`, a re-entry week the
 * long-race projection grows back from); athlete03 Sofia's and athlete19 Julia's next Monday
 * (`-2026-12-14`). The Sunday evening a week later (`--now 2026-12-13T17:00:00Z`, nothing logged after
 * Sunday 2026-12-06): athlete11 Chloé, athlete20 Elias and athlete22 Noah (`-2026-12-13`); and athlete20 Elias's Wednesday (`--now
 * 2026-12-09T09:00:00Z`: `-2026-12-09`). athlete13 Lea's Wednesday and Friday (`--now 2026-12-09T09:00:00Z`,
 * `2026-12-11T09:00:00Z`: `-2026-12-09`, `-2026-12-11`) and athlete06 Lukas's Sunday before his Thursday marathon (`--now
 * 2026-12-13T17:00:00Z`: `-2026-12-13`), nothing logged after Monday 2026-12-07 00:20. Ingrid, Tom,
 * Emma and Sara on that Sunday (`athlete01NextSunday` …: `-2026-12-13`, the whole club silent since 2026-12-06/07).
 * The Saturday read (`--now 2026-12-12T09:00:00Z`) of athlete06 Lukas (his A marathon on Friday 2026-12-18) and
 * athlete15 Hanna (`-2026-12-12`), and athlete23 Ida's Tuesday and Thursday (`-2026-12-08`, `-2026-12-10`: HRV above
 * its band). athlete13 Lea's Saturday as today's seed writes it (`-2026-12-12-thin-hrv`: 3 HRV readings in the 7
 * days, 4.46, 4.40 and 4.19; the older `-2026-12-12` had 7). athlete09 Nora's, athlete13 Lea's and athlete23
 * Ida's Sunday tick (`-2026-12-13`, silent since 2026-12-06/07: re-entry weeks under a long-race build) and Nora's next
 * Monday (`-2026-12-14`).
 */
import type { ReviewInput } from '../../src';
import athlete01 from '../fixtures/demo-athlete01-2026-12-06.json';
import athlete01Monday from '../fixtures/demo-athlete01-2026-12-07.json';
import athlete01NextMonday from '../fixtures/demo-athlete01-2026-12-14.json';
import athlete01Tuesday from '../fixtures/demo-athlete01-2026-12-08.json';
import athlete01Saturday from '../fixtures/demo-athlete01-2026-12-12.json';
import athlete01Thursday from '../fixtures/demo-athlete01-2026-12-10.json';
import athlete01NextSunday from '../fixtures/demo-athlete01-2026-12-13.json';
import athlete02NextSunday from '../fixtures/demo-athlete02-2026-12-13.json';
import athlete03Monday from '../fixtures/demo-athlete03-2026-12-07.json';
import athlete03NextMonday from '../fixtures/demo-athlete03-2026-12-14.json';
import athlete03Thursday from '../fixtures/demo-athlete03-2026-12-10.json';
import athlete03Tuesday from '../fixtures/demo-athlete03-2026-12-08.json';
import athlete04Monday from '../fixtures/demo-athlete04-2026-12-07.json';
import athlete04NextMonday from '../fixtures/demo-athlete04-2026-12-14.json';
import athlete04Saturday from '../fixtures/demo-athlete04-2026-12-12.json';
import athlete05 from '../fixtures/demo-athlete05-2026-12-06.json';
import athlete05NextSunday from '../fixtures/demo-athlete05-2026-12-13.json';
import athlete05NextMonday from '../fixtures/demo-athlete05-2026-12-14.json';
import athlete05Saturday from '../fixtures/demo-athlete05-2026-12-12.json';
import athlete06 from '../fixtures/demo-athlete06-2026-12-06.json';
import athlete06Monday from '../fixtures/demo-athlete06-2026-12-07.json';
import athlete06NextMonday from '../fixtures/demo-athlete06-2026-12-14.json';
import athlete06NextMondayFridayRace from '../fixtures/demo-athlete06-2026-12-14-friday-race.json';
import athlete06NextSundayFridayRace from '../fixtures/demo-athlete06-2026-12-13-friday-race.json';
import athlete06Sunday from '../fixtures/demo-athlete06-2026-12-13.json';
import athlete06Saturday from '../fixtures/demo-athlete06-2026-12-12.json';
import athlete07NextMonday from '../fixtures/demo-athlete07-2026-12-14.json';
import athlete07Saturday from '../fixtures/demo-athlete07-2026-12-12.json';
import athlete08NextMonday from '../fixtures/demo-athlete08-2026-12-14.json';
import athlete10NextMonday from '../fixtures/demo-athlete10-2026-12-14.json';
import athlete11Monday from '../fixtures/demo-athlete11-2026-12-07.json';
import athlete11Tuesday from '../fixtures/demo-athlete11-2026-12-08.json';
import athlete11Sunday from '../fixtures/demo-athlete11-2026-12-13.json';
import athlete11Thursday from '../fixtures/demo-athlete11-2026-12-10.json';
import athlete12NextMonday from '../fixtures/demo-athlete12-2026-12-14.json';
import athlete13 from '../fixtures/demo-athlete13-2026-12-06.json';
import athlete13Monday from '../fixtures/demo-athlete13-2026-12-07.json';
import athlete13Friday from '../fixtures/demo-athlete13-2026-12-11.json';
import athlete13NextMonday from '../fixtures/demo-athlete13-2026-12-14.json';
import athlete13Saturday from '../fixtures/demo-athlete13-2026-12-12.json';
import athlete13Wednesday from '../fixtures/demo-athlete13-2026-12-09.json';
import athlete15 from '../fixtures/demo-athlete15-2026-12-06.json';
import athlete15NextMonday from '../fixtures/demo-athlete15-2026-12-14.json';
import athlete15Saturday from '../fixtures/demo-athlete15-2026-12-12.json';
import athlete13SaturdayThinHrv from '../fixtures/demo-athlete13-2026-12-12-thin-hrv.json';
import athlete16 from '../fixtures/demo-athlete16-2026-12-06.json';
import athlete19NextMonday from '../fixtures/demo-athlete19-2026-12-14.json';
import athlete20Sunday from '../fixtures/demo-athlete20-2026-12-13.json';
import athlete20Wednesday from '../fixtures/demo-athlete20-2026-12-09.json';
import athlete20NextMonday from '../fixtures/demo-athlete20-2026-12-14.json';
import athlete21 from '../fixtures/demo-athlete21-2026-12-06.json';
import athlete22Sunday from '../fixtures/demo-athlete22-2026-12-13.json';
import athlete21NextSunday from '../fixtures/demo-athlete21-2026-12-13.json';
import athlete21NextMonday from '../fixtures/demo-athlete21-2026-12-14.json';
import athlete23NextMonday from '../fixtures/demo-athlete23-2026-12-14.json';
import athlete09NextSunday from '../fixtures/demo-athlete09-2026-12-13.json';
import athlete09NextMonday from '../fixtures/demo-athlete09-2026-12-14.json';
import athlete13NextSunday from '../fixtures/demo-athlete13-2026-12-13.json';
import athlete23NextSunday from '../fixtures/demo-athlete23-2026-12-13.json';
import athlete23Tuesday from '../fixtures/demo-athlete23-2026-12-08.json';
import athlete23Thursday from '../fixtures/demo-athlete23-2026-12-10.json';
import athlete24 from '../fixtures/demo-athlete24-2026-12-06.json';

const INPUTS = {
  athlete01,
  athlete05,
  athlete06,
  athlete13,
  athlete15,
  athlete16,
  athlete21,
  athlete24,
  athlete01Monday,
  athlete01NextMonday,
  athlete01Saturday,
  athlete01Thursday,
  athlete01Tuesday,
  athlete03Monday,
  athlete03NextMonday,
  athlete03Thursday,
  athlete03Tuesday,
  athlete04Monday,
  athlete04NextMonday,
  athlete04Saturday,
  athlete05NextMonday,
  athlete05Saturday,
  athlete06Monday,
  athlete06NextMonday,
  athlete06Sunday,
  athlete07NextMonday,
  athlete07Saturday,
  athlete08NextMonday,
  athlete10NextMonday,
  athlete11Monday,
  athlete11Sunday,
  athlete11Thursday,
  athlete11Tuesday,
  athlete12NextMonday,
  athlete13Monday,
  athlete13NextMonday,
  athlete13Saturday,
  athlete13Wednesday,
  athlete13Friday,
  athlete15NextMonday,
  athlete19NextMonday,
  athlete20Sunday,
  athlete20Wednesday,
  athlete20NextMonday,
  athlete21NextMonday,
  athlete22Sunday,
  athlete23NextMonday,
  athlete09NextSunday,
  athlete09NextMonday,
  athlete13NextSunday,
  athlete23NextSunday,
  athlete01NextSunday,
  athlete21NextSunday,
  athlete05NextSunday,
  athlete02NextSunday,
  athlete06Saturday,
  athlete15Saturday,
  athlete13SaturdayThinHrv,
  athlete23Tuesday,
  athlete23Thursday,
  athlete06NextSundayFridayRace,
  athlete06NextMondayFridayRace,
} as const;

/** A fresh copy of the athlete's input (a test may change it). */
export function demoInput(athlete: keyof typeof INPUTS): ReviewInput {
  return JSON.parse(JSON.stringify(INPUTS[athlete])) as ReviewInput;
}

/** Every demo fixture's name (a spec that holds a class of sentence against the whole club). */
export const DEMO_FIXTURES = Object.keys(INPUTS) as (keyof typeof INPUTS)[];
