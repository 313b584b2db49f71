import { addDays, weekdayIndex, weekStartOf } from '@app/common';
import { fromDayNumber, raceDistanceKm } from '@app/engine';
import type {
  CheckIn,
  ContextEvent,
  Effort,
  LoggedSession,
  MesocycleFocus,
  PlannedSession,
  ReviewInput,
  Season,
  WeekPlan,
  Weekday,
} from '@app/engine';

/** Rows as the loader reads them (dates as ISO local dates, or as day numbers where the row says `day`). */
export interface AthleteRow {
  id: string;
  /** Selected by the loader; optional for hand-built rows. */
  organization_id?: string;
  name: string;
  tz: string;
  intake: {
    yearsRunning?: number;
    /** The usual week's training, hours (the questionnaire's "typical weekly hours"). */
    typicalWeeklyHours?: number;
    availabilityMinutes?: number[];
    strengths?: string[];
    weaknesses?: string[];
  } | null;
  /** The latest day a doctor cleared the athlete after a medical check (YYYY-MM-DD), when one is recorded. */
  medical_cleared_on?: string | null;
}
export interface SessionRow {
  athlete_id: string;
  id: string;
  /** The session's local date as a day number (days since 1970-01-01). */
  day: number;
  kind: 'RUN' | 'STRENGTH' | 'CROSS_TRAINING' | 'RACE';
  minutes: number;
  srpe: string | number | null;
  planned_session_id: string | null;
}
export interface CheckInRow {
  athlete_id: string;
  /** The check-in's local date as a day number (days since 1970-01-01). */
  day: number;
  sleep_hours: string | number | null;
  sleep_quality: number | null;
  rmssd: string | number | null;
  resting_hr: number | null;
  soreness: number | null;
  fatigue: number | null;
  stress: number | null;
  mood: number | null;
  illness: 'NONE' | 'ABOVE_NECK' | 'BELOW_NECK_OR_FEVER';
}
export interface ContextRow {
  athlete_id: string;
  id: string;
  kind: ContextEvent['kind'];
  start_date: string;
  end_date: string | null;
  status: 'PROPOSED' | 'CONFIRMED' | 'DISMISSED';
  note: string | null;
  details: { severity?: string } | null;
}
export interface RaceRow {
  athlete_id: string;
  id: string;
  name: string;
  date: string;
  priority: 'A' | 'B' | 'C';
  /** Free text such as "marathon", "trail 50k" (the engine reads a distance from it: `raceDistanceKm`). */
  kind?: string | null;
  expected_minutes: number;
}
export interface SeasonRow {
  athlete_id: string;
  phases: Array<{ phase: Season['phases'][number]['phase']; startDate: string; endDate: string }>;
  mesocycles: Array<{ startDate: string; weeks: number; focus: string }>;
}
export interface PlanRow {
  id: string;
  athlete_id: string;
  week_start: string;
  status: 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED';
  revision: number;
}
export interface PlannedRow {
  id: string;
  plan_id: string;
  date: string;
  kind: PlannedSession['kind'];
  minutes: number;
  effort_type: 'RPE' | 'ZONE';
  effort_value: number;
  /** ZONE efforts: the zone model, 3 or 5; null when the plan does not say. */
  zone_scale?: number | null;
  intervals: PlannedSession['intervals'] | null;
  purpose: string;
  key: boolean;
  /** CROSS_TRAINING only; null when the plan does not say (an older row, another kind). */
  sport?: PlannedSession['sport'] | null;
}

export interface WeekAvailabilityRow {
  athlete_id: string;
  week_start: string;
  /** Minutes Monday..Sunday the athlete set for that week. */
  minutes: number[];
}

export interface AthleteData {
  athlete: AthleteRow;
  sessions: SessionRow[];
  checkIns: CheckInRow[];
  context: ContextRow[];
  races: RaceRow[];
  season: SeasonRow | null;
  plans: PlanRow[];
  planned: PlannedRow[];
  lastMessageDate: string | null;
  /** Weeks the athlete set their own availability for (any order; the planned week's applies). */
  weekAvailability?: WeekAvailabilityRow[];
}

