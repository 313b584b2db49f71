import type { CorpusMessage } from './messages.corpus';

const TUE = '2025-04-08'; // Tuesday
const THU = '2025-09-04'; // Thursday

let seq = 0;
function h(text: string, referenceDate: string, kinds: CorpusMessage['kinds'], note?: string): CorpusMessage {
  seq += 1;
  return { id: `h${String(seq).padStart(3, '0')}`, text, referenceDate, kinds, note };
}

/**
 * The first held-out set, written after the detector's first lexicons. Its misses (INJURY and WORK_STRESS recall
 * 0.00, ILLNESS 0.50, FAMILY 0.40) drove the generalisation of the rules, so it is now part of the tuning set
 * (asserted with the main corpus). The never-tuned-on set is `FRESH_HOLDOUT_CORPUS` in `holdout2.corpus.ts`.
 */
export const HOLDOUT_CORPUS: CorpusMessage[] = [
  h('Ugh, woke up all snotty and my head is pounding', TUE, ['ILLNESS']),
  h('Got a bit of a tickle in my throat, nothing serious', THU, ['ILLNESS']),
  h('I think I have a virus, everything aches and I keep shivering', TUE, ['ILLNESS']),
  h('Been in bed all day with a temperature', THU, ['ILLNESS']),
  h('The twins brought home something from nursery and now the whole house is sick', TUE, ['ILLNESS']),
  h('my son has chicken pox so I am home with him all week', THU, ['ILLNESS']),
  h('Feeling grotty, probably just a cold coming on', TUE, ['ILLNESS']),
  h('Had the runs all morning, not great', THU, ['ILLNESS']),
  h('My hip flexor is grumbling on the uphills', TUE, ['INJURY']),
  h('Something is off with my left foot, hurts to push off', THU, ['INJURY']),
  h('Ankle went over on a root, it is ballooning up', TUE, ['INJURY']),
  h('glute is really tight and a bit painful after sitting', THU, ['INJURY']),
  h('Fell off the bike and banged up my knee', TUE, ['INJURY']),
  h('I am in Madrid all next week for a customer workshop', THU, ['TRAVEL']),
  h('flight to Toronto leaves at 7am Saturday', TUE, ['TRAVEL']),
  h('Away at a wedding in Scotland this weekend', THU, ['TRAVEL', 'FAMILY']),
  h('Back-to-back trips this month, Oslo then Rome', TUE, ['TRAVEL']),
  h('We will be driving down to the coast on Friday', THU, ['TRAVEL']),
  h('travelin for work again, hotel treadmill it is', TUE, ['TRAVEL'], 'typo'),
  h('At the airport now, boarding in 20', THU, ['TRAVEL']),
  h('Off for two weeks of holiday from Monday!', TUE, ['VACATION']),
  h('Booked a week in Portugal in May, pure vacation', THU, ['VACATION', 'TRAVEL']),
  h('My father-in-law is moving in with us this week', TUE, ['FAMILY']),
  h('Taking care of my mom after her fall, she broke her hip', THU, ['FAMILY']),
  h('School run chaos this week, the kids start back on Wednesday', TUE, ['FAMILY']),
  h('Crazy week at the office, back-to-back meetings every day', THU, ['WORK_STRESS']),
  h('I have a huge deliverable due Friday so training might be light', TUE, ['WORK_STRESS']),
  h('Work is draining me at the moment', THU, ['WORK_STRESS']),
  h('Got about three hours of sleep', TUE, ['POOR_SLEEP']),
  h('My sleep is all over the place with the new baby', THU, ['POOR_SLEEP', 'FAMILY']),
  h('Woke up at 3 and never got back to sleep', TUE, ['POOR_SLEEP']),
  h('I am so tired, could sleep for a week', THU, ['FATIGUE']),
  h('Legs felt flat and heavy the whole session', TUE, ['FATIGUE']),
  h('Feeling sluggish and unmotivated this week', THU, ['FATIGUE']),
  h('Great progression run, the last 10 min felt fast and easy', TUE, []),
  h('Can you send me the plan for next week?', THU, []),
  h('Ran with the kids in the stroller today, super fun', TUE, []),
  h('Not sick anymore, ready for the workout tomorrow', THU, []),
  h('My knee held up great on the long run, no pain at all', TUE, []),
  h('The conference talk on marathon training was really good', THU, [], 'a talk, no trip'),
  h('Sick negative split today!!', TUE, [], 'slang'),
  h('Slept like a baby, 9 hours', THU, []),
];
