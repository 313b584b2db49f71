/**
 * What a review's sentences claim about time, read back from the text and held against the input's dates (issue #11:
 * every sentence true of its numbers and of the plan, on every day it can be read):
 * (a) "The A race is done" / "A marathon-type race is done": no A race (no race of marathon length) still ahead of,
 *     or on, the review day before next week, and one behind it;
 * (b) "the N weeks left blank by the silence": no more whole weeks than lie, with no session logged, between the
 *     week of the last session and the review day (this week one only from its Sunday on: a week begun that day is
 *     not yet left blank);
 * (c) "on the recent N min" said only where the review itself calls N's weeks recent: never beside the same N named
 *     as "the week of …, the last of ordinary training" (weeks the base reached back to past down and race weeks).
 * A class of sentence, not one demo athlete's: the specs run it over the demo club's fixtures and over sweeps of
 * race and review days.
 */
import type { Review, ReviewInput } from '../../src';
import { mondayOf, toDayNumber } from '../../src/dates/local-date';

/** Every sentence of a review a coach or athlete reads. */
export function reviewTexts(r: Review): string[] {
  const out = [r.decision.reason];
  for (const c of r.components) out.push(c.summary);
  for (const s of r.suggestions) out.push(s.rationale, s.athleteText);
  for (const w of r.outlook) if (w.note !== undefined) out.push(w.note);
  return out;
}

/** Claims about time the input's dates do not bear out, each with the text that makes it. */
export function untrueTimeClaims(input: ReviewInput, r: Review): string[] {
  const review = toDayNumber(input.reviewDate);
  const next = toDayNumber(r.nextWeekStart);
  const out: string[] = [];
  const texts = reviewTexts(r);
  // (a) A race "done" while it is still to come (or run today) before next week, or with none behind the review day.
  const races = (input.races ?? []).map((x) => ({ day: toDayNumber(x.date), ...x }));
  const claims: [RegExp, (x: (typeof races)[number]) => boolean][] = [
    [/\bThe A race is done\b/, (x) => x.priority === 'A'],
    [/\bA marathon-type race is done\b/, (x) => (x.expectedMinutes ?? 0) >= 150],
  ];
  for (const [claim, which] of claims)
    for (const t of texts) {
      if (!claim.test(t)) continue;
      const kind = races.filter(which);
      const ahead = kind.filter((x) => x.day >= review && x.day < next);
      if (ahead.length > 0 || !kind.some((x) => x.day < review))
        out.push(
          `a race said done, ${ahead.map((x) => x.date).join(', ') || 'none behind the review day'}: ${t}`,
        );
    }
  // (b) Weeks "left blank by the silence": whole weeks after the last session's week, this week from its Sunday on.
  let last = -Infinity;
  for (const x of input.sessions) {
    const day = x.day ?? toDayNumber(x.date as string);
    if (day <= review && day > last) last = day;
  }
  let blank = 0;
  if (last > -Infinity) for (let m = mondayOf(last) + 7; m <= review; m += 7) if (review - m >= 6) blank++;
  for (const t of texts) {
    const b = /\bthe (?:(\d+) weeks|week) left blank by the silence/.exec(t);
    if (b === null) continue;
    const n = b[1] === undefined ? 1 : Number(b[1]);
    if (n > blank) out.push(`${n} weeks said left blank by the silence, ${blank} whole ones are: ${t}`);
  }
  // (c) One base, two words for it: "the recent N min" beside "N min (the week of …, the last of ordinary training".
  for (const t of texts)
    for (const m of t.matchAll(/\bon the recent (\d+) min/g)) {
      const old = new RegExp(`\\b${m[1]} min \\(the weeks? of [^)]*the last of ordinary training`);
      if (texts.some((u) => old.test(u)))
        out.push(`${m[1]} min said recent, and elsewhere the last of ordinary training: ${t}`);
    }
  return out;
}
