import type { EngineConfig } from '../config/engine-config';
import { fromDayNumber, toDayNumber } from '../dates/local-date';
import type { ParsedRace } from '../metrics/compute-metrics';
import type { Decision } from '../review/decide-week';
import type { OutlookWeek, Phase, Season } from '../types';

function floor5(v: number): number {
  return Math.max(0, Math.floor(v / 5) * 5);
}

function firstOnOrAfter(races: readonly ParsedRace[], day: number): ParsedRace | undefined {
  for (let i = 0; i < races.length; i++) if (races[i].day >= day) return races[i];
  return undefined;
}

function lastBefore(races: readonly ParsedRace[], day: number): ParsedRace | undefined {
  for (let i = races.length - 1; i >= 0; i--) if (races[i].day < day) return races[i];
  return undefined;
}

/**
 * A coarse outlook beyond next week: phase and a weekly volume range only (details are decided a week
 * ahead). Build weeks grow by the build step, every 4th week is a down week, A races bring a taper and a
 * transition. Availability bounds every week; outside the season's phases the phase is competition only while
 * an A race lies ahead.
 */
export function seasonOutlook(
  nextWeekStart: number,
  decision: Decision,
  weeksSinceDown: number | null,
  races: readonly ParsedRace[],
  season: Season | undefined,
  config: EngineConfig,
  availabilityMinutes = Infinity,
): OutlookWeek[] {
  const phases = (season?.phases ?? []).map((p) => ({
    phase: p.phase,
    start: toDayNumber(p.start),
    end: toDayNumber(p.end),
  }));
  const aRaces: ParsedRace[] = [];
  for (const r of races) if (r.priority === 'A') aRaces.push(r);
  const out: OutlookWeek[] = [];
  let level = decision.type === 'BUILD' ? decision.targetMinutes : decision.baseMinutes;
  let builds = decision.type === 'DOWN' || decision.type === 'REST' ? 0 : (weeksSinceDown ?? 0) + 1;
  for (let i = 1; i <= config.draft.outlookWeeks; i++) {
    const ws = nextWeekStart + 7 * i;
    // Outside the season's listed phases: competition only while an A race lies ahead, else base building.
    let phase: Phase =
      decision.phase === 'COMPETITION' || decision.phase === 'TRANSITION'
        ? firstOnOrAfter(aRaces, ws)
          ? 'COMPETITION'
          : 'PREPARATORY'
        : decision.phase;
    for (const p of phases) if (p.start <= ws && ws <= p.end) phase = p.phase;
    let minutes: number;
    let note: string | undefined;
    const next = firstOnOrAfter(aRaces, ws);
    const prev = lastBefore(aRaces, ws);
    if (prev && ws - prev.day <= config.racing.transitionDays) {
      phase = 'TRANSITION';
      minutes = decision.baseMinutes * (1 - config.racing.transitionVolumeCut);
      note = `transition after ${prev.label}`;
      builds = 0;
    } else if (next && next.day - ws < config.taper.days) {
      phase = 'COMPETITION';
      minutes = level * (1 - config.taper.volumeCut);
      note = next.day <= ws + 6 ? `race week: ${next.label}` : `taper for ${next.label}`;
    } else if (builds >= config.progression.buildWeeksBeforeDown) {
      minutes = level * (1 - config.progression.downWeekCut);
      note = 'down week';
      builds = 0;
    } else {
      level = level * (1 + config.progression.buildStep);
      minutes = level;
      builds++;
    }
    const weekStart = fromDayNumber(ws);
    // Never more than the athlete has time for: the week's availability bounds every range.
    if (minutes * 1.1 > availabilityMinutes) {
      minutes = availabilityMinutes / 1.1;
      level = Math.min(level, minutes);
    }
    const minMinutes = floor5(minutes * 0.9);
    const maxMinutes = floor5(minutes * 1.1);
    out.push(
      note
        ? { weekStart, phase, minMinutes, maxMinutes, note }
        : { weekStart, phase, minMinutes, maxMinutes },
    );
  }
  return out;
}
