/**
 * The sixteen weeks of one demo athlete, as plain rows: plans (and the sessions in them), what the athlete
 * logged against them, daily check-ins, context events, races, the season and a few coach notes. Pure: the
 * same profile, ids and `today` give the same rows (apart from generated uuids).
 */
import { createHash, randomUUID } from 'node:crypto';

import { addDays, toDayNumber, weekStartOf, weekdayIndex } from '@app/common';
import { DEFAULT_ENGINE_CONFIG, raceDistanceKm, shortTaperRace } from '@app/engine';
import {
  ContextEventKind,
  ContextEventSource,
  ContextEventStatus,
  CrossTrainingSport,
  EffortType,
  IllnessStatus,
  IntakeData,
  IntervalStructure,
  Mesocycle,
  NoteVisibility,
  PlannedSessionKind,
  PlanStatus,
  RacePriority,
  SeasonPhase,
  SeasonPhaseBlock,
  SessionKind,
  SessionSource,
} from '@app/db';

import { DEMO_WEEKS, DemoAthleteProfile } from './demo-roster';
import { clamp, Prng, round5 } from './prng';

export interface AthleteIds {
  organizationId: string;
  athleteId: string;
  athleteUserId: string;
  coachUserId: string;
}

export interface PlanRow {
  id: string;
  organizationId: string;
  athleteId: string;
  weekStart: string;
  version: number;
  status: PlanStatus;
  revision: number;
  notes: string | null;
  createdByUserId: string;
  createdAt: Date;
  publishedAt: Date | null;
  publishedByUserId: string | null;
}

export interface PlannedRow {
  id: string;
  planId: string;
  date: string;
  position: number;
  kind: PlannedSessionKind;
  minutes: number;
  effortType: EffortType;
  effortValue: number;
  /** ZONE efforts: the zone model (the demo's zone sessions are easy runs, zone 2 of 5); null on RPE. */
  zoneScale: 3 | 5 | null;
  intervals: IntervalStructure | null;
  purpose: string;
  key: boolean;
  /** CROSS_TRAINING only; null otherwise. */
  sport: CrossTrainingSport | null;
}

export interface LoggedRow {
  organizationId: string;
  athleteId: string;
  date: string;
  kind: SessionKind;
  minutes: number;
  srpe: number | null;
  averageHr: number | null;
  distanceMeters: number | null;
  note: string | null;
  plannedSessionId: string | null;
  source: SessionSource;
  startedAt: Date | null;
  fileHash: string | null;
  loggedByUserId: string;
}

export interface CheckInRow {
  organizationId: string;
  athleteId: string;
  date: string;
  sleepHours: number;
  sleepQuality: number;
  rmssd: number | null;
  restingHr: number;
  soreness: number;
  fatigue: number;
  stress: number;
  mood: number;
  illness: IllnessStatus;
  note: string | null;
}

export interface EventRow {
  organizationId: string;
  athleteId: string;
  kind: ContextEventKind;
  startDate: string;
  endDate: string | null;
  note: string;
  source: ContextEventSource;
  status: ContextEventStatus;
  messageId: null;
  details: Record<string, unknown> | null;
  createdByUserId: string;
  decidedByUserId: string | null;
}

export interface RaceRow {
  organizationId: string;
  athleteId: string;
  name: string;
  date: string;
  priority: RacePriority;
  kind: string;
  expectedMinutes: number;
  resultMinutes: number | null;
  resultNote: string | null;
}

export interface SeasonRow {
  organizationId: string;
  athleteId: string;
  name: string;
  phases: SeasonPhaseBlock[];
  mesocycles: Mesocycle[];
  version: number;
}

export interface NoteRow {
  organizationId: string;
  athleteId: string;
  authorUserId: string;
  visibility: NoteVisibility;
  body: string;
  version: number;
  createdAt: Date;
}

export interface AthleteHistory {
  plans: PlanRow[];
  plannedSessions: PlannedRow[];
  sessions: LoggedRow[];
  checkIns: CheckInRow[];
  events: EventRow[];
  races: RaceRow[];
  season: SeasonRow;
  notes: NoteRow[];
  intake: IntakeData;
  intakeSubmittedAt: Date;
}

// ---------------------------------------------------------------------------------------------------------
// races and life

interface RaceSpec {
  name: string;
  date: string;
  priority: RacePriority;
  kind: RaceKind;
}

type RaceKind = '5k' | '10k' | 'half marathon' | 'marathon' | 'trail 50k';

const RACE_METERS: Record<RaceKind, number> = {
  '5k': 5000,
  '10k': 10000,
  'half marathon': 21097,
  marathon: 42195,
  'trail 50k': 50000,
};
/** Race pace relative to easy pace (trail is slower for the terrain). */
const RACE_SPEEDUP: Record<RaceKind, number> = {
  '5k': 1.32,
  '10k': 1.27,
  'half marathon': 1.2,
  marathon: 1.12,
  'trail 50k': 0.85,
};

const RACE_NAMES: Record<RaceKind, string[]> = {
  '5k': ['Parkrun Frognerparken', 'Harbour 5k'],
  '10k': ['Sentrumsløpet 10k', 'Bislett 10k', 'Fjord 10k'],
  'half marathon': ['Oslo Half', 'Bergen City Half', 'Lake Run Half'],
  marathon: ['Oslo Marathon', 'Berlin Marathon', 'Copenhagen Marathon', 'Valencia Marathon'],
  'trail 50k': ['Nordmarka Trail 50k', 'Ecotrail 50k'],
};
/** Where a race the names above have used up on another date is held: "<place> <kind's suffix>". */
const RACE_PLACES = [
  'Trondheim',
  'Stavanger',
  'Drammen',
  'Tromsø',
  'Kristiansand',
  'Fredrikstad',
  'Lillehammer',
  'Gothenburg',
  'Stockholm',
  'Aarhus',
  'Helsinki',
  'Hamburg',
  'Rotterdam',
  'Seville',
  'Florence',
  'Ljubljana',
  'Vienna',
  'Prague',
];
const RACE_SUFFIX: Record<RaceKind, string> = {
  '5k': '5k',
  '10k': '10k',
  'half marathon': 'Half',
  marathon: 'Marathon',
  'trail 50k': 'Trail 50k',
};
/** Weekly events: one name on many dates is true of them. */
const WEEKLY_RACES = new Set(['Parkrun Frognerparken']);

/**
 * The club's race calendar: a named race is held on one date (a weekly parkrun aside), so two athletes in
 * "Oslo Marathon" race on the same day. One per seeded club, shared by its athletes' histories.
 */
