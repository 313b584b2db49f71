import type { ContextSubject, DetectedKind, IllnessSeverity } from '../context.types';

/** Expected details for one kind in a message (only the fields given are checked). */
export interface CorpusExpectation {
  kind: DetectedKind;
  subject?: ContextSubject;
  severity?: IllnessSeverity;
  startDate?: string;
  endDate?: string | null;
}

export interface CorpusMessage {
  id: string;
  text: string;
  /** ISO local date the message was sent on. */
  referenceDate: string;
  /** The athlete's IANA zone, where the set records it (the blind date set): as the API passes it. */
  timezone?: string;
  /** The local time of day the message was sent (HH:MM), where the set records it: as the API passes it. */
  localTime?: string;
  /** Every kind a coach would want proposed for this message (empty: nothing to propose). */
  kinds: DetectedKind[];
  details?: CorpusExpectation[];
  note?: string;
}

// Reference dates used below (weekday in brackets).
const WED = '2025-03-12'; // Wednesday
const MON = '2025-06-02'; // Monday
const FRI = '2025-10-17'; // Friday
const SUN = '2025-11-30'; // Sunday
const THU = '2026-12-03'; // Thursday (issue #10's date cases)

/** A corpus's message constructor: ids `<prefix>001`, `<prefix>002`… in the order the messages are written. */
export function messageWriter(prefix: string) {
  let seq = 0;
  return (
    text: string,
    referenceDate: string,
    kinds: DetectedKind[],
    details?: CorpusExpectation[],
    note?: string,
  ): CorpusMessage => {
    seq += 1;
    return { id: `${prefix}${String(seq).padStart(3, '0')}`, text, referenceDate, kinds, details, note };
  };
}

const m = messageWriter('m');

/**
 * Labelled athlete chat messages. Written as athletes actually write (typos, slang, several things at once),
 * not to fit the detector's rules; some hard cases are expected to be missed and are reported as misses.
 */
