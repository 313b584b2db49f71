/**
 * Issue #11 (a coach reading the demo club): one wellness rule a coach finds consistent, and a hold whose
 * reason is what rules the build out now. Athlete numbers are the demo's. Every check was written, and seen to
 * fail, before the engine was changed.
 *
 * The rule (docs/coaching-domain.md, Wellness, [ours]): a check-in below the athlete's norm changes next week
 * only when the same signal persists (the composite at or below −1, or the same item at or below −1.5, on the
 * check-ins running up to the latest) or another marker agrees (HRV clearly low, a confirmed event that day);
 * otherwise it is a note. Every text says which evidence it rests on.
 */
import { DEFAULT_ENGINE_CONFIG } from '../src/config/engine-config';
import { askItems } from '../src/review/readiness-evidence';
import { reviewAthlete } from '../src/review/review-athlete';
import type { ReviewInput } from '../src/types';
import { realisticDone, withGaps } from './factories/coach-histories-2';
import { REVIEW, buildCoachHistory, shift, withDownWeeks } from './factories/coach-histories.factory';
import { OSKAR_WEEK as WEEK, oskarHistory as history } from './factories/wellness-histories.factory';
import type { CheckInEdit as Edit } from './factories/wellness-histories.factory';

/** Stress at 5 (usually 3 ± 1, higher is worse) on the last `days` mornings; everything else as usual. */
const stressDown =
  (days: number): Edit =>
  (c, u) =>
    c.daysAgo < days ? { ...u, stress: 5 } : withGaps(c, u);

function recovery(input: ReviewInput) {
  const r = reviewAthlete(input);
  return { r, s: r.suggestions.find((x) => x.kind === 'RECOVERY_HOLD' || x.kind === 'RECOVERY_DOWN_WEEK') };
}

// ---------------------------------------------------------------------------------------------------------
// athlete12 Oskar: a hold on a composite near norm (-0.2) with stress at -1.7 said "One marker is down,
// nothing else agrees", which describes a single reading; his stress was in fact a notch down on four
// mornings running. athlete18 Viktor: a composite of -1.2 on one morning was (rightly) only a note.
// ---------------------------------------------------------------------------------------------------------