export class RaceCalendar {
  private readonly dateOf = new Map<string, string>();
  private readonly nameOf = new Map<string, string>();

  /** The name of a `kind` race on `date`: `picked` when it is free for that date, else another free name. */
  name(kind: RaceKind, date: string, picked: string): string {
    const key = `${kind}|${date}`;
    const known = this.nameOf.get(key);
    if (known !== undefined) return known;
    const candidates = [
      picked,
      ...RACE_NAMES[kind],
      ...RACE_PLACES.map((place) => `${place} ${RACE_SUFFIX[kind]}`),
    ];
    const free = candidates.find((n) => WEEKLY_RACES.has(n) || (this.dateOf.get(n) ?? date) === date);
    if (free === undefined) throw new Error(`no free ${kind} race name for ${date}`);
    this.dateOf.set(free, date);
    this.nameOf.set(key, free);
    return free;
  }
}

interface DayContext {
  illness: IllnessStatus;
  /** Graded return after illness: reduced sessions, tired. */
  returning: boolean;
  travel: boolean;
  family: boolean;
  workStress: boolean;
  vacation: boolean;
}

const NORMAL_DAY: DayContext = {
  illness: IllnessStatus.NONE,
  returning: false,
  travel: false,
  family: false,
  workStress: false,
  vacation: false,
};

function expectedMinutes(kind: RaceKind, p: DemoAthleteProfile): number {
  return Math.round(RACE_METERS[kind] / (p.easySpeed * RACE_SPEEDUP[kind]));
}

// ---------------------------------------------------------------------------------------------------------
// sessions

type Slot = 'Q' | 'Q2' | 'E' | 'L';

const RUN_TEMPLATES: Record<3 | 4 | 5 | 6, Partial<Record<number, Slot>>> = {
  3: { 1: 'Q', 3: 'E', 6: 'L' },
  4: { 1: 'Q', 2: 'E', 4: 'E', 6: 'L' },
  5: { 1: 'Q', 2: 'E', 3: 'Q2', 5: 'E', 6: 'L' },
  6: { 0: 'E', 1: 'Q', 2: 'E', 3: 'Q2', 5: 'E', 6: 'L' },
};

const rpe = (value: number) => ({ type: EffortType.RPE, value });

const FOCUS_INTERVALS: Record<string, { set: IntervalStructure; purpose: string }> = {
  'aerobic volume': {
    set: { repeats: 3, workSeconds: 600, workEffort: rpe(6), recoverySeconds: 120, recoveryEffort: rpe(3) },
    purpose: 'Steady blocks: comfortably hard, breathing under control. Builds the aerobic engine.',
  },
  threshold: {
    set: { repeats: 5, workSeconds: 360, workEffort: rpe(7), recoverySeconds: 90, recoveryEffort: rpe(3) },
    purpose: 'Threshold: hard but sustainable, an effort you could hold for about an hour.',
  },
  VO2max: {
    set: { repeats: 6, workSeconds: 180, workEffort: rpe(8), recoverySeconds: 120, recoveryEffort: rpe(3) },
    purpose: 'VO2max repeats: hard, with full jog recoveries. Stop if form falls apart.',
  },
  'race-specific': {
    set: { repeats: 3, workSeconds: 900, workEffort: rpe(7), recoverySeconds: 180, recoveryEffort: rpe(3) },
    purpose: 'Race-specific: long blocks at goal race effort; practise fuelling.',
  },
  'hills/strength': {
    set: { repeats: 10, workSeconds: 90, workEffort: rpe(8), recoverySeconds: 90, recoveryEffort: rpe(3) },
    purpose: 'Hill repeats: strong and tall uphill, easy jog down.',
  },
};
const TEMPO = {
  set: { repeats: 2, workSeconds: 900, workEffort: rpe(6), recoverySeconds: 180, recoveryEffort: rpe(3) },
  purpose: 'Tempo: steady and comfortably hard.',
};
const FARTLEK = {
  set: { repeats: 8, workSeconds: 60, workEffort: rpe(6), recoverySeconds: 120, recoveryEffort: rpe(3) },
  purpose: 'Down week: light fartlek, keep it playful. Absorb the last block.',
};

const intervalMinutes = (s: IntervalStructure) => (s.repeats * (s.workSeconds + s.recoverySeconds)) / 60;

type WeekType = 'BUILD' | 'DOWN' | 'TAPER' | 'RACE_WEEK' | 'RECOVERY';

interface PlannedSpec {
  date: string;
  kind: PlannedSessionKind;
  minutes: number;
  effortType: EffortType;
  effortValue: number;
  intervals: IntervalStructure | null;
  purpose: string;
  key: boolean;
  slot: Slot | 'S' | 'X' | 'R' | 'RACE' | 'SHAKE';
  /** The sport of a CROSS_TRAINING session (dropped when a life event turns it into something else). */
  sport?: CrossTrainingSport;
}

// ---------------------------------------------------------------------------------------------------------
// time

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The UTC instant of a wall-clock time on a local date in a zone. */
export function localTimeToInstant(date: string, hour: number, minute: number, timeZone: string): Date {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, f);
  }
  const guess = Date.parse(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
  const parts = Object.fromEntries(f.formatToParts(new Date(guess)).map((x) => [x.type, Number(x.value)]));
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return new Date(guess - (asUtc - guess));
}

// ---------------------------------------------------------------------------------------------------------

export interface HistoryInput {
  profile: DemoAthleteProfile;
  /** The club's race calendar (one date per race name); a history of its own when absent. */
  races?: RaceCalendar;
  ids: AthleteIds;
  /** The athlete's local date today. */
  today: string;
  timezone: string;
}

