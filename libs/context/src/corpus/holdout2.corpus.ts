import { messageWriter, type CorpusExpectation, type CorpusMessage } from './messages.corpus';

const MON = '2026-01-12'; // Monday
const WED = '2026-03-18'; // Wednesday
const SAT = '2026-05-23'; // Saturday

const f = messageWriter('f');

const FAMILY_ILLNESS: CorpusExpectation[] = [{ kind: 'ILLNESS', subject: 'FAMILY' }];

/**
 * A second, fresh holdout: written before any of the generalisation work on the detector's rules, without
 * reading its lexicons, and never used to tune them. Labels are what a coach would want proposed. Reported
 * separately; only a sanity floor is asserted.
 */
export const FRESH_HOLDOUT_CORPUS: CorpusMessage[] = [
  // ---------------------------------------------------------------- illness, self
  f("Bunged up nose and a banging headache, think I've caught whatever is going round the office", MON, [
    'ILLNESS',
  ]),
  f('been coughing my lungs up since yesterday, chest feels tight', WED, ['ILLNESS']),
  f('Tested positive for covid this morning 😩', SAT, ['ILLNESS']),
  f("I've got a stomache bug, couldn't keep breakfast down", MON, ['ILLNESS'], undefined, 'typo'),
  f('feelin rough as anything today, achey and hot and cold', WED, ['ILLNESS'], undefined, 'typo'),
  f('Came down with tonsillitis, doc gave me antibiotics', SAT, ['ILLNESS']),
  f('Im running a temp of 38.5 so skipping today', MON, ['ILLNESS']),
  // ---------------------------------------------------------------- illness, family
  f(
    "Little one's got hand foot and mouth, nursery won't take her till Monday",
    WED,
    ['ILLNESS'],
    FAMILY_ILLNESS,
  ),
  f(
    "My husband's been laid up with a chest infection so I'm doing all the school runs",
    SAT,
    ['ILLNESS'],
    FAMILY_ILLNESS,
  ),
  f("Mum's poorly again, going round to hers after work to look after her", MON, ['ILLNESS'], FAMILY_ILLNESS),
  f('both kids have got an ear infection, what a week', WED, ['ILLNESS'], FAMILY_ILLNESS),
  f(
    "Baby is teething and has a temperature, we've had about 3 hours sleep",
    SAT,
    ['ILLNESS', 'POOR_SLEEP'],
    FAMILY_ILLNESS,
  ),
  // ---------------------------------------------------------------- injury
  f("Outside of my right knee starts aching about 5k in and doesn't ease off", MON, ['INJURY']),
  f('Rolled my ankle stepping off a curb, bit swollen', WED, ['INJURY']),
  f('Sharp stabbing feeling under my heel first thing in the morning', SAT, ['INJURY']),
  f('my achilles is really stiff and sore when I get out of bed', MON, ['INJURY']),
  f('Tweaked something in my lower back lifting the kid, can barely bend', WED, ['INJURY']),
  f("shin is tender to touch along the inside, worried it's a stress reaction", SAT, ['INJURY']),
  f("calf twinged on the last rep and it's been niggly since", MON, ['INJURY']),
  f(
    'came off on the ice and landed on my wrist, its swollen and bruised',
    WED,
    ['INJURY'],
    undefined,
    'typo',
  ),
  // ---------------------------------------------------------------- travel
  f('Heading to Berlin Tuesday to Thursday for a conferance', SAT, ['TRAVEL'], undefined, 'typo'),
  f('On the overnight train to Edinburgh, back Sunday', MON, ['TRAVEL']),
  f("Going up to my brother's in Leeds for the weekend", WED, ['TRAVEL']),
  f('Work is sending me to Singapore for 10 days next month', SAT, ['TRAVEL']),
  f("Landed in Dubai, 4 hour time difference so I'm all over the place", MON, ['TRAVEL']),
  f("I'll be on the road for client meetings all of next week, staying in hotels", WED, ['TRAVEL']),
  f("staying at my parents' in Cornwall over easter, 5 hr drive each way", SAT, ['TRAVEL']),
  // ---------------------------------------------------------------- vacation
  f('Finally booked time off, 2 weeks in Greece from 1st July!', MON, ['VACATION', 'TRAVEL']),
  f("We're going skiing in the alps over half term", WED, ['VACATION', 'TRAVEL']),
  f('Out of office from Wednesday till the 20th, just pottering around the house and garden', SAT, [
    'VACATION',
  ]),
  // ---------------------------------------------------------------- family
  f("My dad's going in for heart surgery on Thursday so I'll be at the hospital", MON, ['FAMILY']),
  f("Looking after my sister's kids all weekend while she's away", WED, ['FAMILY']),
  f('Going through a separation at the moment, home life is pretty hard', SAT, ['FAMILY']),
  f("Nan died on Sunday, funeral's next Friday", MON, ['FAMILY']),
  f("Childcare fell through this week so I'm juggling the kids on my own", WED, ['FAMILY']),
  // ---------------------------------------------------------------- work stress
  f("Quarter end, I'm working till midnight most nights", SAT, ['WORK_STRESS']),
  f("We've had layoffs at work and I'm covering two jobs now", MON, ['WORK_STRESS']),
  f("My inbox is a disaster and I've got three deadlines on Friday", WED, ['WORK_STRESS']),
  f('Audit at work this week, 12-hour days', SAT, ['WORK_STRESS']),
  f('New manager is making my life hell tbh', MON, ['WORK_STRESS']),
  // ---------------------------------------------------------------- poor sleep / fatigue
  f("Up every hour with the newborn, I'm running on empty", WED, ['POOR_SLEEP', 'FATIGUE']),
  f('Slept like rubbish, tossed and turned till 3', SAT, ['POOR_SLEEP']),
  f('neighbours had a party till 4am so zero sleep', MON, ['POOR_SLEEP']),
  f("Legs feel like lead and I've got no pop at all", WED, ['FATIGUE']),
  f('totally knackered after this week, could sleep for a day', SAT, ['FATIGUE']),
  f('Feeling flat and drained, HR was sky high on the easy run', MON, ['FATIGUE']),
  // ---------------------------------------------------------------- negatives and hard negatives
  f('Killer hill session today, loved it', WED, []),
  f('Sick splits on the track tonight 🔥', SAT, []),
  f('Was flying down the last km, felt amazing', MON, []),
  f('My legs were on fire in a good way on those intervals', WED, []),
  f('No pain at all today, knee feels brand new', SAT, []),
  f('The cold is long gone, ready to get back to full training', MON, []),
  f('Should I do the long run Saturday or Sunday this week?', WED, []),
  f("Can we swap Thursday's tempo for a fartlek?", SAT, []),
  f("Don't think it's the flu after all, temp is normal and I feel fine", MON, []),
  f('Achilles is no longer sore, did 10k pain free', WED, []),
  f("What's a good recovery drink after long runs?", SAT, []),
  f(
    'My training partner rolled her ankle so I ran solo today',
    MON,
    [],
    undefined,
    'someone else, not family',
  ),
  f('Work was quiet today so I snuck in a lunchtime run', WED, []),
  f('Race in Paris was amazing, thanks for the plan!', SAT, [], undefined, 'trip is over'),
  f('Watched the Tour de France highlights, so inspired to ride', MON, []),
  f('Crushed the workout, hardest I have pushed in ages', WED, []),
  f('Easy run felt super easy, HR nice and low', SAT, []),
  f('Is it ok to swim on my rest day?', MON, []),
  f('Bought new shoes, the cushioning is unreal', WED, []),
  f("Feeling fresh after the taper, can't wait for Sunday", SAT, []),
  f('That tempo hurt but in the best way', MON, []),
  f('Dying on the last rep but hit the pace 💪', WED, []),
  f('Slept great, 9 hours, feel like a new person', SAT, []),
  f('Brutal headwind on the way back, still nailed the splits', MON, []),
  f("kids' sports day was fun, ran the parents' race and won 😂", WED, []),
  f(
    'Had my flu jab this morning, any reason to skip tomorrow?',
    SAT,
    [],
    undefined,
    'vaccination, not illness',
  ),
  f('Sore in the normal post-long-run way, nothing worrying', MON, []),
  f('My sister is coming to watch the race!', WED, []),
  f('Back from the trip and into my routine again, all good', SAT, [], undefined, 'trip is over'),
  f('How many gels should I take for a half?', WED, []),
  f('Cycled to the office and back today, nice commute', SAT, []),
  f('Ran past the airport on my long run, watching the planes land was cool', MON, []),
  f('No more sniffles, finally feeling 100%', WED, []),
  f('Stretching my hamstrings every night like you said, feeling loose', SAT, []),
];