/** Sessions not yet rated (imported files) count at this session RPE until the athlete rates them. */
export const UNRATED_SESSION_RPE = 4;
/** Without an intake questionnaire, the engine assumes this much time every day. */
export const DEFAULT_AVAILABILITY_MINUTES = 60;

/** The intake's usual week (Monday..Sunday), or DEFAULT_AVAILABILITY_MINUTES a day without an intake. */
/** A stored effort as the engine reads it: a zone with its scale (3 or 5) when the plan gives one. */
export function plannedEffort(type: 'RPE' | 'ZONE', value: number, scale?: number | null): Effort {
  return type === 'ZONE' && (scale === 3 || scale === 5) ? { type, value, scale } : { type, value };
}

export function usualWeek(intake: { availabilityMinutes?: number[] } | null | undefined): number[] {
  const usual = intake?.availabilityMinutes;
  return usual?.length === 7 ? [...usual] : Array.from({ length: 7 }, () => DEFAULT_AVAILABILITY_MINUTES);
}

const num = (v: string | number | null | undefined) =>
  v === null || v === undefined ? undefined : Number(v);
/** Our check-in scales are 1–5 with 5 = best; the engine's are 1–10, fatigue/soreness/stress higher = worse. */
const better = (v: number | null) => (v === null ? undefined : v * 2);
const worse = (v: number | null) => (v === null ? undefined : (6 - v) * 2);

/** Free-text mesocycle focus ("threshold", "hills/strength"…) to the engine's stimuli, when recognisable. */
export function focusOf(text: string): MesocycleFocus | undefined {
  const t = text.toLowerCase();
  if (/vo2|vo₂/.test(t)) return 'VO2MAX';
  if (/threshold|tempo|lactate/.test(t)) return 'THRESHOLD';
  if (/hill|strength/.test(t)) return 'HILLS_STRENGTH';
  if (/race|specific/.test(t)) return 'RACE_SPECIFIC';
  if (/recover|regenerat/.test(t)) return 'RECOVERY';
  if (/aerobic|volume|base|endurance/.test(t)) return 'AEROBIC_VOLUME';
  return undefined;
}

/** The race's distance as its kind names it ("trail 50k" → 50 km), when it does: an ultra is judged by it. */
function distanceOf(kind: string | null | undefined): { distanceKm?: number } {
  const km = raceDistanceKm(kind);
  return km === undefined ? {} : { distanceKm: km };
}

function weekPlan(plan: PlanRow, planned: PlannedRow[]): WeekPlan {
  return {
    weekStart: plan.week_start,
    sessions: planned
      .filter((s) => s.plan_id === plan.id)
      .map((s) => ({
        id: s.id,
        day: weekdayIndex(s.date) as Weekday,
        kind: s.kind,
        minutes: s.minutes,
        effort: plannedEffort(s.effort_type, s.effort_value, s.zone_scale),
        ...(s.intervals ? { intervals: s.intervals } : {}),
        purpose: s.purpose,
        key: s.key,
        ...(s.sport && s.kind === 'CROSS_TRAINING' ? { sport: s.sport } : {}),
      })),
  };
}

/**
 * Stored training data → the engine's input, for one athlete on their local `reviewDate`. Pure.
 * Open-ended context events are taken to last through next week (the coach can close them).
 */