export const MESSAGE_CORPUS: CorpusMessage[] = [
  // ---------------------------------------------------------------- illness, self
  m(
    'Hey coach, I woke up with a sore throat and a runny nose. Should I still do the tempo?',
    WED,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'SELF', severity: 'ABOVE_NECK', startDate: WED }],
  ),
  m(
    "I've had a fever since yesterday, 38.5 this morning. Skipping today for sure",
    WED,
    ['ILLNESS'],
    [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'BELOW_NECK_OR_FEVER',
        startDate: '2025-03-11',
        endDate: null,
      },
    ],
  ),
  m(
    'feeling sik today, think i caught something from work',
    MON,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'SELF', startDate: MON }],
  ),
  m(
    'Pretty sure I have the flu. Body aches everywhere and chills',
    FRI,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'SELF', severity: 'BELOW_NECK_OR_FEVER' }],
  ),
  m(
    'Feeling a bit flu-ish, going to take the day off',
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'BELOW_NECK_OR_FEVER' }],
  ),
  m(
    'bit feverish tonight, will see how I feel in the morning',
    WED,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'BELOW_NECK_OR_FEVER', startDate: WED }],
  ),
  m(
    'Stomach bug. Been throwing up all night, no run today obviously',
    MON,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'BELOW_NECK_OR_FEVER' }],
  ),
  m(
    'Just a head cold, stuffy nose but otherwise ok. Can I run easy?',
    FRI,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'ABOVE_NECK' }],
  ),
  m(
    'Tested positive for covid this morning 😩',
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'SELF', startDate: SUN }],
  ),
  m(
    "I'm sick since Monday, chest is really tight and coughing a lot",
    FRI,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'BELOW_NECK_OR_FEVER', startDate: '2025-10-13' }],
  ),
  m(
    'Coming down with something I think. Scratchy throat',
    WED,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'ABOVE_NECK' }],
  ),
  m(
    'Feeling under the weather, going to skip the long run tomorrow',
    MON,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'SELF' }],
  ),
  m('Got a nasty cold 🤧 sneezing nonstop', FRI, ['ILLNESS'], [{ kind: 'ILLNESS', severity: 'ABOVE_NECK' }]),
  m(
    'food poisoning from the work dinner, was up half the night',
    WED,
    ['ILLNESS', 'POOR_SLEEP'],
    [{ kind: 'ILLNESS', severity: 'BELOW_NECK_OR_FEVER' }],
  ),
  m(
    'Im ill. Temp 39. Sorry for the short msg',
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'BELOW_NECK_OR_FEVER' }],
  ),
  m('Bad migraine today, had to lie down in the dark all afternoon', MON, ['ILLNESS']),
  m(
    'Sinus infection again. Doc gave me antibiotics',
    FRI,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'ABOVE_NECK' }],
  ),
  m('been feeling really unwell the last couple days, no energy at all', WED, ['ILLNESS', 'FATIGUE']),
  m(
    'Caught a cold from the kids, mostly sniffles',
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'SELF', severity: 'ABOVE_NECK' }],
  ),
  m(
    'Nausea and diarrhea since this morning, staying home',
    MON,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'BELOW_NECK_OR_FEVER', startDate: MON }],
  ),
  m(
    'I have a feaver and my whole body hurts',
    FRI,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'BELOW_NECK_OR_FEVER' }],
  ),
  m(
    'Still coughing after last weeks cold. Lungs feel heavy on the climbs',
    WED,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'BELOW_NECK_OR_FEVER' }],
  ),
  m(
    'Called in sick to work today, sore throat and headache',
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'ABOVE_NECK' }],
  ),
  m('got the lurgy 🤢', MON, ['ILLNESS'], undefined, 'British slang, lexicon unlikely to know it'),
  m(
    'My allergies are terrible this week, eyes streaming, nose running',
    WED,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'ABOVE_NECK' }],
  ),
  m(
    'Doctor says it is strep. Starting meds today',
    FRI,
    ['ILLNESS'],
    undefined,
    'strep throat without "throat"',
  ),
  m(
    'Have been sick with a chest infection since Tuesday',
    FRI,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'BELOW_NECK_OR_FEVER', startDate: '2025-10-14' }],
  ),
  m(
    "Think it's just a cold but I'll take tomorrow off to be safe",
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'ABOVE_NECK' }],
  ),

  // ---------------------------------------------------------------- illness, family
  m(
    'Kiddo has a fever so I was up most of the night',
    WED,
    ['ILLNESS', 'POOR_SLEEP'],
    [{ kind: 'ILLNESS', subject: 'FAMILY', severity: 'BELOW_NECK_OR_FEVER' }],
  ),
  m(
    "My daughter is sick and home from school, won't get my run in today",
    MON,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'FAMILY' }],
  ),
  m(
    'Daycare bug has hit our house, both kids are vomiting',
    FRI,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'FAMILY', severity: 'BELOW_NECK_OR_FEVER' }],
  ),
  m(
    'Wife has the flu so I am on full dad duty this week',
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'FAMILY' }],
  ),
  m(
    'the little one has croup, we were at the ER last night',
    WED,
    ['ILLNESS', 'POOR_SLEEP'],
    [{ kind: 'ILLNESS', subject: 'FAMILY' }],
  ),
  m(
    'Son is home with a stomach bug. Will try to run on the treadmill during his nap',
    MON,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'FAMILY', severity: 'BELOW_NECK_OR_FEVER' }],
  ),
  m(
    'my husband is ill, so I am doing the school runs and everything else',
    FRI,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'FAMILY' }],
  ),
  m(
    'Baby has an ear infection, poor thing. Nights are rough',
    SUN,
    ['ILLNESS', 'POOR_SLEEP'],
    [{ kind: 'ILLNESS', subject: 'FAMILY' }],
  ),
  m('my kids are sick again 🙄', WED, ['ILLNESS'], [{ kind: 'ILLNESS', subject: 'FAMILY' }]),
  m(
    'Mum is unwell so I am driving up to look after her tomorrow',
    MON,
    ['ILLNESS', 'TRAVEL'],
    [
      { kind: 'ILLNESS', subject: 'FAMILY' },
      { kind: 'TRAVEL', startDate: '2025-06-03' },
    ],
  ),

  // ---------------------------------------------------------------- injury
  m('My knee hurts after yesterday’s long run, outside of the knee mostly', WED, ['INJURY']),
  m('Shin splints are back on the left leg 😞', MON, ['INJURY']),
  m('Achilles is sore this morning, especially the first few steps', FRI, ['INJURY']),
  m(
    'Rolled my ankle on the trail yesterday. Swollen but I can walk',
    SUN,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: '2025-11-29' }],
  ),
  m('Tweaked my hamstring in the strides, felt a pull', WED, ['INJURY']),
  m('physio thinks its plantar fasciitis', MON, ['INJURY']),
  m('Sharp pain in my hip when I run downhill', FRI, ['INJURY']),
  m('Foot pain on the top of the foot, worried about a stress fracture', SUN, ['INJURY']),
  m('IT band flared up again around mile 8', WED, ['INJURY']),
  m('I think I strained my calf on the hill repeats', MON, ['INJURY']),
  m('Had to stop at 20 min, my lower back was killing me', FRI, ['INJURY']),
  m('Got a niggle in my right groin, nothing major but noticeable', SUN, ['INJURY']),
  m('Fell on the ice and bruised my hip pretty badly', WED, ['INJURY']),
  m('injured. sorry coach. will explain later', MON, ['INJURY']),
  m("I'm limping a bit after the race, left foot", FRI, ['INJURY']),
  m('my achilies is super tight and painful', SUN, ['INJURY'], undefined, 'typo'),
  m('Knee is swollen again after the trail run', WED, ['INJURY']),
  m('Sprained my wrist falling off my bike, running should be fine though', MON, ['INJURY']),
  m('Getting a twinge in my left shin every time I land', FRI, ['INJURY']),

  // ---------------------------------------------------------------- travel
  m(
    "I'm on a business trip next Tuesday to Friday, hotel gym only",
    WED,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-03-18', endDate: '2025-03-21' }],
  ),
  m(
    'Bussiness trip to Madrid next week, not sure what running I can fit in',
    WED,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-03-17', endDate: '2025-03-23' }],
  ),
  m(
    'Traveling for work this weekend',
    FRI,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-10-18', endDate: '2025-10-19' }],
  ),
  m(
    'travelling tomorrow, long flight to Singapore',
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-01' }],
  ),
  m(
    'Red-eye flight tonight, landing in Boston at 6am',
    MON,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: MON }],
  ),
  m(
    'Conference in Berlin from the 3rd to the 7th',
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-03', endDate: '2025-12-07' }],
  ),
  m(
    'Heads up: I’ll be away for work Monday through Wednesday',
    FRI,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-10-20', endDate: '2025-10-22' }],
  ),
  m(
    'Flying out Thursday, back Sunday night',
    WED,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-03-13', endDate: '2025-03-16' }],
  ),
  m('I have a work trip coming up, dates TBD', MON, ['TRAVEL'], [{ kind: 'TRAVEL', endDate: null }]),
  m('Jet lagged af after getting back from Tokyo', FRI, ['TRAVEL', 'FATIGUE']),
  m(
    'Driving to my brother’s in Leeds on Saturday, back Monday',
    WED,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-03-15', endDate: '2025-03-17' }],
  ),
  m(
    'In Chicago for a trade show until Thursday',
    MON,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: MON, endDate: '2025-06-05' }],
  ),
  m(
    "I'll be on the road all next week for client visits",
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-01', endDate: '2025-12-07' }],
  ),
  m('Layover in Dubai, will try to run on the treadmill at the airport hotel', WED, ['TRAVEL']),
  m(
    'Got an offsite in Lisbon the 20th-22nd',
    FRI,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-10-20', endDate: '2025-10-22' }],
  ),
  m('travling a lot this month, sorry if I miss sessions', MON, ['TRAVEL'], undefined, 'typo'),
  m(
    'Off to Denver tomorrow for 4 days, altitude should be fun',
    WED,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-03-13', endDate: '2025-03-16' }],
  ),
  m(
    'Quick trip to see my parents over the weekend',
    FRI,
    ['TRAVEL', 'FAMILY'],
    [{ kind: 'TRAVEL', startDate: '2025-10-18', endDate: '2025-10-19' }],
    'family visit counts as family context too',
  ),
  m('My flight got delayed, I am stuck at the airport', SUN, ['TRAVEL']),
  m(
    'Going to be in London for meetings Tue-Thu',
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-02', endDate: '2025-12-04' }],
  ),
  m(
    'Have to go to Paris for work on Friday, coming back Saturday',
    MON,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-06-06', endDate: '2025-06-07' }],
  ),
  m('Night train to Vienna Thursday', WED, ['TRAVEL'], [{ kind: 'TRAVEL', startDate: '2025-03-13' }]),

  // ---------------------------------------------------------------- vacation
  m('We are on holiday in Crete from next Saturday for a week 🏖️', WED, ['VACATION', 'TRAVEL']),
  m(
    'Ski trip this weekend!',
    FRI,
    ['VACATION', 'TRAVEL'],
    [{ kind: 'VACATION', startDate: '2025-10-18', endDate: '2025-10-19' }],
  ),
  m(
    'Taking PTO next week, just staying home and relaxing',
    SUN,
    ['VACATION'],
    [{ kind: 'VACATION', startDate: '2025-12-01', endDate: '2025-12-07' }],
  ),
  m(
    'Family vacation to Florida June 14-21',
    MON,
    ['VACATION', 'TRAVEL'],
    [{ kind: 'VACATION', startDate: '2025-06-14', endDate: '2025-06-21' }],
  ),
  m("I've got a week off work after the race, can we plan something fun?", WED, ['VACATION']),
  m(
    'Going camping in the mountains Friday to Sunday, no signal',
    WED,
    ['VACATION', 'TRAVEL'],
    [{ kind: 'VACATION', startDate: '2025-03-14', endDate: '2025-03-16' }],
  ),
  m('Honeymoon in Bali next month!! Any tips for running in the heat?', MON, ['VACATION', 'TRAVEL']),
  m('On annual leave till the 10th', SUN, ['VACATION'], [{ kind: 'VACATION', endDate: '2025-12-10' }]),
  m(
    'Beach week with the family starting Saturday',
    WED,
    ['VACATION', 'TRAVEL'],
    [{ kind: 'VACATION', startDate: '2025-03-15' }],
  ),

  // ---------------------------------------------------------------- family
  m('Family emergency, my dad is in hospital. I need to miss a few days', FRI, ['FAMILY']),
  m('Grandma passed away last night. Funeral is on Tuesday', SUN, ['FAMILY']),
  m(
    'Kids are off school all next week so my mornings are gone',
    WED,
    ['FAMILY'],
    [{ kind: 'FAMILY', startDate: '2025-03-17', endDate: '2025-03-23' }],
  ),
  m('Our babysitter cancelled, so no track session tonight', MON, ['FAMILY']),
  m('In-laws are staying with us this week, chaos', FRI, ['FAMILY']),
  m(
    'My wife is away Thursday to Sunday so it is solo parenting for me',
    WED,
    ['FAMILY'],
    [{ kind: 'FAMILY', startDate: '2025-03-13', endDate: '2025-03-16' }],
  ),
  m('Sister’s wedding on Saturday, long run will have to move', MON, ['FAMILY']),
  m('We are moving house this weekend, total madness', FRI, ['FAMILY']),
  m('My mom had surgery yesterday, spending time with her at the hospital', SUN, ['FAMILY']),
  m('Baby arrived!! 👶 both doing great, training on hold for a bit', WED, ['FAMILY']),
  m('Lots going on at home right now, family stuff, I will catch up with you next week', MON, ['FAMILY']),
  m("Dad's been diagnosed with cancer. Not sure how much training I'll manage", FRI, ['FAMILY']),

  // ---------------------------------------------------------------- work stress
  m(
    'Deadline crunch at work, 12 hour days until Friday',
    WED,
    ['WORK_STRESS'],
    [{ kind: 'WORK_STRESS', startDate: WED, endDate: '2025-03-14' }],
  ),
  m('Work is insane right now, barely have time to eat', MON, ['WORK_STRESS']),
  m('Super stressed at work this week', FRI, ['WORK_STRESS']),
  m(
    'Quarter-end close, I will be slammed until the 5th',
    SUN,
    ['WORK_STRESS'],
    [{ kind: 'WORK_STRESS', endDate: '2025-12-05' }],
  ),
  m('Big product launch on Thursday so this week is chaos at the office', MON, ['WORK_STRESS']),
  m('On call all weekend, might get paged at any time', FRI, ['WORK_STRESS']),
  m('pulling night shifts this week at the hospital', SUN, ['WORK_STRESS']),
  m('Swamped with work, can we move the long run to Sunday?', WED, ['WORK_STRESS']),
  m('Feeling pretty burnt out from work tbh', MON, ['WORK_STRESS', 'FATIGUE']),
  m(
    'Exam week, study is eating all my time',
    FRI,
    ['WORK_STRESS'],
    undefined,
    'student: exams are their work',
  ),
  m('Lots of overtime this month, 60 hour weeks', SUN, ['WORK_STRESS']),
  m('Got a huge presentation to the board tomorrow, nervous wreck', WED, ['WORK_STRESS']),
  m('Busy busy at work, deadlines everywhere', MON, ['WORK_STRESS']),
  m('My boss is on my case, super tense week', FRI, ['WORK_STRESS']),

  // ---------------------------------------------------------------- poor sleep
  m('Slept 4 hours last night, feel like a zombie', WED, ['POOR_SLEEP', 'FATIGUE']),
  m('Insomnia again, awake from 2 to 5', MON, ['POOR_SLEEP']),
  m("Couldn't sleep at all, too hot", FRI, ['POOR_SLEEP']),
  m('Terrible night of sleep, kept waking up', SUN, ['POOR_SLEEP']),
  m('Barely slept before the race', WED, ['POOR_SLEEP']),
  m('Sleep has been awful this week', MON, ['POOR_SLEEP']),
  m('Up all night with the baby', FRI, ['POOR_SLEEP']),
  m('tossing and turning all night, no idea why', SUN, ['POOR_SLEEP']),
  m('Only got like 5 hrs of sleep', WED, ['POOR_SLEEP']),
  m("didn't sleep well, HRV is down too", MON, ['POOR_SLEEP']),
  m('Restless night, neighbours party till 3am', FRI, ['POOR_SLEEP']),
  m("I've been sleeping badly since the time change", SUN, ['POOR_SLEEP']),
  m('Sleep deprived, the puppy cries all night', WED, ['POOR_SLEEP']),

  // ---------------------------------------------------------------- fatigue
  m('Legs are dead today', MON, ['FATIGUE']),
  m('Completely exhausted after this week', FRI, ['FATIGUE']),
  m('So tired. Everything feels hard', SUN, ['FATIGUE']),
  m('Heavy legs on the easy run, HR was high too', WED, ['FATIGUE']),
  m('No energy at all this morning', MON, ['FATIGUE']),
  m('I am absolutely knackered', FRI, ['FATIGUE']),
  m('Wiped out after the double', SUN, ['FATIGUE']),
  m('feeling really drained lately', WED, ['FATIGUE']),
  m('exausted, can I swap the intervals for an easy jog?', MON, ['FATIGUE'], undefined, 'typo'),
  m('My legs felt like lead the whole way', FRI, ['FATIGUE']),
  m('running on empty this week', SUN, ['FATIGUE']),
  m('Feeling super fatigued, even the warmup was hard', WED, ['FATIGUE']),
  m('I feel cooked after that block', MON, ['FATIGUE']),

  // ---------------------------------------------------------------- ordinary training talk (negatives)
  m('Great tempo run today! Felt smooth the whole way', WED, []),
  m("What's the plan for Sunday?", MON, []),
  m('The hill session was sick! 🔥', FRI, [], undefined, 'slang'),
  m('My friend is sick of running in the rain', SUN, []),
  m('Done: 60 min easy, RPE 3', WED, []),
  m('Can we move the long run to Saturday this week?', MON, []),
  m('New shoes arrived, going to try them on the easy run', FRI, []),
  m('Is it ok if I do strides after the easy run?', SUN, []),
  m('Race went well, PR by 40 seconds!', WED, []),
  m('That was a sick workout, loved the 2 min reps', MON, [], undefined, 'slang'),
  m('Should I fuel with gels every 30 min in the marathon?', FRI, []),
  m('Saw a sick view at the top of the climb 😍', SUN, [], undefined, 'slang'),
  m('I ran the trip to the lake and back, 75 min', WED, []),
  m("I'm so sick of this wind", MON, [], undefined, 'idiom'),
  m('Thanks coach, that makes sense', FRI, []),
  m('Watched the marathon on TV, so inspiring', SUN, []),
  m('Hit all the splits on the intervals, last one was hard but good', WED, []),
  m('Planning to race a 10k in April, what do you think?', MON, []),
  m('Rest day today as planned', FRI, []),
  m('Do you think I should get a heart rate strap?', SUN, []),
  m('Long run done, 2h at easy effort, fueled well', WED, []),
  m('My teammate has the flu, hope it does not spread', MON, [], undefined, 'someone else, not family'),
  m(
    'Half the office is off sick this week',
    FRI,
    [],
    undefined,
    'others; arguably a risk but not a context event',
  ),
  m('Reading a book about sleep and recovery, any recommendations?', SUN, []),
  m('What should I do if I get sick before the race?', WED, [], undefined, 'hypothetical'),
  m(
    'How do you handle training while traveling? Just curious for the future',
    MON,
    [],
    undefined,
    'general question',
  ),
  m('Swim session was tough but I enjoyed it', FRI, []),
  m('I love flying down the descents now, my downhill technique is so much better', SUN, []),
  m("Coach, the plan says 45 min but it's really 50 with the warm-up, is that fine?", WED, []),
  m('Felt strong on the climbs today 💪', MON, []),
  m('Tired of the treadmill, can I go outside tomorrow?', FRI, [], undefined, 'idiom'),
  m('Going to the track tonight for the 400s', SUN, []),
  m('Signed up for the Berlin marathon next year!', WED, []),
  m('My watch died halfway so I only have 40 min recorded', MON, []),
  m('The pain of the last interval was worth it 😂', FRI, [], undefined, 'pain as effort, not injury'),

  // ---------------------------------------------------------------- negations, resolved, cancelled
  m('No longer sick, ready to get back into it', WED, []),
  m(
    'Not injured, just being careful with the knee',
    MON,
    [],
    undefined,
    'careful with knee, not an injury report',
  ),
  m("I'm not travelling after all, the trip got cancelled", FRI, []),
  m("Feeling better now, fever's gone", SUN, []),
  m('No pain during the run today 🙌', WED, []),
  m('The cold is finally gone, ran 40 min easy and felt great', MON, []),
  m('Knee feels fine now, no more pain', FRI, []),
  // Relabelled for issue #10: an illness dated in the past is still context (it explains that week's data).
  m(
    'Was sick last week but fully recovered now',
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'SELF', startDate: '2025-11-17', endDate: '2025-11-23' }],
    'past range: context for last week, over now',
  ),
  m("Don't worry, I'm not sick, just lazy today haha", WED, []),
  m('Slept great last night, 8 hours', MON, []),
  m('Legs felt fresh today, not tired at all', FRI, []),
  m('Business trip was cancelled so I can do the long run Saturday', SUN, []),
  m("Work's calmer now that the deadline passed", WED, []),
  m('Achilles is no longer sore, back to normal', MON, []),
  m('Kids are all healthy again, finally a normal week', FRI, []),
  m(
    'No fever, just a little tired from the vaccine',
    SUN,
    ['FATIGUE'],
    undefined,
    'fever negated, tiredness real',
  ),
  m('I never get injured running easy, only when I push the pace', WED, [], undefined, 'general statement'),
  m("Shin doesn't hurt anymore", MON, []),
  m('Not traveling next week anymore, I will be home', FRI, []),
  m('Had a cold over the holidays but fine now', SUN, []),

  // ---------------------------------------------------------------- mixed and hard cases
  m(
    'Back from the conference in Berlin, slept terribly in the hotel and legs are dead',
    WED,
    ['TRAVEL', 'POOR_SLEEP', 'FATIGUE'],
    undefined,
    'travel is over; still reported, the coach decides',
  ),
  m(
    'Sick kid + deadline at work = zero sleep. Sorry for missing the session',
    MON,
    ['ILLNESS', 'WORK_STRESS', 'POOR_SLEEP'],
    [{ kind: 'ILLNESS', subject: 'FAMILY' }],
  ),
  m(
    'Flying to NYC Tuesday, and I think I am getting a cold 😷',
    SUN,
    ['TRAVEL', 'ILLNESS'],
    [
      { kind: 'TRAVEL', startDate: '2025-12-02' },
      { kind: 'ILLNESS', subject: 'SELF', severity: 'ABOVE_NECK' },
    ],
  ),
  m('Work stress + not sleeping well = no energy for intervals', FRI, [
    'WORK_STRESS',
    'POOR_SLEEP',
    'FATIGUE',
  ]),
  m('Knee is fine but I am exhausted from the week', WED, ['FATIGUE']),
  m(
    "Fever's gone but still have a cough",
    MON,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'BELOW_NECK_OR_FEVER' }],
  ),
  m('No longer sick but my calf is sore and tight after yesterday', FRI, ['INJURY']),
  m(
    'Heading to my parents for the weekend, dad has been poorly',
    SUN,
    ['TRAVEL', 'ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'FAMILY' }],
  ),
  m('Hotel gym only this week since I am in Austin for work', MON, ['TRAVEL']),
  m('Exhausted from the red-eye, will run tomorrow instead', WED, ['FATIGUE', 'TRAVEL']),
  m('The baby is teething so nobody is sleeping in this house', FRI, ['POOR_SLEEP']),
  m('Not feeling 100% today', SUN, ['ILLNESS'], undefined, 'vague; a coach would ask'),
  m("I'm a bit run down, might be fighting something off", WED, ['ILLNESS', 'FATIGUE']),
  m('sorry, been a mad week: sick kiddo, work trip, and now I have a sore throat myself', MON, [
    'ILLNESS',
    'TRAVEL',
  ]),
  m(
    'Headache all day, probably dehydration',
    FRI,
    ['ILLNESS'],
    undefined,
    'headache counts as illness (above neck)',
  ),
  m(
    'Stressed about the race, not sleeping well',
    SUN,
    ['POOR_SLEEP'],
    undefined,
    'race nerves are not work stress',
  ),
  m('The run felt terrible, legs heavy, maybe I am overtrained?', WED, ['FATIGUE']),
  m("Pulled something in my back lifting my son, it's really stiff", MON, ['INJURY']),
  m('Flight back is on Sunday', FRI, ['TRAVEL'], [{ kind: 'TRAVEL', endDate: '2025-10-19' }]),
  m('Wedding in Italy next weekend, flying Thursday night', WED, ['TRAVEL', 'FAMILY']),
  m('Just landed, jetlag is brutal', MON, ['TRAVEL', 'FATIGUE']),
  m(
    'Moving to Seattle for a new job next month. Big life change!',
    FRI,
    ['FAMILY'],
    undefined,
    'relocation: a life/family event rather than a trip',
  ),
  m('Partner is working nights this week so I only have the early mornings', SUN, ['FAMILY']),
  m('my throat is sore from yelling at the race haha', WED, [], undefined, 'not illness'),
  m('Sore legs from the hill sprints, that good kind of sore', MON, [], undefined, 'DOMS, not injury'),
  m('Is it normal to feel tired in week 3 of the block?', FRI, ['FATIGUE']),
  m('If my knee starts hurting again I will stop, promise', SUN, [], undefined, 'conditional'),
  m('Working from home this week, so I can run at lunch 🙂', WED, [], undefined, 'work mention, no stress'),

  // ---------------------------------------------------------------- issue #10: dates a coach can trust
  m(
    "My son's got chickenpox, I have to stay home Tuesday and Wednesday",
    THU,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'FAMILY', startDate: '2026-12-08', endDate: '2026-12-09' }],
    "a weekday pair is a range of the coming week, and the illness is the family's",
  ),
  m(
    "Left knee has been sore since after Sunday's long run",
    THU,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: '2026-11-29', endDate: null }],
    'sent on a Thursday: the past Sunday',
  ),
  m(
    'Travelling for work until Friday, hotel gym only',
    '2026-12-01',
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2026-12-01', endDate: '2026-12-04' }],
    'until: an end, not a start',
  ),
  m(
    'On holiday in Crete, back at work on the 12th',
    THU,
    ['VACATION', 'TRAVEL'],
    [{ kind: 'VACATION', startDate: THU, endDate: '2026-12-11' }],
    'the day before the return',
  ),
  m(
    'Work is slammed until the deadline on Friday, I might only manage short runs',
    '2026-12-01',
    ['WORK_STRESS'],
    [{ kind: 'WORK_STRESS', startDate: '2026-12-01', endDate: '2026-12-04' }],
  ),
  m(
    "I've been sick since Sunday, still coughing",
    THU,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'SELF', startDate: '2026-11-29', endDate: null }],
    'ongoing: end unknown',
  ),
  m(
    'Had a fever last night, feel rough this morning',
    THU,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'BELOW_NECK_OR_FEVER', startDate: '2026-12-02', endDate: null }],
    'ongoing: end unknown',
  ),
  m(
    'Was sick Mon-Wed, fine now. Should I make up the missed runs?',
    THU,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'SELF', startDate: '2026-11-30', endDate: '2026-12-02' }],
    'a past range is still context: it explains the missed sessions',
  ),
  m(
    'The missus is down with flu so I am on school runs all week',
    THU,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'FAMILY' }],
  ),
  m(
    'Our youngest has a stomach bug, no sleep here',
    THU,
    ['ILLNESS', 'POOR_SLEEP'],
    [{ kind: 'ILLNESS', subject: 'FAMILY' }],
  ),
  m(
    'My little one has a temperature of 39, staying home with her tomorrow',
    THU,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'FAMILY' }],
  ),
  m(
    'Off sick Mon-Wed next week for my knee op',
    THU,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', startDate: '2026-12-07', endDate: '2026-12-09' }],
  ),
  m(
    'Skiing holiday next week, flying out Saturday',
    THU,
    ['VACATION', 'TRAVEL'],
    [{ kind: 'VACATION', startDate: '2026-12-07', endDate: '2026-12-13' }],
  ),
  m(
    'Going to Paris for work from the 8th to the 12th',
    THU,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2026-12-08', endDate: '2026-12-12' }],
  ),
  m(
    'Flying to Rome the day after tomorrow for 3 days',
    THU,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2026-12-05', endDate: '2026-12-07' }],
  ),
  m(
    'Rolled my ankle on Saturday, still swollen',
    THU,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: '2026-11-28', endDate: null }],
    'past tense: the Saturday just gone',
  ),
  m(
    'Was ill over the weekend, ran nothing',
    THU,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', startDate: '2026-11-28', endDate: '2026-11-29' }],
  ),
  // ---------------------------------------------------------------- field phrasings the detector missed
  // Real messages (first of each group) and close variants an athlete writes: abbreviations, lower case, no
  // punctuation, typos. Sent Thursday 3 Dec 2026 unless said: Tuesday is 1 Dec, next week 7–13 Dec, the
  // weekend after next 19–20 Dec. Surgery is an illness event (rest, then a graded return; compliance leaves
  // its days out), never a holiday however the time off work is put.
  m(
    'on hols in Spain, back sunday',
    THU,
    ['VACATION', 'TRAVEL'],
    [
      { kind: 'VACATION', startDate: THU, endDate: '2026-12-06' },
      { kind: 'TRAVEL', startDate: THU, endDate: '2026-12-06' },
    ],
  ),
  m(
    'on hol in portugal til sun',
    THU,
    ['VACATION', 'TRAVEL'],
    [{ kind: 'VACATION', startDate: THU, endDate: '2026-12-06' }],
  ),
  m(
    'on holls in spain back sun',
    THU,
    ['VACATION', 'TRAVEL'],
    [{ kind: 'VACATION', startDate: THU, endDate: '2026-12-06' }],
    'typo',
  ),
  m(
    'hols next wk so training will be patchy',
    THU,
    ['VACATION'],
    [{ kind: 'VACATION', startDate: '2026-12-07', endDate: '2026-12-13' }],
  ),
  m(
    'hamstring been tight since tues',
    THU,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: '2026-12-01', endDate: null }],
  ),
  m(
    "Hammy's been tight since Tuesday, not sure about the tempo",
    THU,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: '2026-12-01', endDate: null }],
  ),
  m(
    'hamstirng still tight since monday',
    THU,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: '2026-11-30', endDate: null }],
    'typo',
  ),
  m('calves been super tight for days now', MON, ['INJURY']),
  m(
    'Off work til the 12th, surgery',
    THU,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'SELF', startDate: THU, endDate: '2026-12-12' }],
  ),
  m(
    'off work till 12th for surgery',
    THU,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', startDate: THU, endDate: '2026-12-12' }],
  ),
  m(
    'having knee surgery tues, off work til the 14th',
    THU,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', startDate: '2026-12-08', endDate: '2026-12-14' }],
  ),
  m(
    'had my op yesterday, off til the 12th',
    THU,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', startDate: '2026-12-02', endDate: '2026-12-12' }],
  ),
  m(
    'off work next week for surgery',
    THU,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', startDate: '2026-12-07', endDate: '2026-12-13' }],
  ),
  m(
    'stag do … weekend after next',
    THU,
    ['FAMILY'],
    [{ kind: 'FAMILY', startDate: '2026-12-19', endDate: '2026-12-20' }],
  ),
  m(
    'brothers stag do the weekend after next so no long run',
    THU,
    ['FAMILY'],
    [{ kind: 'FAMILY', startDate: '2026-12-19', endDate: '2026-12-20' }],
  ),
  m(
    'stag wknd after nxt',
    THU,
    ['FAMILY'],
    [{ kind: 'FAMILY', startDate: '2026-12-19', endDate: '2026-12-20' }],
  ),
  m(
    'hen do weekend after next, wont run much',
    MON,
    ['FAMILY'],
    [{ kind: 'FAMILY', startDate: '2025-06-21', endDate: '2025-06-22' }],
  ),
  m(
    'in London Mon-Wed next wk for work',
    THU,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2026-12-07', endDate: '2026-12-09' }],
  ),
  m(
    'in london mon-wed next week for work',
    THU,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2026-12-07', endDate: '2026-12-09' }],
  ),
  m(
    'in manchester for work mon to wed nxt wk',
    THU,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2026-12-07', endDate: '2026-12-09' }],
  ),
  m(
    'In Dublin tues to thurs next wk',
    THU,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2026-12-08', endDate: '2026-12-10' }],
  ),
  // Their negatives: the same words with nothing to propose.
  m('back on the bike sunday', THU, []),
  m('spain was great', THU, []),
  m('tight finish today!', THU, []),
  m('back from hols, legs feel great', THU, []),
  m('hamstrings a bit tight after the hills but fine', THU, []),
  m('in the office mon-wed next wk for work', THU, []),
  m('saw a stag on the trail this morning', THU, []),
  m('tight turnaround between the two sessions sunday', THU, []),
  // ---------------------------------------------------------------- dates across sentences
  // Each date belongs to its own sentence: a context with no date of its own does not take the day of training
  // the next sentence names; a sentence with no context of its own may carry a dated one on.
  m(
    'My son has a fever since last night, I was up most of the night. I will probably skip Tuesday.',
    SUN,
    ['ILLNESS', 'POOR_SLEEP'],
    [
      { kind: 'ILLNESS', subject: 'FAMILY', startDate: '2025-11-29', endDate: null },
      { kind: 'POOR_SLEEP', startDate: '2025-11-29', endDate: '2025-11-29' },
    ],
  ),
  m(
    'Daughter has had a temperature since last night and I barely slept. Probably skipping Tuesday.',
    SUN,
    ['ILLNESS', 'POOR_SLEEP'],
    [
      { kind: 'ILLNESS', subject: 'FAMILY', startDate: '2025-11-29', endDate: null },
      { kind: 'POOR_SLEEP', startDate: '2025-11-29', endDate: '2025-11-29' },
    ],
  ),
  m(
    'kid brought a bug home, she was sick all night. ill miss tuesday for sure',
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'FAMILY', endDate: null }],
  ),
  m(
    'Picked up a chest infection. Not running Tuesday or Wednesday.',
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', subject: 'SELF', startDate: SUN, endDate: null }],
  ),
  m(
    "Slept awful last night. Won't make the club run tonight.",
    SUN,
    ['POOR_SLEEP'],
    [{ kind: 'POOR_SLEEP', startDate: '2025-11-29', endDate: '2025-11-29' }],
  ),
  m(
    "Sore throat and a headache. I'll see how I feel tomorrow.",
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', severity: 'ABOVE_NECK', startDate: SUN, endDate: null }],
  ),
  m(
    'Work is mental at the moment. Skipping the gym tomorrow.',
    SUN,
    ['WORK_STRESS'],
    [{ kind: 'WORK_STRESS', startDate: SUN, endDate: null }],
  ),
  m(
    'Work trip to Berlin tomorrow. Back Thursday night.',
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-01', endDate: '2025-12-04' }],
  ),
  m(
    "On Thursday I fly to Oslo. I'll be there until Sunday.",
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-04', endDate: '2025-12-07' }],
  ),
  m(
    'Twisted my ankle on Friday. Flying to Madrid Tuesday for a conference.',
    SUN,
    ['INJURY', 'TRAVEL'],
    [
      { kind: 'INJURY', startDate: '2025-11-28', endDate: null },
      { kind: 'TRAVEL', startDate: '2025-12-02' },
    ],
  ),
  m(
    'Flu, full on. Since Thursday.',
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', startDate: '2025-11-27', endDate: null }],
  ),
  m(
    'Next week is going to be hectic. Conference in Lisbon.',
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-01', endDate: '2025-12-07' }],
  ),
  // A following sentence's end or length is the context's only when it is not about training, and last night
  // stays one night whatever the next sentence says.
  m(
    'Barely slept last night. Skipping the run until Wednesday.',
    SUN,
    ['POOR_SLEEP'],
    [{ kind: 'POOR_SLEEP', startDate: '2025-11-29', endDate: '2025-11-29' }],
  ),
  m(
    "Slept badly last night. I'll take it easy for 3 days.",
    SUN,
    ['POOR_SLEEP'],
    [{ kind: 'POOR_SLEEP', startDate: '2025-11-29', endDate: '2025-11-29' }],
  ),
  m(
    "Flying to Oslo on Thursday. Let's keep the tempo sessions for 2 weeks.",
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-04', endDate: null }],
  ),
  m(
    "Conference in Berlin on Tuesday. I'll run until Friday then rest.",
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-02', endDate: null }],
  ),
  m(
    "Sore knee since Saturday. I'll do easy runs for 3 days.",
    SUN,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: '2025-11-29', endDate: null }],
  ),
  // A session moved to a day dates the session, not the context.
  m(
    'Sick since Friday, can you push the long run to Sunday?',
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', startDate: '2025-11-28', endDate: null }],
  ),
  m(
    'Sick since Friday. Can we move my long run to Wednesday?',
    SUN,
    ['ILLNESS'],
    [{ kind: 'ILLNESS', startDate: '2025-11-28', endDate: null }],
  ),
  m(
    'Travelling Thursday, can you move it to Saturday?',
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-04', endDate: null }],
  ),
  m(
    "Travelling Thursday, can you shift Saturday's long run to Sunday?",
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-04', endDate: null }],
  ),
  // A weekday end that is the start's weekday is a week on.
  m(
    "Flying to Oslo on Monday. I'll be there until Monday.",
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-01', endDate: '2025-12-08' }],
  ),
  // Training talk dates the training, not the context, whether the context's sentence has a date or not and
  // whatever the punctuation: a restriction's end or length is not the condition's. A length that is the
  // context's own still counts.
  m(
    "Physio says it's a calf strain. No running for 10 days.",
    SUN,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: SUN, endDate: null }],
  ),
  m(
    'calf strain, no running for 10 days',
    SUN,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: SUN, endDate: null }],
  ),
  m('Flu. No training till Friday.', SUN, ['ILLNESS'], [{ kind: 'ILLNESS', startDate: SUN, endDate: null }]),
  m(
    'Tweaked my calf. Out for 10 days.',
    SUN,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: SUN, endDate: '2025-12-09' }],
  ),
  // A bad night with no date: one told as gone by is the night before the message, as "last night" is, whatever
  // "this morning" or day of training another clause names; one to come or still going on is tonight's.
  m(
    'Kiddo has a fever so I was up most of the night',
    SUN,
    ['ILLNESS', 'POOR_SLEEP'],
    [
      { kind: 'ILLNESS', subject: 'FAMILY', startDate: SUN, endDate: null },
      { kind: 'POOR_SLEEP', startDate: '2025-11-29', endDate: '2025-11-29' },
    ],
  ),
  m(
    "didn't sleep a wink, the storm kept us up",
    SUN,
    ['POOR_SLEEP'],
    [{ kind: 'POOR_SLEEP', startDate: '2025-11-29', endDate: '2025-11-29' }],
  ),
  m(
    'Terrible night, feel rough this morning',
    SUN,
    ['POOR_SLEEP'],
    [{ kind: 'POOR_SLEEP', startDate: '2025-11-29', endDate: '2025-11-29' }],
  ),
  m(
    "Up all night with the baby, can't train tomorrow",
    SUN,
    ['POOR_SLEEP'],
    [{ kind: 'POOR_SLEEP', startDate: '2025-11-29', endDate: '2025-11-29' }],
  ),
  m(
    'Got maybe two hours, so running this evening instead',
    SUN,
    ['POOR_SLEEP'],
    [{ kind: 'POOR_SLEEP', startDate: '2025-11-29', endDate: '2025-11-29' }],
  ),
  m(
    "I'll be up all night with the baby again, she's teething",
    SUN,
    ['POOR_SLEEP'],
    [{ kind: 'POOR_SLEEP', startDate: SUN, endDate: SUN }],
  ),
  m(
    "Can't sleep, too wired after the race",
    SUN,
    ['POOR_SLEEP'],
    [{ kind: 'POOR_SLEEP', startDate: SUN, endDate: SUN }],
  ),
  // ---------------------------------------------------------------- away, gone or out of town
  // Away, gone or out of town on given days: a trip on those days.
  m(
    'Away Thursday to Sunday',
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-04', endDate: '2025-12-07' }],
  ),
  m(
    'away thurs-sun, back for the long run monday',
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-04', endDate: '2025-12-07' }],
  ),
  m(
    "I'm gone from Friday till Monday, sorry coach",
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-05', endDate: '2025-12-08' }],
  ),
  m(
    'Heads up, out of town the 12th to the 15th',
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-12', endDate: '2025-12-15' }],
  ),
  // "away" and "gone" in other phrases, with days beside them: no trip.
  m('Away game Saturday, should I still do the tempo Thursday?', SUN, [], undefined, 'a fixture'),
  m('Loved the faraway trails on Sunday', SUN, []),
  m("I'll upload the file right away tomorrow", SUN, []),
  m('Going to throw away my old shoes on Monday', SUN, []),
  m("I've been away from the track for weeks, itching to get back", SUN, []),
  m('Stay away from hills until Friday?', SUN, []),
  m('Gone sunday morning, hit 20k', SUN, [], undefined, 'went for a run'),
  // ---------------------------------------------------------------- a night tonight or ahead; a weekday's night
  // "tonight" or a night ahead is the message day's night; "rough night Friday" said on Sunday is Friday's.
  m(
    'Sleepless night tonight, race nerves',
    SUN,
    ['POOR_SLEEP'],
    [{ kind: 'POOR_SLEEP', startDate: SUN, endDate: SUN }],
  ),
  m(
    'Up all night with the baby tonight probably',
    SUN,
    ['POOR_SLEEP'],
    [{ kind: 'POOR_SLEEP', startDate: SUN, endDate: SUN }],
  ),
  m(
    'Sleepless night ahead, race nerves',
    SUN,
    ['POOR_SLEEP'],
    [{ kind: 'POOR_SLEEP', startDate: SUN, endDate: SUN }],
  ),
  m(
    'Rough night Friday, neighbours partying till 3',
    SUN,
    ['POOR_SLEEP'],
    [{ kind: 'POOR_SLEEP', startDate: '2025-11-28', endDate: '2025-11-28' }],
  ),
  // ---------------------------------------------------------------- away or gone that is no trip; a trip's length
  m('The pain will be gone next week hopefully', SUN, [], undefined, 'the pain, not the athlete'),
  m('Doc says the swelling will be gone for a few days', SUN, [], undefined, 'the swelling, not the athlete'),
  m("Away Saturday v Leeds, I'm starting at centre back", SUN, [], undefined, 'a fixture'),
  m('Football: away Saturday, home Wednesday', SUN, [], undefined, 'fixtures'),
  m("I'll be away from work Friday but can train", SUN, [], undefined, 'a day off work at home'),
  m(
    'Away 5 days for work from Monday',
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2025-12-01', endDate: '2025-12-05' }],
  ),
  m(
    "I'm gone 3 days this week with work",
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: SUN, endDate: '2025-12-02' }],
  ),
  m(
    "I'm gone from Friday till Monday, wedding in Cork",
    SUN,
    ['TRAVEL', 'FAMILY'],
    [
      { kind: 'TRAVEL', startDate: '2025-12-05', endDate: '2025-12-08' },
      { kind: 'FAMILY', startDate: '2025-12-05', endDate: '2025-12-08' },
    ],
  ),
];