export function generateHistory({
  profile: p,
  ids,
  today,
  timezone,
  races: calendar = new RaceCalendar(),
}: HistoryInput): AthleteHistory {
  const rng = new Prng(1_000 + p.index * 7_919);
  const thisWeek = weekStartOf(today);
  const firstWeek = addDays(thisWeek, -7 * (DEMO_WEEKS - 1));
  const nextWeek = addDays(thisWeek, 7);
  const sunday = (k: number) => addDays(thisWeek, 7 * k + 6);
  const useZones = p.coach === 1;

  // --- races ------------------------------------------------------------------------------------------
  const races: RaceSpec[] = [];
  const race = (date: string, priority: RacePriority, kind: RaceKind) =>
    races.push({ name: calendar.name(kind, date, rng.pick(RACE_NAMES[kind])), date, priority, kind });
  switch (p.storyline) {
    case 'RACING_TOO_OFTEN':
      race(sunday(-14), RacePriority.C, '10k');
      race(sunday(-12), RacePriority.B, 'half marathon');
      race(sunday(-9), RacePriority.A, 'marathon');
      race(sunday(-7), RacePriority.B, 'half marathon');
      race(sunday(-4), RacePriority.C, '10k');
      race(sunday(-2), RacePriority.A, 'half marathon');
      race(sunday(3), RacePriority.A, 'marathon');
      break;
    case 'TAPERING':
      race(addDays(today, -38), RacePriority.B, 'half marathon');
      race(addDays(today, 10), RacePriority.A, 'marathon');
      break;
    default: {
      const kind = rng.pick<RaceKind>(['marathon', 'half marathon', 'half marathon', 'trail 50k', '10k']);
      race(sunday(rng.int(6, 20)), RacePriority.A, kind);
      if (rng.chance(0.6))
        race(sunday(-rng.int(3, 8)), RacePriority.B, rng.pick<RaceKind>(['10k', 'half marathon']));
      if (rng.chance(0.3)) race(sunday(rng.int(2, 5)), RacePriority.C, '5k');
    }
  }
  races.sort((a, b) => a.date.localeCompare(b.date));
  const raceOn = new Map(races.map((r) => [r.date, r]));

  // --- life context -------------------------------------------------------------------------------------
  const days = new Map<string, DayContext>();
  const mark = (from: string, to: string, patch: Partial<DayContext>) => {
    for (let d = from; d <= to; d = addDays(d, 1)) days.set(d, { ...(days.get(d) ?? NORMAL_DAY), ...patch });
  };
  const dayOf = (d: string) => days.get(d) ?? NORMAL_DAY;
  const events: EventRow[] = [];
  const event = (
    kind: ContextEventKind,
    startDate: string,
    endDate: string | null,
    note: string,
    byCoach = false,
  ) =>
    events.push({
      organizationId: ids.organizationId,
      athleteId: ids.athleteId,
      kind,
      startDate,
      endDate,
      note,
      source: ContextEventSource.ENTERED,
      status: ContextEventStatus.CONFIRMED,
      messageId: null,
      details: null,
      createdByUserId: byCoach ? ids.coachUserId : ids.athleteUserId,
      decidedByUserId: byCoach ? ids.coachUserId : null,
    });

  const fluStart = addDays(today, -20);
  const pastTripStart = addDays(today, -38);
  switch (p.storyline) {
    case 'FLU':
      mark(fluStart, addDays(fluStart, 3), { illness: IllnessStatus.BELOW_NECK_OR_FEVER });
      mark(addDays(fluStart, 4), addDays(fluStart, 5), { illness: IllnessStatus.ABOVE_NECK });
      mark(addDays(fluStart, 6), addDays(fluStart, 9), { returning: true });
      event(
        ContextEventKind.ILLNESS,
        fluStart,
        addDays(fluStart, 5),
        'Flu with fever (38.9 °C) and aching chest. Rest until 24 h symptom- and fever-free, then a graded return.',
        true,
      );
      break;
    case 'BUSINESS_TRIP':
      mark(pastTripStart, addDays(pastTripStart, 4), { travel: true });
      event(
        ContextEventKind.TRAVEL,
        pastTripStart,
        addDays(pastTripStart, 4),
        'Sales conference in Chicago (UTC−6).',
      );
      event(
        ContextEventKind.TRAVEL,
        addDays(nextWeek, 1),
        addDays(nextWeek, 3),
        'Client visit in Hamburg, Tue–Thu. Hotel has a treadmill.',
      );
      break;
    case 'SICK_CHILD':
      mark(addDays(today, -9), addDays(today, -6), { family: true });
      event(
        ContextEventKind.FAMILY,
        addDays(today, -9),
        addDays(today, -6),
        'Daughter down with a stomach bug — up most nights, home from work.',
      );
      break;
    case 'WORK_STRESS':
      mark(addDays(today, -4), addDays(thisWeek, 6), { workStress: true });
      event(
        ContextEventKind.WORK_STRESS,
        addDays(today, -4),
        addDays(thisWeek, 6),
        'Quarter-end close at work: long days.',
      );
      break;
    default:
      if (rng.chance(0.25)) {
        const start = addDays(thisWeek, -7 * rng.int(6, 12) + 5);
        mark(start, addDays(start, 6), { vacation: true });
        event(ContextEventKind.VACATION, start, addDays(start, 6), 'Family holiday — running when it fits.');
      }
  }

  // --- plans ---------------------------------------------------------------------------------------------
  /** The athlete's stated minutes per weekday (the intake): the long-run day 150, the other run days 75. */
  const availability = [0, 1, 2, 3, 4, 5, 6].map((d) =>
    RUN_TEMPLATES[p.runsPerWeek][d] === 'L' ? 150 : RUN_TEMPLATES[p.runsPerWeek][d] ? 75 : d === 4 ? 0 : 45,
  );
  /**
   * The overreaching storyline is a coach building over the athlete's time: from five weeks ago (and in next
   * week's draft) the plan adds run days beyond the template and runs longer than the stated minutes per day,
   * each run still shaped like a coach's (see `buildWeek`). Every other plan fits the athlete's days.
   */
  const overAvailability = (k: number) => p.storyline === 'OVERREACHING' && k >= -5;
  const aRaces = races.filter((r) => r.priority === RacePriority.A);
  const nextA = aRaces.find((r) => r.date >= today) ?? aRaces[aRaces.length - 1];
  const mesocycleFocus = (date: string) =>
    p.focusRotation[Math.floor((toDayNumber(date) - toDayNumber(firstWeek)) / 28) % p.focusRotation.length];

  const weekType = (k: number, weekStart: string): WeekType => {
    const weekEnd = addDays(weekStart, 6);
    const racesIn = races.filter(
      (r) => r.date >= weekStart && r.date <= weekEnd && r.priority !== RacePriority.C,
    );
    if (racesIn.length) return 'RACE_WEEK';
    const aAfter = aRaces.find((r) => r.date > weekEnd);
    if (aAfter && toDayNumber(aAfter.date) - toDayNumber(weekEnd) <= 8) return 'TAPER';
    const aBefore = aRaces.filter((r) => r.date < weekStart).pop();
    if (aBefore && toDayNumber(weekStart) - toDayNumber(aBefore.date) <= 7) return 'RECOVERY';
    if (p.storyline === 'OVERREACHING' && k >= -6) return 'BUILD';
    const n = k + DEMO_WEEKS - 1;
    return n % p.cycleWeeks === p.cycleWeeks - 1 ? 'DOWN' : 'BUILD';
  };

  const weekVolume = (k: number, type: WeekType): number => {
    const n = k + DEMO_WEEKS - 1;
    let v = p.baseWeeklyMinutes * (1 + 0.02 * n);
    // Six build weeks of about +7 % each from the weeks before, and next week's draft one more step: a clear
    // jump on the weeks before the block (+50 % and more), within what six runs of coach-like length hold.
    if (p.storyline === 'OVERREACHING' && k >= -5) v = p.baseWeeklyMinutes * (1.04 + 0.075 * (k + 5));
    const factor: Record<WeekType, number> = {
      BUILD: 1,
      DOWN: 0.7,
      TAPER: 0.58,
      RACE_WEEK: 0.55,
      RECOVERY: 0.5,
    };
    return v * factor[type];
  };

  const buildWeek = (weekStart: string, type: WeekType, volume: number, overTime = false): PlannedSpec[] => {
    const specs: PlannedSpec[] = [];
    const template = RUN_TEMPLATES[p.runsPerWeek];
    const strengthDays = p.strength ? [0, 3] : [];
    const crossDay = p.crossTraining ? (template[5] ? 2 : 5) : null;
    const extras = strengthDays.length * 30 + (crossDay !== null ? 45 : 0);
    const runVolume = Math.max(90, volume - extras);
    const slots = Object.entries(template).map(([d, s]) => [Number(d), s] as [number, Slot]);
    const easyCount = slots.filter(([, s]) => s === 'E').length;
    const focus = type === 'TAPER' || type === 'RACE_WEEK' ? 'race-specific' : mesocycleFocus(weekStart);
    const main = type === 'DOWN' ? FARTLEK : FOCUS_INTERVALS[focus];
    const mainSet: IntervalStructure =
      type === 'TAPER' || type === 'RACE_WEEK'
        ? { ...main.set, repeats: Math.max(2, Math.ceil(main.set.repeats * 0.6)) }
        : main.set;
    // A coach's shapes: the long run is the week's longest run (150 min at most); a quality session is at
    // most 90 min; an easy run is never longer than the week's long run, at most 75 % of it once the long run
    // is 60 min or more, and at most 90 min. Volume these shapes (and the athlete's minutes per day, below)
    // do not hold stays unplanned: the week is smaller, not padded with 200-min easy runs.
    const long = round5(clamp(0.3 * runVolume, 60, 150));
    const weekLong = type === 'DOWN' || type === 'TAPER' ? Math.max(45, round5(long * 0.75)) : long;
    const easyCap = Math.min(90, weekLong >= 60 ? Math.floor((0.75 * weekLong) / 5) * 5 : weekLong);
    const qMin = Math.ceil((intervalMinutes(mainSet) + 15) / 5) * 5;
    const q = Math.min(90, round5(Math.max(0.18 * runVolume, intervalMinutes(mainSet) + 20)));
    const q2Min = round5(intervalMinutes(TEMPO.set) + 15);
    const q2 = Math.min(90, round5(Math.max(0.15 * runVolume, intervalMinutes(TEMPO.set) + 15)));
    const quality2 = type === 'BUILD';
    const used = long + q + (slots.some(([, s]) => s === 'Q2') && quality2 ? q2 : 0);
    const easy = Math.min(
      easyCap,
      round5(Math.max(30, (runVolume - used) / Math.max(1, easyCount + (quality2 ? 0 : 1)))),
    );
    const easyEffort = useZones
      ? { effortType: EffortType.ZONE, effortValue: 2 }
      : { effortType: EffortType.RPE, effortValue: 3 };

    for (const [day, slot] of slots) {
      const date = addDays(weekStart, day);
      if (slot === 'L' && type !== 'RECOVERY') {
        specs.push({
          date,
          kind: PlannedSessionKind.RUN,
          minutes: weekLong,
          ...(useZones
            ? { effortType: EffortType.ZONE, effortValue: 2 }
            : { effortType: EffortType.RPE, effortValue: 4 }),
          intervals: null,
          purpose: 'Long run: relaxed, conversational. Time on feet matters more than pace.',
          key: true,
          slot,
        });
      } else if (slot === 'Q' && type !== 'RECOVERY') {
        specs.push({
          date,
          kind: PlannedSessionKind.RUN,
          minutes: type === 'DOWN' ? round5(intervalMinutes(FARTLEK.set) + 20) : q,
          effortType: EffortType.RPE,
          effortValue: 6,
          intervals: mainSet,
          purpose: `${main.purpose} Warm up and cool down easy.`,
          key: type !== 'DOWN',
          slot,
        });
      } else if (slot === 'Q2' && quality2) {
        specs.push({
          date,
          kind: PlannedSessionKind.RUN,
          minutes: q2,
          effortType: EffortType.RPE,
          effortValue: 5,
          intervals: TEMPO.set,
          purpose: TEMPO.purpose,
          key: false,
          slot,
        });
      } else {
        specs.push({
          date,
          kind: PlannedSessionKind.RUN,
          minutes: easy,
          ...easyEffort,
          intervals: null,
          purpose:
            type === 'RECOVERY'
              ? 'Recovery week: easy running only, skip it if still sore.'
              : 'Easy run: truly easy, nose breathing.',
          key: false,
          slot: 'E',
        });
      }
    }
    for (const day of strengthDays) {
      specs.push({
        date: addDays(weekStart, day),
        kind: PlannedSessionKind.STRENGTH,
        minutes: 30,
        effortType: EffortType.RPE,
        effortValue: 5,
        intervals: null,
        purpose:
          'Strength: squats, split squats, calf raises, hip bridges, planks — 3 × 8–12, two in reserve.',
        key: false,
        slot: 'S',
      });
    }
    // A down week is lighter for everything: the bike waits too (a low-volume athlete's short runs cannot
    // shrink further, so without this the week would hardly come down).
    if (crossDay !== null && type !== 'RACE_WEEK' && type !== 'DOWN') {
      specs.push({
        date: addDays(weekStart, crossDay),
        kind: PlannedSessionKind.CROSS_TRAINING,
        minutes: 45,
        effortType: EffortType.RPE,
        effortValue: 4,
        intervals: null,
        purpose: 'Easy spin on the bike: aerobic volume without the pounding.',
        key: false,
        slot: 'X',
        sport: CrossTrainingSport.BIKE,
      });
    }

    // Races replace the long run; the day before is a shakeout, the days after are rest.
    for (const r of races) {
      if (r.date < weekStart || r.date > addDays(weekStart, 6)) continue;
      const before = addDays(r.date, -1);
      for (let i = specs.length - 1; i >= 0; i--) {
        const s = specs[i];
        const drop =
          (s.date >= r.date && r.priority !== RacePriority.C) ||
          s.date === r.date ||
          s.date === before ||
          (s.slot === 'L' && r.priority !== RacePriority.C);
        if (drop) specs.splice(i, 1);
      }
      specs.push({
        date: before,
        kind: PlannedSessionKind.RUN,
        minutes: 20,
        ...easyEffort,
        intervals: null,
        purpose: 'Shakeout with 4 short strides; lay out your race kit.',
        key: false,
        slot: 'SHAKE',
      });
      specs.push({
        date: r.date,
        kind: PlannedSessionKind.RACE,
        minutes: expectedMinutes(r.kind, p),
        effortType: EffortType.RPE,
        effortValue: 9,
        intervals: null,
        purpose: `${r.name} (${r.kind}, ${r.priority} race). Start controlled, race the second half.`,
        key: true,
        slot: 'RACE',
      });
    }
    // The overreaching coach puts what the template's days do not hold on more days (easy runs of the same
    // shape); any other athlete's week stays within the days and minutes they gave.
    if (overTime && type === 'BUILD') {
      let left =
        runVolume - specs.filter((s) => s.kind === PlannedSessionKind.RUN).reduce((t, s) => t + s.minutes, 0);
      for (const d of [0, 3, 5]) {
        const date = addDays(weekStart, d);
        if (left < 30 || specs.some((s) => s.date === date)) continue;
        const minutes = Math.min(easyCap, round5(left));
        specs.push({
          date,
          kind: PlannedSessionKind.RUN,
          minutes,
          ...easyEffort,
          intervals: null,
          purpose: 'Easy run: truly easy, nose breathing.',
          key: false,
          slot: 'E',
        });
        left -= minutes;
      }
    }
    // The athlete's minutes per day: what a day holds beyond them comes off the easy run first, then
    // strength and cross-training, then quality down to its work plus warm-up, the long run last.
    if (!overTime) {
      const floors: Array<[PlannedSpec['slot'], number]> = [
        ['E', 30],
        ['S', 20],
        ['X', 30],
        ['Q2', q2Min],
        ['Q', type === 'DOWN' ? round5(intervalMinutes(FARTLEK.set) + 15) : qMin],
        ['L', 60],
      ];
      for (let d = 0; d < 7; d++) {
        const date = addDays(weekStart, d);
        const onDay = specs.filter((s) => s.date === date);
        let over = onDay.reduce((t, s) => t + s.minutes, 0) - availability[d];
        for (const [slot, floor] of floors) {
          for (const s of onDay) {
            if (over <= 0 || s.slot !== slot || s.minutes <= floor) continue;
            const cut = Math.min(over, s.minutes - floor);
            s.minutes -= cut;
            over -= cut;
          }
        }
      }
    }
    // One explicit rest day where nothing is planned.
    const emptyDay = [4, 0, 2, 5]
      .map((d) => addDays(weekStart, d))
      .find((d) => !specs.some((s) => s.date === d));
    if (emptyDay) {
      specs.push({
        date: emptyDay,
        kind: PlannedSessionKind.REST,
        minutes: 0,
        effortType: EffortType.RPE,
        effortValue: 1,
        intervals: null,
        purpose: 'Rest day.',
        key: false,
        slot: 'R',
      });
    }
    // Weeks start on Monday: sessions planned on days before the week (a race's shakeout) move to Monday.
    return specs
      .map((s) => (s.date < weekStart ? { ...s, date: weekStart } : s))
      .sort((a, b) => a.date.localeCompare(b.date));
  };

  const adjustForLife = (specs: PlannedSpec[]): PlannedSpec[] =>
    specs.map((s) => {
      const day = dayOf(s.date);
      if (s.kind === PlannedSessionKind.REST || s.kind === PlannedSessionKind.RACE) return s;
      if (day.illness === IllnessStatus.BELOW_NECK_OR_FEVER) {
        return {
          ...s,
          kind: PlannedSessionKind.REST,
          minutes: 0,
          intervals: null,
          key: false,
          purpose: 'Ill: rest until 24 h fever-free.',
        };
      }
      if (day.illness === IllnessStatus.ABOVE_NECK || day.returning) {
        return {
          ...s,
          kind: PlannedSessionKind.RUN,
          minutes: 25,
          effortType: EffortType.RPE,
          effortValue: 2,
          intervals: null,
          key: false,
          purpose: 'Graded return: very easy, stop if symptoms come back.',
        };
      }
      if (day.travel) {
        return {
          ...s,
          kind: PlannedSessionKind.RUN,
          minutes: 30,
          effortType: EffortType.RPE,
          effortValue: 3,
          intervals: null,
          key: false,
          purpose: 'Travelling: 30 min easy on the hotel treadmill if it fits, otherwise skip.',
        };
      }
      return s;
    });

  const plans: PlanRow[] = [];
  const plannedSessions: PlannedRow[] = [];
  /** The sessions of the version the athlete sees (published), per date, for logging against. */
  const visible = new Map<string, PlannedRow[]>();
  const publishedAtFor = (weekStart: string) => localTimeToInstant(addDays(weekStart, -2), 18, 30, timezone);

  const addPlan = (
    weekStart: string,
    version: number,
    status: PlanStatus,
    specs: PlannedSpec[],
    notes: string | null,
    publishedAt: Date | null,
  ) => {
    const id = randomUUID();
    plans.push({
      id,
      organizationId: ids.organizationId,
      athleteId: ids.athleteId,
      weekStart,
      version,
      status,
      revision: status === PlanStatus.DRAFT ? 2 : 1,
      notes,
      createdByUserId: ids.coachUserId,
      createdAt: new Date(
        (publishedAt ?? localTimeToInstant(addDays(weekStart, -3), 17, 0, timezone)).getTime() - 3_600_000,
      ),
      publishedAt,
      publishedByUserId: publishedAt ? ids.coachUserId : null,
    });
    const positions = new Map<string, number>();
    for (const s of specs) {
      const position = positions.get(s.date) ?? 0;
      positions.set(s.date, position + 1);
      const row: PlannedRow = {
        id: randomUUID(),
        planId: id,
        date: s.date,
        position,
        kind: s.kind,
        minutes: s.minutes,
        effortType: s.effortType,
        effortValue: s.effortValue,
        // The demo's zone prescriptions are its easy and long runs of a 5-zone model: "Z2/5", easy aerobic.
        zoneScale: s.effortType === EffortType.ZONE ? 5 : null,
        intervals: s.intervals,
        purpose: s.purpose,
        key: s.key,
        sport: s.kind === PlannedSessionKind.CROSS_TRAINING ? (s.sport ?? null) : null,
      };
      plannedSessions.push(row);
      if (status === PlanStatus.PUBLISHED) visible.set(s.date, [...(visible.get(s.date) ?? []), row]);
    }
  };

  const WEEK_NOTES: Record<WeekType, string | null> = {
    BUILD: null,
    DOWN: 'Down week: volume −30 %, intensity light. Let the last block sink in.',
    TAPER: 'Taper: volume down about 40 %, a little intensity kept so the legs stay sharp.',
    RACE_WEEK: 'Race week: fresh legs first. Eat and sleep well.',
    RECOVERY: 'Recovery after the race: easy running only.',
  };

  for (let k = -(DEMO_WEEKS - 1); k <= 1; k++) {
    const weekStart = addDays(thisWeek, 7 * k);
    const type = weekType(k, weekStart);
    const original = buildWeek(weekStart, type, weekVolume(k, type), overAvailability(k));
    if (k === 1) {
      addPlan(weekStart, 1, PlanStatus.DRAFT, adjustForLife(original), WEEK_NOTES[type], null);
      continue;
    }
    const adjusted = adjustForLife(original);
    const changed = adjusted.some((s, i) => s !== original[i]);
    if (changed) {
      // Life happened after publishing: the coach published a revised version mid-week.
      addPlan(weekStart, 1, PlanStatus.SUPERSEDED, original, WEEK_NOTES[type], publishedAtFor(weekStart));
      const storyNote =
        p.storyline === 'FLU'
          ? 'Revised for the flu: rest, then a graded return.'
          : 'Revised around the trip: short easy runs only.';
      const firstChange = adjusted.find((s, i) => s !== original[i])!.date;
      addPlan(
        weekStart,
        2,
        PlanStatus.PUBLISHED,
        adjusted,
        storyNote,
        localTimeToInstant(firstChange, 8, 15, timezone),
      );
    } else {
      addPlan(weekStart, 1, PlanStatus.PUBLISHED, original, WEEK_NOTES[type], publishedAtFor(weekStart));
    }
  }

  // --- logged sessions --------------------------------------------------------------------------------
  const sessions: LoggedRow[] = [];
  const loadByDate = new Map<string, number>();
  const quietFrom = p.storyline === 'GONE_QUIET' ? addDays(today, -5) : null;
  const raceResults = new Map<string, number>();
  const overreachStart = addDays(thisWeek, -35);

  const logSession = (
    date: string,
    planned: PlannedRow | null,
    kind: SessionKind,
    minutes: number,
    srpe: number,
    position: number,
    note: string | null = null,
  ) => {
    const isRun = kind === SessionKind.RUN || kind === SessionKind.RACE;
    const hasHr = (isRun || kind === SessionKind.CROSS_TRAINING) && rng.chance(0.75);
    const frac = kind === SessionKind.RACE ? 0.88 : srpe >= 6 ? 0.8 : srpe >= 4 ? 0.7 : 0.64;
    const averageHr = hasHr
      ? Math.round(p.restingHrBase + (p.maxHr - p.restingHrBase) * (frac + rng.normal(0, 0.02)))
      : null;
    const speed =
      p.easySpeed * (kind === SessionKind.RACE ? 1.15 : srpe >= 6 ? 1.08 : 1) * rng.normal(1, 0.03);
    const distanceMeters = isRun && rng.chance(0.8) ? Math.round(minutes * speed) : null;
    const fromFile = isRun && averageHr !== null && distanceMeters !== null && rng.chance(0.45);
    sessions.push({
      organizationId: ids.organizationId,
      athleteId: ids.athleteId,
      date,
      kind,
      minutes,
      srpe,
      averageHr,
      distanceMeters,
      note,
      plannedSessionId: planned?.id ?? null,
      source: fromFile ? SessionSource.FILE : SessionSource.MANUAL,
      startedAt: fromFile
        ? localTimeToInstant(date, weekdayIndex(date) >= 5 ? 8 : 6, rng.int(0, 59), timezone)
        : null,
      fileHash: fromFile
        ? createHash('sha256').update(`coachline-demo:${p.email}:${date}:${position}`).digest('hex')
        : null,
      loggedByUserId: rng.chance(0.04) ? ids.coachUserId : ids.athleteUserId,
    });
    loadByDate.set(date, (loadByDate.get(date) ?? 0) + srpe * minutes);
  };

  for (let d = firstWeek; d < today; d = addDays(d, 1)) {
    if (quietFrom && d >= quietFrom) continue;
    const day = dayOf(d);
    const planned = visible.get(d) ?? [];
    let position = 0;
    for (const s of planned) {
      if (s.kind === PlannedSessionKind.REST) continue;
      const r = raceOn.get(d);
      if (s.kind === PlannedSessionKind.RACE && r) {
        const result = Math.round(s.minutes * rng.normal(1, 0.025));
        raceResults.set(d, result);
        logSession(
          d,
          s,
          SessionKind.RACE,
          result,
          rng.pick([9, 9, 10]),
          position++,
          `${r.name}: ${rng.pick(['Negative split!', 'Tough last 5k but held on', 'Windy, happy with the effort'])}`,
        );
        continue;
      }
      let pDone = p.compliance + (s.key ? 0.04 : 0);
      if (day.travel) pDone = 0.35;
      if (day.family) pDone = 0.15;
      if (day.workStress) pDone -= 0.25;
      if (day.vacation) pDone = 0.5;
      if (!rng.chance(pDone)) continue;
      const kind =
        s.kind === PlannedSessionKind.STRENGTH
          ? SessionKind.STRENGTH
          : s.kind === PlannedSessionKind.CROSS_TRAINING
            ? SessionKind.CROSS_TRAINING
            : SessionKind.RUN;
      const baseRpe =
        s.intervals !== null
          ? 7
          : s.kind === PlannedSessionKind.STRENGTH
            ? 5
            : s.key
              ? 4.5
              : s.effortValue <= 2
                ? 2.5
                : 3;
      const overreach =
        p.storyline === 'OVERREACHING' && d >= overreachStart
          ? 1 + (toDayNumber(d) - toDayNumber(overreachStart)) / 25
          : 0;
      const srpe = clamp(Math.round(baseRpe + overreach + rng.normal(0, 0.7)), 1, 10);
      const minutes = Math.max(10, Math.round(s.minutes * rng.between(0.86, 1.1)));
      const note = rng.chance(0.06)
        ? rng.pick([
            'Felt great today',
            'Heavy legs',
            'Windy and cold',
            'Ran with the club',
            'Hot, took it easy',
          ])
        : null;
      logSession(d, s, kind, minutes, srpe, position++, note);
    }
    if (day.illness === IllnessStatus.NONE && !day.family && rng.chance(0.03)) {
      logSession(d, null, SessionKind.CROSS_TRAINING, rng.int(30, 60), 3, position++, 'Bike commute');
    }
  }

  // --- check-ins -------------------------------------------------------------------------------------
  const checkIns: CheckInRow[] = [];
  const lastHardRace = (d: string) =>
    races.find((r) => r.date < d && toDayNumber(d) - toDayNumber(r.date) <= 3 && raceResults.has(r.date));
  for (let d = firstWeek; d <= today; d = addDays(d, 1)) {
    if (quietFrom && d >= quietFrom) continue;
    const day = dayOf(d);
    const storyDay = day !== NORMAL_DAY && !day.vacation;
    // Athletes in trouble keep reporting: the storyline days are never the randomly missed ones.
    if (!storyDay && rng.chance(0.06)) continue;
    const yesterdayLoad = loadByDate.get(addDays(d, -1)) ?? 0;
    const hard = yesterdayLoad > 350;
    const afterRace = lastHardRace(d) !== undefined;
    const fever = day.illness === IllnessStatus.BELOW_NECK_OR_FEVER;
    const cold = day.illness === IllnessStatus.ABOVE_NECK;
    // The overreached athlete's HRV falls from 24 days before today: its 7-day mean is below the band for about
    // 17 days at the review, whatever the weekday (from 21 days it was 13 to 15, so the medical check of two weeks
    // came and went with the day the demo was seeded on).
    const overDays =
      p.storyline === 'OVERREACHING' ? Math.max(0, toDayNumber(d) - toDayNumber(addDays(today, -24))) : 0;
    const tiredWell = p.storyline === 'OVERREACHING' && d >= addDays(today, -14);
    // ... and worse still over the last three days (it is getting worse, not levelling off): the latest check-in
    // stays below the norm of the four weeks before it whatever the weekday, though those weeks hold the tired ones.
    const worseStill = p.storyline === 'OVERREACHING' && d >= addDays(today, -2);
    const taperFresh = p.storyline === 'TAPERING' && d >= addDays(today, -10);
    const raceWeary = p.storyline === 'RACING_TOO_OFTEN' && d >= addDays(today, -56);

    let ln = rng.normal(0, 0.07) - (hard ? 0.05 : 0);
    if (fever) ln -= 0.35;
    if (cold) ln -= 0.15;
    if (day.returning) ln -= 0.08;
    if (day.travel) ln -= 0.12;
    if (day.family) ln -= 0.13;
    if (day.workStress) ln -= 0.08;
    if (afterRace) ln -= 0.15;
    if (raceWeary) ln -= 0.06;
    if (taperFresh) ln += 0.05;
    ln -= 0.012 * overDays;
    const rmssd =
      p.rmssdBase === null ? null : clamp(Math.round(p.rmssdBase * Math.exp(ln) * 10) / 10, 5, 300);

    const restingHr = clamp(
      Math.round(
        p.restingHrBase +
          rng.normal(0, 1.2) +
          (fever ? 9 : 0) +
          (cold ? 4 : 0) +
          (day.travel || day.family ? 3 : 0) +
          (hard ? 1 : 0) +
          0.25 * overDays,
      ),
      25,
      120,
    );
    const sleepHours = clamp(
      Math.round(
        (p.sleepBase +
          rng.normal(0, 0.45) -
          (day.travel ? 1.3 : 0) -
          (day.family ? 1.6 : 0) -
          (day.workStress ? 0.7 : 0) +
          (fever ? 1 : 0)) *
          4,
      ) / 4,
      3.5,
      10.5,
    );
    const scale = (v: number) => clamp(Math.round(v), 1, 5);
    const sleepQuality = scale(
      3.5 +
        (sleepHours - p.sleepBase) * 0.9 +
        rng.normal(0, 0.6) -
        (fever ? 1.5 : 0) -
        (tiredWell ? 1 : 0) -
        (worseStill ? 1 : 0),
    );
    const soreness = scale(
      4.1 +
        rng.normal(0, 0.6) -
        (hard ? 1 : 0) -
        (afterRace ? 2 : 0) -
        (tiredWell ? 1 : 0) -
        (worseStill ? 1 : 0) -
        (fever ? 1 : 0),
    );
    const fatigue = scale(
      4 +
        rng.normal(0, 0.6) -
        (hard ? 0.8 : 0) -
        (fever ? 3 : 0) -
        (cold || day.returning ? 1 : 0) -
        (tiredWell ? 1.5 : 0) -
        (worseStill ? 2 : 0) -
        (raceWeary ? 0.4 : 0) +
        (taperFresh ? 0.6 : 0),
    );
    const stress = scale(
      3.9 + rng.normal(0, 0.6) - (day.workStress ? 1.7 : 0) - (day.family ? 1.5 : 0) - (day.travel ? 1 : 0),
    );
    const mood = scale(
      3.9 +
        rng.normal(0, 0.6) -
        (fever ? 2 : 0) -
        (tiredWell ? 1 : 0) -
        (worseStill ? 2 : 0) -
        (day.family ? 1 : 0) -
        (raceWeary ? 0.4 : 0) +
        (taperFresh ? 0.4 : 0),
    );

    let note: string | null = null;
    if (fever)
      note = rng.pick([
        'Fever 38.6, chest aches. Staying in bed.',
        'Still feverish, coughing.',
        'Fever down a bit but wiped out.',
      ]);
    else if (cold) note = 'Just a runny nose now, fever gone since yesterday.';
    else if (day.travel) note = rng.pick(['Jet-lagged, woke at 3 am.', 'Conference dinner ran late.']);
    else if (day.family)
      note = rng.pick(['Up four times in the night with our daughter.', 'Kid still sick, no sleep.']);
    else if (tiredWell && rng.chance(0.3)) note = 'Legs feel heavy every day now.';

    checkIns.push({
      organizationId: ids.organizationId,
      athleteId: ids.athleteId,
      date: d,
      sleepHours,
      sleepQuality,
      rmssd,
      restingHr,
      soreness,
      fatigue,
      stress,
      mood,
      illness: day.illness,
      note,
    });
  }

  // --- races, season, notes, intake --------------------------------------------------------------------
  const raceRows: RaceRow[] = races.map((r) => ({
    organizationId: ids.organizationId,
    athleteId: ids.athleteId,
    name: r.name,
    date: r.date,
    priority: r.priority,
    kind: r.kind,
    expectedMinutes: expectedMinutes(r.kind, p),
    resultMinutes: raceResults.get(r.date) ?? null,
    resultNote: raceResults.has(r.date) ? 'Finished; splits in the logged session.' : null,
  }));

  const season: SeasonRow = {
    organizationId: ids.organizationId,
    athleteId: ids.athleteId,
    name: `Season to ${nextA.name}`,
    phases: seasonPhases(
      firstWeek,
      aRaces.map((r) => ({ date: r.date, transitionDays: shortRace(r.kind, p) ? 7 : 14 })),
    ),
    mesocycles: [],
    version: 1,
  };
  const seasonEnd = season.phases[season.phases.length - 1].endDate;
  for (let start = firstWeek, i = 0; start <= seasonEnd; start = addDays(start, 28), i++) {
    season.mesocycles.push({
      startDate: start,
      weeks: 4,
      focus: p.focusRotation[i % p.focusRotation.length],
    });
  }

  const notes: NoteRow[] = [];
  const note = (daysAgo: number, visibility: NoteVisibility, body: string) =>
    notes.push({
      organizationId: ids.organizationId,
      athleteId: ids.athleteId,
      authorUserId: ids.coachUserId,
      visibility,
      body,
      version: 1,
      createdAt: localTimeToInstant(addDays(today, -daysAgo), 19, 0, timezone),
    });
  note(
    DEMO_WEEKS * 7 - 2,
    NoteVisibility.COACHES_ONLY,
    `Intake call done. ${p.yearsRunning} years running; main goal ${nextA.name}.`,
  );
  switch (p.storyline) {
    case 'FLU':
      note(
        19,
        NoteVisibility.SHARED,
        'Fever means no training at all. We restart once you have been 24 h without fever.',
      );
      break;
    case 'OVERREACHING':
      note(
        4,
        NoteVisibility.COACHES_ONLY,
        'Five build weeks in a row, HRV sliding and legs heavy. Plan a down week next.',
      );
      break;
    case 'RACING_TOO_OFTEN':
      note(
        12,
        NoteVisibility.SHARED,
        'Lots of races lately. Let us pick fewer and build properly for the marathon.',
      );
      break;
    case 'TAPERING':
      note(3, NoteVisibility.SHARED, 'Taper started: less volume, same rhythm. Trust the training.');
      break;
    case 'GONE_QUIET':
      note(2, NoteVisibility.COACHES_ONLY, 'No check-ins for a few days — reach out.');
      break;
  }

  const intake: IntakeData = {
    yearsRunning: p.yearsRunning,
    typicalWeeklyHours: Math.round((p.baseWeeklyMinutes / 60) * 2) / 2,
    longestRecentSessionMinutes: round5(Math.min(0.3 * p.baseWeeklyMinutes, 150)),
    injuryHistory: rng.pick([
      'None worth mentioning.',
      'Achilles tendinopathy two years ago, fine since.',
      'Runner’s knee in 2022; strength work keeps it quiet.',
      'Stress reaction in the left foot (metatarsal) three years ago.',
      'Recurring calf strains when ramping up quickly.',
    ]),
    strengths: [rng.pick(['endurance', 'consistency', 'hills', 'pacing', 'motivation'])],
    weaknesses: [rng.pick(['speed', 'long runs', 'downhills', 'sleep', 'strength work'])],
    availabilityMinutes: availability,
    lifeConstraints:
      p.storyline === 'SICK_CHILD'
        ? 'Two young kids; mornings only.'
        : p.storyline === 'BUSINESS_TRIP'
          ? 'Travel for work about once a month.'
          : rng.pick([
              'Office job, flexible hours.',
              'Shift work every other week.',
              'Commute by bike three days a week.',
            ]),
    goals: `${nextA.kind === 'trail 50k' ? 'Finish strong' : 'Run a personal best'} at ${nextA.name}.`,
    upcomingRaces: races
      .filter((r) => r.date >= today)
      .map((r) => ({ name: r.name, date: r.date, priority: r.priority })),
  };

  return {
    plans,
    plannedSessions,
    sessions,
    checkIns,
    events,
    races: raceRows,
    season,
    notes,
    intake,
    intakeSubmittedAt: localTimeToInstant(addDays(firstWeek, -3), 20, 0, timezone),
  };
}

