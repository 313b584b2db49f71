/**
 * Context detector micro-benchmark: CPU per message of `detectContext`, the step of an athlete's send that
 * reads the message for life context (apps/api ContextProposalsService), on three sets of messages:
 *
 * - `chat`: everyday training chat with nothing to propose (what most athlete messages are);
 * - `bench`: the body `npm run bench:chat` sends (`bench <n> xxx…`);
 * - `corpus`: every labelled corpus message (libs/context/src/corpus), nearly all with context.
 *
 *   npm run bench:context                      # 5 rounds of 2,000 passes over the chat set
 *   npm run bench:context -- --rounds 9        # more rounds (the median is printed)
 *
 * A busy machine slows everything: each round also times a fixed reference workload (JSON round trips of a
 * chat ack, no detector code) in the same process, and each figure is also given in reference units
 * (detector time / reference time), which compares runs on a loaded machine better than microseconds.
 * The unfiltered detector (the full parse every message got before the keyword prefilter) is timed in the
 * same rounds: "full parse" is the ceiling the prefilter is measured against.
 */
import { performance } from 'perf_hooks';
import { ALL_CORPUS_MESSAGES, detectContext } from '@app/context';
import * as detector from '../libs/context/src/context-detector';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg('rounds', 5);
const PASSES = arg('passes', 2000);

const CHAT = [
  'Great session today, thanks coach! Legs felt good on the hills.',
  'What pace should I run the tempo at on Thursday?',
  'ok',
  'Thanks! 👍',
  'Did the intervals, 6x800 at 3:05 avg, recovery jogs felt easy. Splits attached.',
  'Can we swap Saturday and Sunday this week? Parkrun is on Saturday morning.',
  'Long run done, 18k at 5:40, fuelled every 40 min and it worked well',
  'Should I do strides after the easy run or before?',
  'New shoes arrived, going to try them on the easy run tomorrow',
  'Hit my first sub 20 5k!!! So happy',
  'How many gels do you recommend for the half?',
  'Watch died halfway, it was about 50 minutes at easy effort',
  'Sure, I can do the session in the evening instead',
  'Is it ok if I cycle to work on the rest day?',
  'Weather looks good for the race on Sunday, pacing plan?',
  'Felt strong on the last rep, could have done one more',
  'Threshold session moved to Wednesday, see you at the track',
  'Heart rate was a bit high on the easy run but the pace was fine',
  'Do I taper the week before the 10k or just the last few days?',
  'Thanks coach, see you next week',
];
const BENCH = Array.from({ length: 20 }, (_, i) => `bench ${i} ${'x'.repeat(80)}`);
const CORPUS = ALL_CORPUS_MESSAGES.map((m) => m.text);
const REFERENCE = JSON.stringify({
  ok: true,
  message: { id: 'a'.repeat(36), seq: 123, body: CHAT[4], createdAt: new Date(0).toISOString() },
});

type Detect = (text: string, options: { referenceDate: string }) => unknown;
const unfiltered = (detector as unknown as { detectContextWithoutPrefilter?: Detect })
  .detectContextWithoutPrefilter;
const variants: Array<[string, Detect]> = [['detectContext', detectContext]];
if (unfiltered) variants.push(['full parse (no prefilter)', unfiltered]);

const options = { referenceDate: '2026-12-03' };
let sink = 0;
/** Microseconds per message of one pass set. */
function time(messages: string[], passes: number, f: (text: string) => unknown): number {
  const start = performance.now();
  for (let p = 0; p < passes; p++) for (const m of messages) sink += f(m) ? 1 : 0;
  return ((performance.now() - start) * 1000) / (passes * messages.length);
}
const reference = () => time([REFERENCE], 20_000, (s) => JSON.parse(s).ok && JSON.stringify(JSON.parse(s)));

const sets: Array<[string, string[], number]> = [
  ['chat', CHAT, PASSES],
  ['bench', BENCH, PASSES],
  ['corpus', CORPUS, Math.max(1, Math.round((PASSES * CHAT.length) / CORPUS.length / 10))],
];
// Warm-up: let V8 optimise every path before timing.
for (const [, f] of variants) for (const [, msgs] of sets) time(msgs, 20, (t) => f(t, options));
reference();

const samples = new Map<string, number[]>();
const add = (key: string, v: number) => samples.set(key, [...(samples.get(key) ?? []), v]);
for (let r = 0; r < ROUNDS; r++) {
  add('reference', reference());
  for (const [name, f] of variants)
    for (const [set, msgs, passes] of sets)
      add(
        `${name}|${set}`,
        time(msgs, passes, (t) => f(t, options)),
      );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ref = median(samples.get('reference')!);
console.log(`context detector, ${ROUNDS} rounds (median); reference workload ${ref.toFixed(2)} µs`);
for (const [set, msgs] of sets) {
  const line = variants.map(([name]) => {
    const us = median(samples.get(`${name}|${set}`)!);
    return `${name} ${us.toFixed(1)} µs/msg (${(us / ref).toFixed(1)} ref)`;
  });
  if (unfiltered) {
    const ratio =
      median(samples.get(`detectContext|${set}`)!) / median(samples.get(`full parse (no prefilter)|${set}`)!);
    line.push(`${(ratio * 100).toFixed(0)} % of the full parse`);
  }
  console.log(`  ${set.padEnd(6)} (${msgs.length} messages): ${line.join('; ')}`);
}
if (sink < 0) console.log(sink);
