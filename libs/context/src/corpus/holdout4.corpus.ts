import { messageWriter, type CorpusExpectation, type CorpusMessage } from './messages.corpus';

// Reference dates used below (weekday in the comment).
const TUE = '2026-07-14'; // Tuesday
const MON = '2026-09-07'; // Monday
const THU = '2026-10-01'; // Thursday
const SUN = '2027-01-24'; // Sunday
const WED = '2027-02-10'; // Wednesday
const FRI = '2027-04-16'; // Friday

const b = messageWriter('b');

const FAMILY_ILLNESS: CorpusExpectation = { kind: 'ILLNESS', subject: 'FAMILY' };
const ABOVE: CorpusExpectation = { kind: 'ILLNESS', subject: 'SELF', severity: 'ABOVE_NECK' };
const BELOW: CorpusExpectation = { kind: 'ILLNESS', subject: 'SELF', severity: 'BELOW_NECK_OR_FEVER' };

/**
 * A fourth, blind holdout: written without reading the detector's rules, lexicons or date handling, and
 * without running the detector over it. It is a final evaluation set and must never be used for tuning.
 * Labels are what a coach would want proposed; dates are only given where the message makes them
 * unambiguous relative to the reference date.
 */
export const BLIND_HOLDOUT_CORPUS: CorpusMessage[] = [
  // ---- ILLNESS (self) ----
  b(
    'Woke up with a scratchy throat and a runny nose. Is an easy 5k ok or should I skip today?',
    TUE,
    ['ILLNESS'],
    [{ ...ABOVE, startDate: '2026-07-14' }],
  ),
  b(
    "Coach I've had a fever since yesterday, 38.6 this morning. Not running obviously 🤒",
    TUE,
    ['ILLNESS'],
    [{ ...BELOW, startDate: '2026-07-13', endDate: null }],
  ),
  b("stomach bug hit me last night, can't keep anything down. skipping the tempo", THU, ['ILLNESS'], [BELOW]),
  b(
    "My daughter came down with a fever this morning so she's home from school, I'll have to skip the track session tonight",
    THU,
    ['ILLNESS'],
    [{ ...FAMILY_ILLNESS, startDate: '2026-10-01' }],
  ),
  b(
    "Tested positive for covid this morning 😩 Temperature's up a bit and I ache all over. How long do I need off?",
    SUN,
    ['ILLNESS'],
    [{ ...BELOW, startDate: '2027-01-24' }],
  ),
  b(
    'Got a head cold, mostly sneezing + blocked nose. Feel ok otherwise. Swap the intervals for easy?',
    FRI,
    ['ILLNESS'],
    [ABOVE],
  ),
  b(
    "hey coach, my son's been throwing up since thursday night, i'm on nursing duty all weekend so no long run sorry",
    FRI,
    ['ILLNESS'],
    [{ ...FAMILY_ILLNESS, startDate: '2027-04-15', endDate: null }],
  ),
  b(
    'Flu. Full body aches, chills, the works. In bed since Saturday',
    MON,
    ['ILLNESS'],
    [{ ...BELOW, startDate: '2026-09-05', endDate: null }],
  ),
  b(
    'sory coach im sick, bad chest infction and coughing alot, doc gave me antibiotcs',
    WED,
    ['ILLNESS'],
    [BELOW],
    'typo',
  ),
  b(
    "Wife's got the flu and I'm doing all the school runs and cooking till she's back on her feet, so my sessions will be a bit all over the place this week",
    WED,
    ['ILLNESS'],
    [FAMILY_ILLNESS],
  ),
  b(
    'Hello coach, I have cold since two days, the nose is running very much and I sneeze all the time. Today I make only walk.',
    TUE,
    ['ILLNESS'],
    [ABOVE],
    'non-native',
  ),
  b(
    'Caught whatever the kids had. Temperature of 39 last night and my whole body aches. Write this week off?',
    SUN,
    ['ILLNESS'],
    [BELOW],
  ),
  b(
    "sore throaght kicking in 😕 gonna take tonight's run easy and see how it goes",
    THU,
    ['ILLNESS'],
    [ABOVE],
    'typo',
  ),
  b(
    "Mum's in hospital with pneumonia, I'm driving over to see her every evening. Training is going to be patchy for a while",
    MON,
    ['ILLNESS'],
    [FAMILY_ILLNESS],
  ),
  b(
    "Food poisoning from a dodgy kebab 🤢 been sick all morning, no way I'm doing parkrun tomorrow",
    FRI,
    ['ILLNESS'],
    [{ ...BELOW, startDate: '2027-04-16' }],
  ),
  b(
    "Baby has croup and we were up with her half the night, I'm wrecked",
    WED,
    ['ILLNESS', 'POOR_SLEEP', 'FATIGUE'],
    [FAMILY_ILLNESS],
  ),
  b('got a feaver and shivers, stayed in bed all day', SUN, ['ILLNESS'], [BELOW], 'typo'),
  b(
    "My husband tested positive for covid yesterday. I'm fine so far but I'm looking after him and we're isolating",
    TUE,
    ['ILLNESS'],
    [{ ...FAMILY_ILLNESS, startDate: '2026-07-13' }],
  ),
  b(
    'Allergies or a cold, not sure which 🤧 sneezing nonstop but no fever. Still ok to run?',
    THU,
    ['ILLNESS'],
    [ABOVE],
  ),
  b(
    "Bit under the weather, tummy's been off since the weekend. Going to skip today and see how I am tomorrow.",
    MON,
    ['ILLNESS'],
    [BELOW],
  ),
  b(
    "Coach, my 2 year old has hand foot and mouth, nursery won't take her until next week so I'm home with her. Will try the treadmill during nap time",
    FRI,
    ['ILLNESS'],
    [FAMILY_ILLNESS],
  ),
  b(
    "Think I'm coming down with something, glands up, throat is raw and I feel feverish. Going to bed early",
    WED,
    ['ILLNESS'],
    [BELOW],
  ),

  // ---- INJURY ----
  b(
    "Left knee started aching on the outside around 8k on Sunday's long run, still sore going down stairs. ITB?",
    TUE,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: '2026-07-12' }],
  ),
  b(
    'rolled my ankle on a tree root this morning 😖 swollen already, icing it now',
    THU,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: '2026-10-01' }],
  ),
  b(
    'Achilles is really stiff first thing in the morning, eases up after 10 min. Been like that for about a week',
    SUN,
    ['INJURY'],
  ),
  b(
    "Felt a twinge in my right hamstring on the last 200 rep yesterday and it's tight today. Pulled it?",
    FRI,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: '2027-04-15' }],
  ),
  b(
    'shins are killing me after the track sesion, sharp pain on the inner side when i hop. shin splints?',
    MON,
    ['INJURY'],
    undefined,
    'typo',
  ),
  b(
    'My foot is paining under the heel when I stand up in morning, I think is plantar fasciitis. Can I still run?',
    WED,
    ['INJURY'],
    undefined,
    'non-native',
  ),
  b("Physio says it's a calf strain, grade 1. No running for 10 days 🙄", TUE, ['INJURY']),
  b(
    'Crashed on the bike on Saturday, road rash and a bruised hip, nothing broken. Hip is sore when I run',
    THU,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: '2026-09-26' }],
  ),
  b(
    'Lower back went while I was shovelling snow yesterday, can barely bend over',
    SUN,
    ['INJURY'],
    [{ kind: 'INJURY', startDate: '2027-01-23' }],
  ),
  b(
    "Knee's flared up again and work's a nightmare this week with the audit, 12 hour days. Honestly might just rest until Monday",
    FRI,
    ['INJURY', 'WORK_STRESS'],
  ),

  // ---- TRAVEL ----
  b(
    "Heads up: I'm in Chicago for work Thursday to Saturday this week, hotel has a gym but no idea about running routes",
    TUE,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2026-07-16', endDate: '2026-07-18' }],
  ),
  b(
    'Off to a conference in Lisbon next Tuesday to Friday, can we move the long run?',
    THU,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2026-10-06', endDate: '2026-10-09' }],
  ),
  b(
    'flying to Tokyo tomorrow for 10 days of client meetings, expect a lot of hotel treadmill',
    SUN,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2027-01-25' }],
  ),
  b(
    "Driving down to my parents' in Cornwall tomorrow, back Sunday night. Will run there if I can",
    FRI,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2027-04-17', endDate: '2027-04-18' }],
  ),
  b('on the road all week for work, Leeds then Glasgow then Belfast. Will squeeze in what I can', MON, [
    'TRAVEL',
  ]),
  b(
    'travelling to berlin for work on friday, back tuesdy. hotel near the river so shuold be good for running',
    WED,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2027-02-12', endDate: '2027-02-16' }],
    'typo',
  ),
  b(
    'Red-eye to NYC tonight for a pitch on Thursday, back Friday.',
    TUE,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2026-07-14', endDate: '2026-07-17' }],
  ),
  b(
    'Work trip to Dubai next week, 40°C there so might have to do everything at 5am or on the treadmill',
    THU,
    ['TRAVEL'],
  ),
  b(
    'Coach I am going to my home country for my cousin wedding, from 27 January until 1 February. I will bring my shoes.',
    SUN,
    ['TRAVEL', 'FAMILY'],
    [{ kind: 'TRAVEL', startDate: '2027-01-27', endDate: '2027-02-01' }],
    'non-native',
  ),
  b(
    "Stuck at Frankfurt airport, flight cancelled, won't be home till tomorrow night at best. Sorry, no run today",
    FRI,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', endDate: '2027-04-17' }],
  ),
  b(
    'Sales conference in Vegas Wed–Fri this week. Long days, late nights, buffet food, you know the drill 😅',
    MON,
    ['TRAVEL'],
    [{ kind: 'TRAVEL', startDate: '2026-09-09', endDate: '2026-09-11' }],
  ),
  b(
    "Spent the whole week flying between client sites, 4 flights in 3 days, and the jet lag means I'm awake at 4am every morning. Legs feel like concrete.",
    WED,
    ['TRAVEL', 'POOR_SLEEP', 'FATIGUE'],
  ),

  // ---- VACATION ----
  b(
    "We're off to Crete on Saturday for two weeks of beach and not much else 🏖️ Can you give me something light?",
    TUE,
    ['VACATION', 'TRAVEL'],
    [{ kind: 'VACATION', startDate: '2026-07-18' }],
  ),
  b(
    "Taking annual leave 12th–16th October, staying home but I'd love to make it a bit of a training block",
    THU,
    ['VACATION'],
    [{ kind: 'VACATION', startDate: '2026-10-12', endDate: '2026-10-16' }],
  ),
  b(
    'ski trip next week! Mon-Sat in the Alps, will probably do zero running but lots of skiing 🎿',
    SUN,
    ['VACATION', 'TRAVEL'],
    [{ kind: 'VACATION', startDate: '2027-01-25', endDate: '2027-01-30' }],
  ),
  b(
    'on holliday in spain from tomorow till the 25th, the hotel has a treadmil lol',
    FRI,
    ['VACATION', 'TRAVEL'],
    [{ kind: 'VACATION', startDate: '2027-04-17', endDate: '2027-04-25' }],
    'typo',
  ),
  b(
    "Heading off camping in Yosemite tomorrow for a week, no signal so don't panic if I go quiet",
    MON,
    ['VACATION', 'TRAVEL'],
    [{ kind: 'VACATION', startDate: '2026-09-08' }],
  ),
  b(
    'Half term next week. Kids are home Mon–Fri with no childcare, and then we fly to Tenerife on the Saturday for a week',
    WED,
    ['FAMILY', 'VACATION', 'TRAVEL'],
    [
      { kind: 'FAMILY', startDate: '2027-02-15', endDate: '2027-02-19' },
      { kind: 'VACATION', startDate: '2027-02-20' },
    ],
  ),
  b(
    "Honeymoon!!! 🥂 Bali from the 1st to the 15th of August. I'll pack my trainers but no promises",
    TUE,
    ['VACATION', 'TRAVEL'],
    [{ kind: 'VACATION', startDate: '2026-08-01', endDate: '2026-08-15' }],
  ),
  b(
    'Next week I am on holidays with my family in the mountains, I can run only in the morning maybe',
    THU,
    ['VACATION', 'TRAVEL'],
    undefined,
    'non-native',
  ),

  // ---- FAMILY ----
  b(
    "Childminder's off sick all week so I've got the little one full time, long runs will have to wait",
    SUN,
    ['FAMILY'],
    undefined,
    'near-miss: someone else is sick, not family',
  ),
  b(
    "Moving house this weekend 📦📦📦 so no long run, I'll be carrying boxes instead",
    FRI,
    ['FAMILY'],
    [{ kind: 'FAMILY', startDate: '2027-04-17', endDate: '2027-04-18' }],
  ),
  b(
    "My grandad passed away on Saturday. The funeral's in Ireland next Monday so I'll fly over on the Sunday. I'll run when I can, just need a few days",
    MON,
    ['FAMILY', 'TRAVEL'],
  ),
  b(
    "School's out for summer from Friday, so I've got both kids at home for six weeks. Mornings only from now on",
    TUE,
    ['FAMILY'],
    [{ kind: 'FAMILY', startDate: '2026-07-17' }],
  ),
  b(
    'sisters weding this saturday and im a bridesmaid so friday + sat are gone, rehersal dinner etc',
    THU,
    ['FAMILY'],
    [{ kind: 'FAMILY', startDate: '2026-10-02', endDate: '2026-10-03' }],
    'typo',
  ),
  b(
    "Partner's away with work till Sunday so I'm solo parenting the 3 kids. Runs will be whenever I can fit them 🙃",
    WED,
    ['FAMILY'],
    [{ kind: 'FAMILY', endDate: '2027-02-14' }],
  ),

  // ---- WORK_STRESS ----
  b(
    "Quarter end at work, I'm doing 14 hour days until Friday. Can we make this a recovery week?",
    TUE,
    ['WORK_STRESS'],
    [{ kind: 'WORK_STRESS', endDate: '2026-07-17' }],
  ),
  b("Massive deadline Monday, I'll be at my desk all weekend. Honestly I'm stressed out of my mind", THU, [
    'WORK_STRESS',
  ]),
  b(
    "restructuring at work, half my team got let go and I'm covering their jobs. Head's all over the place",
    SUN,
    ['WORK_STRESS'],
  ),
  b(
    'This week the work is very very heavy, I finish office at 10 pm every day and I am completely exhausted. Sorry I miss the sessions',
    FRI,
    ['WORK_STRESS', 'FATIGUE'],
    undefined,
    'non-native',
  ),
  b(
    "Got a court hearing on Thursday and I'm prepping every night till late. Expect me to drop the midweek sessions",
    MON,
    ['WORK_STRESS'],
  ),
  b(
    "product launch on friday 😬 everything's on fire, I haven't left the office before 9 all week and I'm sleeping like 4 hours a night",
    WED,
    ['WORK_STRESS', 'POOR_SLEEP'],
  ),
  b("New boss is a nightmare and I'm so stressed I can't switch off at night, lying awake till 2", TUE, [
    'WORK_STRESS',
    'POOR_SLEEP',
  ]),

  // ---- POOR_SLEEP ----
  b(
    'Slept terribly, maybe 3 hours, and my legs feel heavy already. Should I still do the intervals or swap to easy?',
    THU,
    ['POOR_SLEEP', 'FATIGUE'],
  ),
  b('Teething baby = zero sleep for the last 3 nights 😵‍💫', SUN, ['POOR_SLEEP']),
  b(
    'couldnt sleep at all last nite, insomnia is back. feel like a zombie',
    FRI,
    ['POOR_SLEEP', 'FATIGUE'],
    undefined,
    'typo',
  ),
  b(
    'Neighbours had a party till 4am, I got maybe two hours, so running this evening instead of this morning',
    MON,
    ['POOR_SLEEP'],
  ),

  // ---- FATIGUE ----
  b('Legs are absolutely dead today, felt like I was running through treacle on the easy run', TUE, [
    'FATIGUE',
  ]),
  b(
    'Just feeling really flat and drained this week, no energy for anything. Not sick, just knackered',
    THU,
    ['FATIGUE'],
    undefined,
    'near-miss: "not sick"',
  ),
  b("I'm cooked 🥵 that block has caught up with me, everything feels heavy", SUN, ['FATIGUE']),
  b(
    'I am very tired this days, my body have no power in the climbs. Maybe too much training?',
    WED,
    ['FATIGUE'],
    undefined,
    'non-native',
  ),
  b("Exhausted. HR won't come up on the bike and my legs have nothing. Overreaching?", FRI, ['FATIGUE']),

  // ---- Negatives (nothing to propose), many of them near-misses ----
  b('That was a sick session 🔥 6x1k all under 3:50', TUE, [], undefined, 'near-miss'),
  b(
    "Brutal hills on today's route but I loved it, legs felt great at the end",
    THU,
    [],
    undefined,
    'near-miss',
  ),
  b('Cold is long gone, fully back to normal. Ready for the build!', SUN, [], undefined, 'near-miss'),
  b(
    'Trip to Madrid was great, managed all my runs along the river. Back home and ready for next week',
    FRI,
    [],
    undefined,
    'near-miss',
  ),
  b(
    'Race report: 1:32:10 at the half, new PB by 3 minutes!! Died a bit at 18k but held on',
    MON,
    [],
    undefined,
    'near-miss',
  ),
  b("Can we move Thursday's tempo to Friday? No reason, just prefer it", WED, []),
  b('What pace should my easy runs be now that my 10k is 44 min?', TUE, []),
  b(
    'Knee feels 100% now, no pain at all on the 15k. Thanks for being patient with me',
    THU,
    [],
    undefined,
    'near-miss',
  ),
  b(
    'Watched the Houston marathon stream this morning, the leaders were flying. So inspired!',
    SUN,
    [],
    undefined,
    'near-miss',
  ),
  b('Killed it at the track tonight 💪 200s felt effortless', FRI, [], undefined, 'near-miss'),
  b(
    'Running club social on Friday, might have a couple of beers, is that ok the night before a long run? 😂',
    MON,
    [],
  ),
  b('Bought new shoes, the Pegasus 41s. Should I break them in on easy runs first?', WED, []),
  b('My kids came to cheer me at the 5k yesterday, best feeling ever ❤️', TUE, [], undefined, 'near-miss'),
  b(
    "Work's quiet this month so I've got loads of time to train, can we add a 6th day?",
    THU,
    [],
    undefined,
    'near-miss',
  ),
  b('did the long run in the freezing cold, -8 with windchill but felt amazng', SUN, [], undefined, 'typo'),
  b(
    "Slept like a baby after yesterday's long ride, 10 hours! Feeling fresh",
    FRI,
    [],
    undefined,
    'near-miss',
  ),
  b('Turbo session done ✅ 3x12 at sweet spot. Garmin says recovery 36h', MON, []),
  b(
    'Planning a trip to Kenya next year to train at altitude, any tips? Nothing booked yet',
    WED,
    [],
    undefined,
    'near-miss',
  ),
  b(
    'Heat was brutal today, 32 degrees, but I hydrated well and finished strong',
    TUE,
    [],
    undefined,
    'near-miss',
  ),
  b(
    "I'm sick of the treadmill lol, can I do the intervals outside tomorrow?",
    THU,
    [],
    undefined,
    'near-miss',
  ),
  b('Strava says I ran 2,400km last year 🎉 goal for 2027 is 3000', SUN, []),
  b('Is it ok to do strength training on the same day as intervals?', FRI, []),
  b(
    "My physio's on holiday for two weeks, so the gait analysis will have to wait until the end of the month",
    MON,
    [],
    undefined,
    'near-miss',
  ),
  b(
    "Had a bit of a tired patch in January but I'm flying now, last three sessions were the best in months",
    WED,
    [],
    undefined,
    'near-miss',
  ),
  b(
    "Hubby is doing the kids' bedtime all week so I can get my evening runs in 🙌",
    TUE,
    [],
    undefined,
    'near-miss',
  ),
  b('Half marathon on Sunday! Any advice on pacing the first 5k? Feeling good and rested', THU, []),
];
