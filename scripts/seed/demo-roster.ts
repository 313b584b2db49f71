/** Who is in the demo organization, and each athlete's storyline. */

export const DEMO_ORGANIZATION_NAME = 'Coachline Demo Club';
export const DEMO_TIMEZONE = 'Europe/Oslo';
export const DEMO_PASSWORD = 'coachline-demo';
export const DEMO_EMAIL_DOMAIN = 'demo.coachline.test';
export const DEMO_WEEKS = 16;

export const demoEmail = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;

export type Storyline =
  | 'FLU'
  | 'BUSINESS_TRIP'
  | 'SICK_CHILD'
  | 'OVERREACHING'
  | 'RACING_TOO_OFTEN'
  | 'TAPERING'
  | 'GONE_QUIET'
  | 'WORK_STRESS';

export interface DemoAthleteProfile {
  index: number;
  email: string;
  name: string;
  /** 0 → coach1, 1 → coach2. */
  coach: 0 | 1;
  /** null: the organization's zone. */
  timezone: string | null;
  storyline: Storyline | null;
  baseWeeklyMinutes: number;
  runsPerWeek: 3 | 4 | 5 | 6;
  strength: boolean;
  crossTraining: boolean;
  /** Down week every 3rd or 4th week. */
  cycleWeeks: 3 | 4;
  /** null: no HRV device, check-ins without rMSSD. */
  rmssdBase: number | null;
  restingHrBase: number;
  maxHr: number;
  sleepBase: number;
  /** Share of planned sessions done. */
  compliance: number;
  /** Easy pace as metres per minute. */
  easySpeed: number;
  yearsRunning: number;
  focusRotation: string[];
}

export const DEMO_COACHES = [
  { email: demoEmail('coach1'), name: 'Marit Solberg' },
  { email: demoEmail('coach2'), name: 'Diego Alvarez' },
] as const;

export const DEMO_ADMIN = { email: demoEmail('admin'), name: 'Ada Demo (admin)' } as const;

const NAMES = [
  'Ingrid Berg',
  'Tom Hansen',
  'Sofia Lindqvist',
  'Jonas Eriksen',
  'Emma Nilsen',
  'Lukas Weber',
  'Aroha Ngata',
  'Maya Thompson',
  'Nora Johansen',
  'Henrik Dahl',
  'Chloé Martin',
  'Oskar Strand',
  'Lea Fischer',
  'Mateo Rossi',
  'Hanna Virtanen',
  'Sander Bakke',
  'Amelia Clarke',
  'Viktor Holm',
  'Julia Nowak',
  'Elias Lund',
  'Sara Haugen',
  'Noah Brennan',
  'Ida Moen',
  'Kasper Vik',
];

/** Storylines on fixed athletes so the demo always tells the same stories. */
const STORYLINES: Record<number, { storyline: Storyline | null; timezone?: string }> = {
  1: { storyline: 'FLU' },
  2: { storyline: 'BUSINESS_TRIP' },
  3: { storyline: 'SICK_CHILD' },
  4: { storyline: 'OVERREACHING' },
  5: { storyline: 'RACING_TOO_OFTEN' },
  6: { storyline: 'TAPERING' },
  7: { storyline: null, timezone: 'Pacific/Auckland' },
  8: { storyline: null, timezone: 'America/Los_Angeles' },
  10: { storyline: 'GONE_QUIET' },
  13: { storyline: 'WORK_STRESS' },
};

const FOCUS_ROTATIONS = [
  ['aerobic volume', 'threshold', 'VO2max', 'race-specific'],
  ['hills/strength', 'aerobic volume', 'threshold', 'race-specific'],
  ['aerobic volume', 'hills/strength', 'threshold', 'VO2max'],
];

/** A deterministic roster: the profile of athlete `index` (1–24) depends on nothing but the index. */
export function demoAthleteProfiles(
  rngFor: (seed: number) => {
    between(a: number, b: number): number;
    int(a: number, b: number): number;
    chance(p: number): boolean;
  },
): DemoAthleteProfile[] {
  return NAMES.map((name, i) => {
    const index = i + 1;
    const rng = rngFor(9_000 + index);
    const story = STORYLINES[index] ?? { storyline: null };
    const runsPerWeek = ([3, 4, 4, 5, 5, 6] as const)[rng.int(0, 5)];
    return {
      index,
      email: demoEmail(`athlete${String(index).padStart(2, '0')}`),
      name,
      coach: (index % 2 === 1 ? 0 : 1) as 0 | 1,
      timezone: story.timezone ?? null,
      storyline: story.storyline,
      baseWeeklyMinutes:
        Math.round(rng.between(170, 430) / 10) * 10 + (story.storyline === 'OVERREACHING' ? 60 : 0),
      runsPerWeek: story.storyline === 'TAPERING' || story.storyline === 'RACING_TOO_OFTEN' ? 5 : runsPerWeek,
      strength: rng.chance(0.6),
      crossTraining: rng.chance(0.4),
      cycleWeeks: rng.chance(0.5) ? 3 : 4,
      rmssdBase: index % 6 === 0 && story.storyline === null ? null : Math.round(rng.between(32, 95)),
      restingHrBase: Math.round(rng.between(42, 60)),
      maxHr: Math.round(rng.between(176, 196)),
      sleepBase: Math.round(rng.between(6.6, 8.2) * 4) / 4,
      compliance: story.storyline === 'OVERREACHING' ? 0.98 : rng.between(0.74, 0.97),
      easySpeed: Math.round(rng.between(150, 205)),
      yearsRunning: rng.int(1, 18),
      focusRotation: FOCUS_ROTATIONS[index % FOCUS_ROTATIONS.length],
    };
  });
}