/**
 * Whether the engine reads a `kind` race as of half-marathon length or shorter (its `shortTaperRace`: 21.1 km or
 * less and under 150 min expected), and so gives it one week of transition, a marathon-type effort two (a half
 * marathon the athlete runs in 150 min or more is one).
 */
function shortRace(kind: RaceKind, p: DemoAthleteProfile): boolean {
  const km = raceDistanceKm(kind);
  return shortTaperRace(
    { day: 0, minutes: expectedMinutes(kind, p), source: km === undefined ? {} : { distanceKm: km } },
    DEFAULT_ENGINE_CONFIG,
  );
}

/**
 * Phases built backward from each A race: PREPARATORY until 8 weeks out, PRE_COMPETITION until 3 weeks out,
 * COMPETITION to race day, then its TRANSITION (two weeks after a marathon or longer, one after a half marathon
 * or shorter, as the engine plans it). Races closer together squeeze the earlier phases.
 */
export function seasonPhases(
  seasonStart: string,
  aRaces: readonly { readonly date: string; readonly transitionDays: number }[],
): SeasonPhaseBlock[] {
  const phases: SeasonPhaseBlock[] = [];
  let cursor = seasonStart;
  const push = (phase: SeasonPhase, startDate: string, endDate: string) => {
    if (endDate >= startDate) phases.push({ phase, startDate, endDate });
  };
  for (const { date: race, transitionDays } of [...aRaces].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (race < cursor) continue;
    const preComp = addDays(race, -56);
    const comp = addDays(race, -21);
    if (cursor < preComp) push(SeasonPhase.PREPARATORY, cursor, addDays(preComp, -1));
    const preStart = cursor > preComp ? cursor : preComp;
    if (preStart < comp) push(SeasonPhase.PRE_COMPETITION, preStart, addDays(comp, -1));
    push(SeasonPhase.COMPETITION, cursor > comp ? cursor : comp, race);
    push(SeasonPhase.TRANSITION, addDays(race, 1), addDays(race, transitionDays));
    cursor = addDays(race, transitionDays + 1);
  }
  if (phases.length === 0) push(SeasonPhase.PREPARATORY, seasonStart, addDays(seasonStart, 7 * 20 - 1));
  return phases;
}