describe('issue #11: one wellness rule, and every wellness text says its evidence', () => {
  it('holds on one item down on several check-ins running, and says so (athlete12)', () => {
    const { r, s } = recovery(history(stressDown(4)));
    expect(r.decision.rule).toBe('RECOVERY_HOLD');
    const t = r.metrics.wellness.trend!;
    expect(t.item).toBe('stress');
    expect(t.checkIns).toBe(4);
    expect(t.since).toBe(shift(REVIEW, -3));
    expect(s!.rationale).toMatch(
      new RegExp(
        `stress is below Oskar's norm on the last 4 check-ins \\(since ${shift(REVIEW, -3)}; z -\\d\\.\\d today\\)`,
      ),
    );
    expect(s!.rationale).toMatch(/the wellness composite is within it \(z -0\.\d\)/);
    expect(s!.rationale).not.toMatch(/One marker is down, nothing else agrees/);
    expect(s!.rationale).toMatch(/One marker, but a persistent one/);
    // The athlete reads which score, not "your recent check-ins are below your usual" (coach read 3, Oskar).
    expect(s!.athleteText).toContain('your stress score has been below your usual for several check-ins');
  });

  it('is a note, not a hold, when the two low check-ins in a row are low on different items', () => {
    const input = history((c, u) =>
      c.daysAgo === 0 ? { ...u, stress: 6 } : c.daysAgo === 1 ? { ...u, sleepQuality: 4 } : withGaps(c, u),
    );
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('BUILD');
    expect(r.metrics.wellness.singleReading).toBe(true);
    const note = r.suggestions.find((x) => x.kind === 'WELLNESS_NOTE');
    expect(note?.rationale).toContain(
      `but the one before (${shift(REVIEW, -1)}) was low on sleep quality (z -2.8), not on stress,`,
    );
  });

  it('holds on the composite below norm two check-ins running, and says so', () => {
    const input = history((c, u) =>
      c.daysAgo < 2 ? { ...u, fatigue: 6, soreness: 6, mood: 4 } : withGaps(c, u),
    );
    const { r, s } = recovery(input);
    expect(r.decision.rule).toBe('RECOVERY_HOLD');
    expect(r.metrics.wellness.trend).toMatchObject({ item: null, checkIns: 2, since: shift(REVIEW, -1) });
    expect(s!.rationale).toMatch(
      new RegExp(
        `wellness is below Oskar's norm on the last 2 check-ins \\(since ${shift(REVIEW, -1)}; composite z -\\d\\.\\d today`,
      ),
    );
  });

  it('keeps one low morning a note, with what the morning before was (athlete18)', () => {
    const input = history((c, u) =>
      c.daysAgo === 0 ? { ...u, fatigue: 10, soreness: 9, mood: 3 } : withGaps(c, u),
    );
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('BUILD');
    expect(r.metrics.wellness.trend).toMatchObject({ item: null, checkIns: 1 });
    const note = r.suggestions.find((x) => x.kind === 'WELLNESS_NOTE')!;
    expect(note.rationale).toMatch(
      /is below norm \(composite z -\d\.\d, fatigue z -\d\.\d\), but the one before was not and HRV does not agree: one reading is not a trend/,
    );
  });

  it('keeps a note a note, but counts the other low check-ins of the week in it (athlete09)', () => {
    // Nora: soreness low this morning, not yesterday; mood low two and three mornings ago. "One reading is not a
    // trend" stays true of the rule (no signal ran up to this morning), but the coach is told of the others.
    const input = history((c, u) =>
      c.daysAgo === 0
        ? { ...u, soreness: 5 }
        : c.daysAgo === 2 || c.daysAgo === 3
          ? { ...u, mood: 3 }
          : c.daysAgo < 7
            ? u
            : withGaps(c, u),
    );
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('BUILD');
    expect(r.metrics.wellness.singleReading).toBe(true);
    expect(r.metrics.wellness.recent).toMatchObject({ checkIns: 7, below: 3 });
    const note = r.suggestions.find((x) => x.kind === 'WELLNESS_NOTE')!;
    expect(note.rationale).toContain(
      `It is not the only low check-in: 3 of the 7 check-ins of the last 7 days (since ${shift(REVIEW, -6)}) were low (items at z -1.5 or below: mood on 2, soreness on 1). That is 3 or more in 7 days (our threshold): ask Oskar how things are before you publish next week`,
    );
    // The athlete is not told "one check-in is not a trend" either.
    expect(note.athleteText).toContain(
      'your latest check-in was below your usual (soreness especially), and so were 2 others in the last 7 days; tell your coach how you feel',
    );
  });

  it('says a one-morning wellness dip counts only because HRV agrees (athlete04)', () => {
    const input = history((c, u) => {
      if (c.daysAgo >= 10) return withGaps(c, u);
      const low = { ...u, rmssd: Math.round((u.rmssd ?? 60) * 0.85 * 10) / 10 };
      return c.daysAgo === 0 ? { ...low, mood: 4 } : low;
    });
    const { r, s } = recovery(input);
    expect(r.metrics.wellness.trend).toMatchObject({ item: 'mood', checkIns: 1 });
    expect(s!.rationale).toMatch(
      /the latest wellness check-in is below Oskar's norm \(composite z -\d\.\d, mood z -\d\.\d\): one check-in, with HRV clearly low too/,
    );
  });

  it('says "one check-in" only when it is one: the other low check-ins of the week are counted (athlete04)', () => {
    // Jonas: HRV clearly low for days, mood down this morning (not yesterday), and soreness well up two and three
    // mornings ago. The text had said "one check-in, with HRV clearly low too", hiding the sore mornings.
    const input = history((c, u) => {
      if (c.daysAgo >= 10) return withGaps(c, u);
      const low = { ...u, rmssd: Math.round((u.rmssd ?? 60) * 0.85 * 10) / 10 };
      if (c.daysAgo === 0) return { ...low, mood: 4 };
      if (c.daysAgo === 3 || c.daysAgo === 4) return { ...low, soreness: 7 };
      return low;
    });
    const { r, s } = recovery(input);
    expect(s!.rationale).not.toContain('one check-in, with HRV clearly low too');
    const w = r.metrics.wellness;
    expect(w.trend).toMatchObject({ item: 'mood', checkIns: 1 });
    expect(w.recent).toEqual({
      days: 7,
      since: shift(REVIEW, -6),
      checkIns: 7,
      below: 3,
      explained: 0,
      compositeLow: 0,
      itemLow: { sleepQuality: 0, fatigue: 0, soreness: 2, stress: 0, mood: 1 },
    });
    expect(s!.rationale).toContain(
      `, and it is not the only one: 3 of the 7 check-ins of the last 7 days (since ${shift(REVIEW, -6)}) were low (items at z -1.5 or below: soreness on 2, mood on 1); its own signal was not low on the check-in before it, and HRV is clearly low too`,
    );
  });

  it('says a one-morning wellness dip counts because a confirmed event that day agrees', () => {
    const input = history((c, u) => (c.daysAgo === 0 ? { ...u, stress: 6 } : withGaps(c, u)));
    const event = {
      id: 'ws',
      kind: 'WORK_STRESS' as const,
      start: shift(REVIEW, -1),
      end: shift(REVIEW, 5),
      note: 'Quarter-end close at work',
    };
    const { r, s } = recovery({ ...input, contextEvents: [event] });
    expect(r.metrics.wellness.singleReading).toBe(false);
    expect(s!.rationale).toMatch(
      /the latest wellness check-in is below Oskar's norm \(composite z -\d\.\d, stress z -\d\.\d\): one check-in, on a day a confirmed life event explains/,
    );
    expect(s!.rationale).not.toMatch(/nothing else agrees/);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Coach read 9, finding 3 (athlete09 Nora): her build said "one low check-in is not yet a trend (see the note)"
// while the note it points to counted 4 of the 7 check-ins of the last 7 days below norm; Viktor, with 2 of 7 (one
// of them strong), got a build "pending the athlete's answer", Nora an unconditional one.
// ---------------------------------------------------------------------------------------------------------

/**
 * Soreness (and stress a notch) low this morning, not yesterday; mood low 2 and 3 mornings ago, sleep 5 mornings ago:
 * 4 of the 7 check-ins of the week below norm, each on its own item, none of them strong.
 */
const noraWeek: Edit = (c, u) =>
  c.daysAgo === 0
    ? { ...u, soreness: 5, stress: 4 }
    : c.daysAgo === 2 || c.daysAgo === 3
      ? { ...u, mood: 3 }
      : c.daysAgo === 5
        ? { ...u, sleepQuality: 4 }
        : c.daysAgo < 7
          ? u
          : withGaps(c, u);

describe('coach read 9: the build and the note count the same low check-ins (athlete09)', () => {
  it('should say in the build what the note counts, and wait for the answer on 3 or more low check-ins in 7 days', () => {
    const r = reviewAthlete(history(noraWeek));
    expect(r.decision.type).toBe('BUILD');
    const w = r.metrics.wellness;
    expect(w.singleReading).toBe(true);
    expect(w.recent).toMatchObject({ checkIns: 7, below: 4 });
    const note = r.suggestions.find((x) => x.kind === 'WELLNESS_NOTE')!;
    const build = r.suggestions.find((x) => x.kind === 'BUILD')!;
    const count = `4 of the 7 check-ins of the last 7 days (since ${shift(REVIEW, -6)}) were low`;
    expect(note.rationale).toContain(`It is not the only low check-in: ${count}`);
    expect(build.rationale).not.toContain('one low check-in');
    expect(build.rationale).toContain(
      `the latest low check-in is not yet a trend, but ${count} (see the note above: our threshold, 3 or more), so this build is pending Oskar's answer`,
    );
    expect(note.evidence.strongReading).toBe(false);
    expect(note.evidence.askFirst).toBe(true);
    expect(note.rationale).toContain(
      'That is 3 or more in 7 days (our threshold): ask Oskar how things are before you publish next week (our rule: next week changes only when the latest check-in is below norm (the composite at z -1.0 or below, or an item at z -1.5 or below while the composite is under 0) and the same signal was low on the check-in before it too, or when a second marker agrees (HRV clearly low, or a confirmed life event that day) or a lasting decline lies behind it (an item 1 SD or more worse over the last 14 days than in the 28 before)).',
    );
    expect(note.athleteText).toContain(
      'and so were 3 others in the last 7 days; tell your coach how you feel before next week is confirmed',
    );
    expect(r.decision.reason).toBe(
      `A build within the ramp limit (about ${r.decision.targetMinutes} min), pending Oskar's answer on 4 low check-ins in the last 7 days (see the wellness note).`,
    );
    const kinds = r.suggestions.map((x) => x.kind);
    expect(kinds.indexOf('WELLNESS_NOTE')).toBeLessThan(kinds.indexOf('BUILD'));
  });

  it('should keep an ordinary build beside 2 low check-ins of 7, neither strong (below the threshold)', () => {
    const r = reviewAthlete(
      history((c, u) =>
        c.daysAgo === 0
          ? { ...u, soreness: 5, stress: 4 }
          : c.daysAgo === 3
            ? { ...u, mood: 3 }
            : c.daysAgo < 7
              ? u
              : withGaps(c, u),
      ),
    );
    expect(r.metrics.wellness.recent).toMatchObject({ checkIns: 7, below: 2 });
    const note = r.suggestions.find((x) => x.kind === 'WELLNESS_NOTE')!;
    const build = r.suggestions.find((x) => x.kind === 'BUILD')!;
    expect(note.evidence.askFirst).toBe(false);
    expect(note.rationale).not.toContain('before you publish');
    expect(build.rationale).not.toContain('pending');
    expect(build.rationale).toContain(
      `the latest low check-in is not yet a trend, but 2 of the 7 check-ins of the last 7 days (since ${shift(REVIEW, -6)}) were low (see the note)`,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Coach read 9, finding 2 (athlete04 Jonas): fatigue at his worst on every check-in for two weeks. The 28-day
// baseline now holds the decline, so a very tired morning scores only about z -1.4: no text named fatigue, and he
// was asked about sleep and stress (stress his least out-of-line item).
// ---------------------------------------------------------------------------------------------------------

/** HRV about 15 % down for 10 days and mood low this morning (a red week); fatigue 3 points worse for 14 days. */
const jonasWeeks: Edit = (c, u) => {
  const tired = c.daysAgo < 14 ? { ...u, fatigue: (u.fatigue ?? 3) + 3 } : withGaps(c, u);
  if (tired === null || c.daysAgo >= 10) return tired;
  const low = { ...tired, rmssd: Math.round((u.rmssd ?? 60) * 0.85 * 10) / 10 };
  return c.daysAgo === 0 ? { ...low, mood: 4 } : low;
};

describe('coach read 9: a lasting decline is named and asked about (athlete04)', () => {
  it('should name the items whose last 14 days are 1 SD or more worse than the 28 days before, and ask about them', () => {
    const { r, s } = recovery(history(jonasWeeks));
    const w = r.metrics.wellness;
    // Today's fatigue against a baseline that holds the tired fortnight: not flagged on its own.
    expect(w.zScores.fatigue!).toBeGreaterThan(-1.5);
    expect(w.decline).not.toBeNull();
    const d = w.decline!;
    expect(d).toMatchObject({ days: 14, since: shift(REVIEW, -13), baselineDays: 28 });
    expect(d.items.map((x) => x.item)).toEqual(['fatigue']);
    const sd = d.items[0].sd;
    expect(sd).toBeGreaterThanOrEqual(1);
    expect(s!.rationale).toContain(
      `a lasting decline: over the last 14 days (since ${shift(REVIEW, -13)}) fatigue averaged ${sd.toFixed(1)} SD worse than in the 28 days before them (our rule: 1 SD or more), so the 28-day baseline the z-scores are read against has dropped with it`,
    );
    expect(s!.rationale).toContain('check in on fatigue and mood');
    expect(s!.rationale).not.toContain('check in on sleep and stress');
    expect(s!.athleteText).toContain('your fatigue score has been worse than usual for the last 14 days');
    expect(s!.athleteText).toContain('tell your coach how tired you feel and how your mood is');
  });

  it('should count the decline behind a check-in below norm today: no single reading, a hold that names it', () => {
    // The same tired fortnight without the HRV drop, mood low this morning: the check-in before it was not below norm
    // on the same signal, but two weeks of fatigue at its worst are no single reading (our rule,
    // lasting-decline-marker.spec); it had been a note ("one reading is not a trend") beside a build.
    const r = reviewAthlete(
      history((c, u) =>
        c.daysAgo === 0
          ? { ...u, fatigue: (u.fatigue ?? 3) + 3, mood: 4 }
          : c.daysAgo < 14
            ? { ...u, fatigue: (u.fatigue ?? 3) + 3 }
            : withGaps(c, u),
      ),
    );
    expect(r.decision.rule).toBe('RECOVERY_HOLD');
    expect(r.metrics.wellness.declineCounts).toBe(true);
    const d = r.metrics.wellness.decline!;
    expect(d.items.map((x) => x.item)).toEqual(['fatigue']);
    expect(r.suggestions.some((x) => x.kind === 'WELLNESS_NOTE')).toBe(false);
    const hold = r.suggestions.find((x) => x.kind === 'RECOVERY_HOLD')!;
    expect(hold.rationale).toContain(
      `; a lasting decline: over the last 14 days (since ${shift(REVIEW, -13)}) fatigue averaged ${d.items[0].sd.toFixed(1)} SD worse than in the 28 days before them (our rule: 1 SD or more), so the 28-day baseline the z-scores are read against has dropped with it.`,
    );
    expect(hold.rationale).toContain('check in on fatigue and mood');
  });

  it('should find no lasting decline in an ordinary fortnight', () => {
    const r = reviewAthlete(history(stressDown(4)));
    expect(r.metrics.wellness.decline).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------
// athlete01 Ingrid: "Hold instead of building: the athlete was ill from 2026-11-14 to 2026-11-19" on
// 2026-12-04, 15 days after the illness and two weeks of training later, while the same review's load spike
// (+56 % on the three weeks before) is what rules the build out now.
// ---------------------------------------------------------------------------------------------------------

/** Ill (fever) from `from` to `to` days before the review, nothing logged then; the review week done at +60 %. */
function ingrid(from: number, to: number, trainedSince = true): ReviewInput {
  return buildCoachHistory({
    athlete: {
      id: 'ingrid',
      firstName: 'Ingrid',
      trainingYears: 8,
      availabilityMinutes: [90, 120, 120, 120, 90, 150, 180],
    },
    weeks: 10,
    plan: withDownWeeks(WEEK, [4, 8]),
    done: (c) => {
      if (c.daysAgo <= from && c.daysAgo >= to) return null;
      if (!trainedSince && c.daysAgo < to) return null;
      const d = realisticDone(c);
      if (c.weeksAgo === 1 && d) return { ...d, minutes: Math.round(d.minutes * 1.6) };
      return d;
    },
    checkIn: (c, u) =>
      c.daysAgo <= from && c.daysAgo >= to ? { ...u, illness: 'BELOW_NECK_OR_FEVER' } : withGaps(c, u),
  });
}

describe('issue #11: a hold names what rules the build out now (athlete01)', () => {
  it('holds for the load spike, not for an illness that ended over two weeks ago with training since', () => {
    const r = reviewAthlete(ingrid(20, 15));
    expect(r.decision.type).toBe('HOLD');
    expect(r.decision.rule).toBe('LOAD_SPIKE_WARNING');
    expect(r.decision.reason).not.toMatch(/ill/);
    expect(r.suggestions.map((x) => x.kind)).not.toContain('CAUTIOUS_HOLD');
    const spike = r.suggestions.find((x) => x.kind === 'LOAD_SPIKE_WARNING')!;
    // The plan stays at 300 min: the figure is the hold's target, said so (stated-figures.spec).
    expect(spike.rationale).toContain(
      `Hold next week at a target of about ${r.decision.targetMinutes} min (${r.decision.minMinutes}–${r.decision.maxMinutes} min)`,
    );
    expect(spike.rationale).not.toMatch(/already keeps next week lower/);
    expect(spike.rationale).toContain(
      `back from the illness of ${shift(REVIEW, -20)} to ${shift(REVIEW, -15)} and has trained since`,
    );
  });

  it('still holds for an illness that ended 15 days ago when nothing has been logged since', () => {
    const r = reviewAthlete(ingrid(20, 15, false));
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    expect(r.decision.reason).toContain(`was ill from ${shift(REVIEW, -20)} to ${shift(REVIEW, -15)}`);
  });

  it('still holds for an illness that ended 10 days ago', () => {
    const r = reviewAthlete(ingrid(15, 10));
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    expect(r.decision.reason).toContain(`was ill from ${shift(REVIEW, -15)} to ${shift(REVIEW, -10)}`);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Coach read 10, finding 2 (athlete11 Chloé): fatigue below her usual on the check-ins of the week, but on
// mornings whose composite was just above 0 (her sleep was good). The counts counted an item at -1.5 or below only
// while the composite was under 0, so the note said "one low check-in" and neither named nor asked about fatigue.
// The flag rule (what changes the week) keeps that condition; the counts the texts give do not.
// ---------------------------------------------------------------------------------------------------------

/** Fatigue 3 points worse on the 3 mornings before this one, with sleep and mood better (composite not under 0);
 * soreness low this morning. */
const chloeWeek: Edit = (c, u) =>
  c.daysAgo === 0
    ? { ...u, soreness: 5 }
    : c.daysAgo >= 1 && c.daysAgo <= 3
      ? {
          ...u,
          fatigue: Math.min(10, (u.fatigue ?? 3) + 3),
          sleepQuality: Math.min(10, (u.sleepQuality ?? 7) + 2),
          mood: Math.min(10, (u.mood ?? 7) + 2),
        }
      : c.daysAgo < 7
        ? u
        : withGaps(c, u);

describe('coach read 10: an item at -1.5 or below counts in the texts whatever the composite (athlete11)', () => {
  it('should count the low-fatigue mornings, name the run of fatigue and ask about it, without changing the week', () => {
    const r = reviewAthlete(history(chloeWeek));
    const w = r.metrics.wellness;
    // The flag rule is unchanged: one reading, a note; next week is not changed for it.
    expect(w.singleReading).toBe(true);
    expect(r.decision.type).toBe('BUILD');
    expect(w.recent).toMatchObject({ checkIns: 7, below: 4 });
    expect(w.recent!.itemLow.fatigue).toBe(3);
    const note = r.suggestions.find((x) => x.kind === 'WELLNESS_NOTE')!;
    expect(note.rationale).toContain(
      `It is not the only low check-in: 4 of the 7 check-ins of the last 7 days (since ${shift(REVIEW, -6)}) were low (items at z -1.5 or below: fatigue on 3, soreness on 1).`,
    );
    expect(note.rationale).toContain(
      'Fatigue was at z -1.5 or below on 3 of them (our threshold: 3 or more in 7 days): ask about fatigue and soreness.',
    );
    expect(askItems(w, DEFAULT_ENGINE_CONFIG.readiness)).toEqual(['fatigue', 'soreness']);
    // 4 low of 7 is the ask-first count (3 or more): the note asks before next week is published, as for Nora.
    expect(note.evidence.askFirst).toBe(true);
  });
  it("should note one item low on 3 of the week's check-ins, not running, while the composite is not under 0", () => {
    // Mood 4 points down this morning and 2 and 4 mornings ago (not yesterday), with sleep better on each: no flag,
    // no run up to the latest, but the same item low on 3 of 7 check-ins is a note that names it and asks about it.
    const moodLow: Edit = (c, u) =>
      c.daysAgo === 0 || c.daysAgo === 2 || c.daysAgo === 4
        ? {
            ...u,
            mood: Math.max(1, (u.mood ?? 7) - 4),
            sleepQuality: Math.min(10, (u.sleepQuality ?? 7) + 2),
            fatigue: Math.max(1, (u.fatigue ?? 3) - 1),
          }
        : c.daysAgo < 7
          ? u
          : withGaps(c, u);
    const r = reviewAthlete(history(moodLow));
    const w = r.metrics.wellness;
    expect(w.status).toBe('GREEN');
    expect(r.decision.type).toBe('BUILD');
    expect(w.recent!.itemLow.mood).toBe(3);
    expect(w.itemLow).toMatchObject({ item: 'mood', checkIns: 1 });
    const note = r.suggestions.find((x) => x.kind === 'WELLNESS_NOTE')!;
    expect(note.severity).toBe('ATTENTION');
    expect(note.rationale).toContain(
      `Oskar's mood has been low on 3 of the 7 check-ins of the last 7 days (since ${shift(REVIEW, -6)}; z `,
    );
    expect(note.rationale).toContain('our threshold: z -1.5 or below on each, 3 or more in 7 days)');
    // The item is low, the check-in not flagged: never "below norm" for the one beside "not below norm" for the other.
    expect(note.rationale).not.toContain('not below norm');
    expect(note.rationale).toContain('so by our flag rule the check-in is not flagged');
    expect(askItems(w, DEFAULT_ENGINE_CONFIG.readiness)).toEqual(['mood']);
    // Three low check-ins of 7 (the latest among them) is the ask-first threshold, whatever note counts them (coach
    // read 11, Tom): the note asks before the week is published, ranks first, and the build waits for the answer.
    expect(w.recent!.below).toBe(3);
    expect(note.rationale).toContain(
      'A score that stays low is still worth a word. That is 3 or more in 7 days (our threshold): ask Oskar how things are before you publish next week.',
    );
    expect(note.athleteText).toBe(
      'Nothing changes in your plan for this: your mood score has been below your usual on 3 of your check-ins of the last 7 days; tell your coach how things are before next week is confirmed.',
    );
    expect(r.suggestions[0].kind).toBe('WELLNESS_NOTE');
    expect(r.suggestions.find((x) => x.kind === 'BUILD')!.rationale).toContain(
      `mood is low with the composite within norm, and 3 of the 7 check-ins of the last 7 days (since ${shift(REVIEW, -6)}) were low (see the note above: our threshold, 3 or more), so this build is pending Oskar's answer`,
    );
    expect(r.decision.reason).toContain("pending Oskar's answer on 3 low check-ins in the last 7 days");
  });
});