export function toReviewInput(d: AthleteData, reviewDate: string): ReviewInput {
  const thisWeek = weekStartOf(reviewDate);
  const nextWeek = addDays(thisWeek, 7);
  const intake = d.athlete.intake;
  // The week being planned: the athlete's own minutes for it where they set them, else the usual week.
  const override = d.weekAvailability?.find((w) => w.week_start === nextWeek)?.minutes;
  const availability = override?.length === 7 ? override : usualWeek(intake);
  // One object shape per list (`plannedSessionId` present, possibly undefined): the engine reads a few hundred
  // of these per review, and mixed shapes make its property reads polymorphic.
  const sessions: LoggedSession[] = d.sessions.map((s) => ({
    id: s.id,
    day: s.day,
    kind: s.kind,
    minutes: s.minutes,
    rpe: num(s.srpe) ?? UNRATED_SESSION_RPE,
    plannedSessionId: s.planned_session_id ?? undefined,
  }));
  const checkIns: CheckIn[] = d.checkIns.map((c) => ({
    day: c.day,
    sleepHours: num(c.sleep_hours),
    sleepQuality: better(c.sleep_quality),
    rmssd: num(c.rmssd),
    restingHr: c.resting_hr ?? undefined,
    soreness: worse(c.soreness),
    fatigue: worse(c.fatigue),
    stress: worse(c.stress),
    mood: better(c.mood),
    illness: c.illness,
  }));
  const contextEvents: ContextEvent[] = d.context
    .filter((e) => e.status !== 'DISMISSED')
    .map((e) => {
      const severity = e.details?.severity;
      return {
        id: e.id,
        kind: e.kind,
        start: e.start_date,
        end: e.end_date ?? addDays(nextWeek, 6),
        confirmed: e.status === 'CONFIRMED',
        ...(severity === 'ABOVE_NECK' || severity === 'BELOW_NECK_OR_FEVER' ? { illness: severity } : {}),
        ...(e.note ? { note: e.note } : {}),
      };
    });
  // The block next week belongs to (one that starts next Monday counts), not the one ending on Sunday.
  const meso = d.season?.mesocycles
    .filter((m) => m.startDate <= nextWeek)
    .sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
  const focus = meso ? focusOf(meso.focus) : undefined;
  const season: Season | undefined = d.season
    ? {
        phases: d.season.phases.map((p) => ({ phase: p.phase, start: p.startDate, end: p.endDate })),
        ...(meso && focus ? { mesocycle: { focus, start: meso.startDate } } : {}),
      }
    : undefined;
  const published = (week: string) => d.plans.find((p) => p.week_start === week && p.status === 'PUBLISHED');
  const draft = (week: string) => d.plans.find((p) => p.week_start === week && p.status === 'DRAFT');
  const current = published(thisWeek);
  const next = draft(nextWeek) ?? published(nextWeek);
  const lastCheckInDay = d.checkIns.reduce((a, c) => Math.max(a, c.day), -Infinity);
  const lastCheckIn = lastCheckInDay === -Infinity ? null : fromDayNumber(lastCheckInDay);
  const lastContact = [lastCheckIn, d.lastMessageDate]
    .filter((x): x is string => !!x)
    .sort()
    .pop();
  return {
    reviewDate,
    athlete: {
      id: d.athlete.id,
      firstName: d.athlete.name.split(/\s+/)[0],
      timezone: d.athlete.tz,
      trainingYears: intake?.yearsRunning,
      availabilityMinutes: availability,
      // What a week with no training logged yet starts from (the engine's `typicalWeeklyMinutes`).
      ...(typeof intake?.typicalWeeklyHours === 'number' && intake.typicalWeeklyHours > 0
        ? { typicalWeeklyMinutes: Math.round(intake.typicalWeeklyHours * 60) }
        : {}),
      strengths: intake?.strengths ?? [],
      weaknesses: intake?.weaknesses ?? [],
      ...(d.athlete.medical_cleared_on ? { medicalClearedOn: d.athlete.medical_cleared_on } : {}),
    },
    sessions,
    checkIns,
    contextEvents,
    races: d.races.map((r) => ({
      id: r.id,
      name: r.name,
      date: r.date,
      priority: r.priority,
      expectedMinutes: r.expected_minutes,
      ...distanceOf(r.kind),
    })),
    ...(season ? { season } : {}),
    ...(current ? { currentWeekPlan: weekPlan(current, d.planned) } : {}),
    ...(next ? { nextWeekDraft: weekPlan(next, d.planned) } : {}),
    pastWeekPlans: d.plans
      .filter((p) => p.status === 'PUBLISHED' && p.week_start < thisWeek)
      .map((p) => weekPlan(p, d.planned)),
    ...(lastContact ? { lastContactDate: lastContact } : {}),
  };
}
