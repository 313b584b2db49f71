import type { DetectedKind, IllnessSeverity, ContextSubject } from '../context.types';
import type { CorpusExpectation, CorpusMessage } from './messages.corpus';

/** One labelled context event of the blind date set, exactly as the lead wrote it (see /work/blind/README.md). */
export interface BlindDateEvent {
  kind: DetectedKind;
  subject?: ContextSubject;
  severity?: IllnessSeverity;
  /** Inclusive local dates; `end: null` = not known yet (ongoing condition, open-ended trip). */
  start: string;
  end: string | null;
  /** false where the message leaves that date to judgement: not scored. */
  scoreStart?: boolean;
  scoreEnd?: boolean;
}

export interface BlindDateMessage {
  id: string;
  /** UTC instant the message was sent. */
  sentAt: string;
  /** The athlete's IANA zone: the reference date is the local date of sentAt there. */
  timezone: string;
  text: string;
  events: BlindDateEvent[];
}

/**
 * The blind date set (issue #10): 92 messages written and labelled by the lead engineer, who had not read the
 * detector's rules, lexicons or date handling, after those rules were built. Converted from
 * /work/blind/dates-blind.json with every id and label exactly as written (no label was changed). It is an
 * evaluation set only: never tune rules on it; its assertions are floors at levels it already reaches.
 */
export const DATES_BLIND_MESSAGES: BlindDateMessage[] = [
  {
    id: 'blind-d001',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: 'I have to stay home Tuesday and Wednesday next week, my wife is away for work and someone has to do the school run.',
    events: [
      {
        kind: 'FAMILY',
        start: '2027-03-16',
        end: '2027-03-17',
      },
    ],
  },
  {
    id: 'blind-d002',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: "My calf has been tight since Sunday's long run.",
    events: [
      {
        kind: 'INJURY',
        start: '2027-03-07',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d003',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: 'Off to Madrid for a conference from Monday to Thursday, the hotel has a gym at least',
    events: [
      {
        kind: 'TRAVEL',
        start: '2027-03-15',
        end: '2027-03-18',
      },
    ],
  },
  {
    id: 'blind-d004',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: 'Got a sniffly nose and a sore throat since yesterday, no fever.',
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'ABOVE_NECK',
        start: '2027-03-10',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d005',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: 'Fever last night, 38.9, staying in bed today.',
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'BELOW_NECK_OR_FEVER',
        start: '2027-03-10',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d006',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: 'Was sick Mon–Wed with a tummy bug, fine now, back to normal.',
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'BELOW_NECK_OR_FEVER',
        start: '2027-03-08',
        end: '2027-03-10',
      },
    ],
  },
  {
    id: 'blind-d007',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: 'Work is insane until the product launch on the 19th, expect short sessions.',
    events: [
      {
        kind: 'WORK_STRESS',
        start: '2027-03-11',
        end: '2027-03-19',
      },
    ],
  },
  {
    id: 'blind-d008',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: "Down with flu, the doctor signed me off work, I'm back at work on the 16th.",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'BELOW_NECK_OR_FEVER',
        start: '2027-03-11',
        end: '2027-03-15',
      },
    ],
  },
  {
    id: 'blind-d009',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: 'Ran 10k easy this morning, felt great, HR nice and low.',
    events: [],
  },
  {
    id: 'blind-d010',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: "My little one has chickenpox, nursery won't take her back before Monday, so I'm home with her until then.",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'FAMILY',
        severity: 'UNKNOWN',
        start: '2027-03-11',
        end: '2027-03-14',
      },
    ],
  },
  {
    id: 'blind-d011',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: 'Slept terribly last night, maybe 4 hours. Should I still do the tempo?',
    events: [
      {
        kind: 'POOR_SLEEP',
        start: '2027-03-10',
        end: null,
        scoreStart: false,
        scoreEnd: false,
      },
    ],
  },
  {
    id: 'blind-d012',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: 'Flying to Boston Tuesday, back Saturday.',
    events: [
      {
        kind: 'TRAVEL',
        start: '2027-03-16',
        end: '2027-03-20',
      },
    ],
  },
  {
    id: 'blind-d013',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: "Stressful week at work, two people quit and I'm covering for both.",
    events: [
      {
        kind: 'WORK_STRESS',
        start: '2027-03-08',
        end: '2027-03-14',
        scoreStart: false,
        scoreEnd: false,
      },
    ],
  },
  {
    id: 'blind-d014',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: "This weekend I'm at my brother's wedding in Bergen so no long run.",
    events: [
      {
        kind: 'FAMILY',
        start: '2027-03-13',
        end: '2027-03-14',
      },
      {
        kind: 'TRAVEL',
        start: '2027-03-13',
        end: '2027-03-14',
      },
    ],
  },
  {
    id: 'blind-d015',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: 'Next week is half-term, the kids are at home all week.',
    events: [
      {
        kind: 'FAMILY',
        start: '2027-03-15',
        end: '2027-03-21',
      },
    ],
  },
  {
    id: 'blind-d016',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: "Rolled my ankle on the trail yesterday, it's swollen.",
    events: [
      {
        kind: 'INJURY',
        start: '2027-03-10',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d017',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: "Just a heads up: dentist appointment Friday morning, I'll run in the evening instead.",
    events: [],
  },
  {
    id: 'blind-d018',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: "How many minutes should the warm-up be before Saturday's intervals?",
    events: [],
  },
  {
    id: 'blind-d019',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: 'Feeling flat and exhausted the last few days, no idea why.',
    events: [
      {
        kind: 'FATIGUE',
        start: '2027-03-08',
        end: null,
        scoreStart: false,
      },
    ],
  },
  {
    id: 'blind-d020',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: "Bad cold all weekend but it's cleared up now",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'ABOVE_NECK',
        start: '2027-03-06',
        end: '2027-03-07',
      },
    ],
  },
  {
    id: 'blind-d021',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: "I have to stay home Tuesday and Wednesday, my son's nursery is closed.",
    events: [
      {
        kind: 'FAMILY',
        start: '2027-03-16',
        end: '2027-03-17',
      },
    ],
  },
  {
    id: 'blind-d022',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: "Back-to-back meetings till the end of the month, I'll squeeze in what I can.",
    events: [
      {
        kind: 'WORK_STRESS',
        start: '2027-03-11',
        end: '2027-03-31',
      },
    ],
  },
  {
    id: 'blind-d023',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: 'Visiting my parents in Trondheim this weekend.',
    events: [
      {
        kind: 'TRAVEL',
        start: '2027-03-13',
        end: '2027-03-14',
      },
    ],
  },
  {
    id: 'blind-d024',
    sentAt: '2027-03-11T07:40:00Z',
    timezone: 'Europe/Oslo',
    text: "Until Friday I'm covering the night shift, after that it's normal again.",
    events: [
      {
        kind: 'WORK_STRESS',
        start: '2027-03-11',
        end: '2027-03-12',
      },
    ],
  },
  {
    id: 'blind-d025',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: 'Long day. Heading to Denver tomorrow for work, back Thursday night.',
    events: [
      {
        kind: 'TRAVEL',
        start: '2027-05-18',
        end: '2027-05-20',
      },
    ],
  },
  {
    id: 'blind-d026',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: "Tweaked my hamstring in Saturday's race, it hurts when I stride out.",
    events: [
      {
        kind: 'INJURY',
        start: '2027-05-15',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d027',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: "Kids are both down with strep, I'll be home with them till Wednesday.",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'FAMILY',
        severity: 'UNKNOWN',
        start: '2027-05-17',
        end: '2027-05-19',
      },
    ],
  },
  {
    id: 'blind-d028',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: "I'm off work from the 24th to the 28th, could we add a long trail day?",
    events: [
      {
        kind: 'VACATION',
        start: '2027-05-24',
        end: '2027-05-28',
      },
    ],
  },
  {
    id: 'blind-d029',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: 'Had a rough night, the baby was up every hour.',
    events: [
      {
        kind: 'POOR_SLEEP',
        start: '2027-05-16',
        end: null,
        scoreStart: false,
        scoreEnd: false,
      },
    ],
  },
  {
    id: 'blind-d030',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: 'Ran the tempo today but my legs felt like concrete.',
    events: [
      {
        kind: 'FATIGUE',
        start: '2027-05-17',
        end: null,
        scoreStart: false,
        scoreEnd: false,
      },
    ],
  },
  {
    id: 'blind-d031',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: "Quarterly close at work means I'll be slammed until the deadline on Friday.",
    events: [
      {
        kind: 'WORK_STRESS',
        start: '2027-05-17',
        end: '2027-05-21',
      },
    ],
  },
  {
    id: 'blind-d032',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: 'great session with the club tonight, 6x3min felt controlled',
    events: [],
  },
  {
    id: 'blind-d033',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: "Mom has been in hospital since Saturday, I'm driving back and forth every day.",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'FAMILY',
        severity: 'UNKNOWN',
        start: '2027-05-15',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d034',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: 'Heading to Hawaii for our honeymoon next Monday through the following Sunday!',
    events: [
      {
        kind: 'VACATION',
        start: '2027-05-24',
        end: '2027-05-30',
      },
      {
        kind: 'TRAVEL',
        start: '2027-05-24',
        end: '2027-05-30',
      },
    ],
  },
  {
    id: 'blind-d035',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: "I was sick Friday and Saturday, that's why I skipped the long run.",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'UNKNOWN',
        start: '2027-05-14',
        end: '2027-05-15',
      },
    ],
  },
  {
    id: 'blind-d036',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: "From the 8th to the 12th of June I'm at a conference in Chicago.",
    events: [
      {
        kind: 'TRAVEL',
        start: '2027-06-08',
        end: '2027-06-12',
      },
    ],
  },
  {
    id: 'blind-d037',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: 'The in-laws arrive Thursday and stay through the weekend.',
    events: [
      {
        kind: 'FAMILY',
        start: '2027-05-20',
        end: '2027-05-23',
      },
    ],
  },
  {
    id: 'blind-d038',
    sentAt: '2027-05-18T04:00:00Z',
    timezone: 'America/Los_Angeles',
    text: 'Could you add a strength session on Thursday?',
    events: [],
  },
  {
    id: 'blind-d039',
    sentAt: '2027-06-19T06:15:00Z',
    timezone: 'Europe/Oslo',
    text: 'Woke up with a fever and chills, no long run tomorrow obviously.',
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'BELOW_NECK_OR_FEVER',
        start: '2027-06-19',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d040',
    sentAt: '2027-06-19T06:15:00Z',
    timezone: 'Europe/Oslo',
    text: "This weekend we're at the cabin, no signal, I'll run on the trails there.",
    events: [
      {
        kind: 'VACATION',
        start: '2027-06-19',
        end: '2027-06-20',
      },
      {
        kind: 'TRAVEL',
        start: '2027-06-19',
        end: '2027-06-20',
      },
    ],
  },
  {
    id: 'blind-d041',
    sentAt: '2027-06-19T06:15:00Z',
    timezone: 'Europe/Oslo',
    text: 'Going to be at a work retreat Monday to Wednesday in Stockholm.',
    events: [
      {
        kind: 'TRAVEL',
        start: '2027-06-21',
        end: '2027-06-23',
      },
    ],
  },
  {
    id: 'blind-d042',
    sentAt: '2027-06-19T06:15:00Z',
    timezone: 'Europe/Oslo',
    text: 'On holiday in Crete, back at work on Tuesday.',
    events: [
      {
        kind: 'VACATION',
        start: '2027-06-19',
        end: '2027-06-21',
      },
      {
        kind: 'TRAVEL',
        start: '2027-06-19',
        end: '2027-06-21',
      },
    ],
  },
  {
    id: 'blind-d043',
    sentAt: '2027-06-19T06:15:00Z',
    timezone: 'Europe/Oslo',
    text: "My knee has been aching since Thursday's hill reps.",
    events: [
      {
        kind: 'INJURY',
        start: '2027-06-17',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d044',
    sentAt: '2027-06-19T06:15:00Z',
    timezone: 'Europe/Oslo',
    text: 'Had a stomach bug Wednesday and Thursday, ate properly again yesterday.',
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'BELOW_NECK_OR_FEVER',
        start: '2027-06-16',
        end: '2027-06-17',
      },
    ],
  },
  {
    id: 'blind-d045',
    sentAt: '2027-06-19T06:15:00Z',
    timezone: 'Europe/Oslo',
    text: 'Feeling amazing, ready for the race next Sunday!',
    events: [],
  },
  {
    id: 'blind-d046',
    sentAt: '2027-06-19T06:15:00Z',
    timezone: 'Europe/Oslo',
    text: "My husband has covid, so far I'm fine.",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'FAMILY',
        severity: 'UNKNOWN',
        start: '2027-06-19',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d047',
    sentAt: '2027-06-19T06:15:00Z',
    timezone: 'Europe/Oslo',
    text: 'Work trip to Oslo the whole of next week.',
    events: [
      {
        kind: 'TRAVEL',
        start: '2027-06-21',
        end: '2027-06-27',
      },
    ],
  },
  {
    id: 'blind-d048',
    sentAt: '2027-06-19T06:15:00Z',
    timezone: 'Europe/Oslo',
    text: "Can't sleep with this heat, third night in a row.",
    events: [
      {
        kind: 'POOR_SLEEP',
        start: '2027-06-16',
        end: null,
        scoreStart: false,
        scoreEnd: false,
      },
    ],
  },
  {
    id: 'blind-d049',
    sentAt: '2027-06-19T06:15:00Z',
    timezone: 'Europe/Oslo',
    text: "Sick kid again 🙄 she's had a cough since Wednesday, I got no sleep.",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'FAMILY',
        severity: 'UNKNOWN',
        start: '2027-06-16',
        end: null,
      },
      {
        kind: 'POOR_SLEEP',
        start: '2027-06-18',
        end: null,
        scoreStart: false,
        scoreEnd: false,
      },
    ],
  },
  {
    id: 'blind-d050',
    sentAt: '2027-06-19T06:15:00Z',
    timezone: 'Europe/Oslo',
    text: 'Heading to Tenerife on the 3rd of July for two weeks of sun.',
    events: [
      {
        kind: 'VACATION',
        start: '2027-07-03',
        end: '2027-07-16',
        scoreEnd: false,
      },
      {
        kind: 'TRAVEL',
        start: '2027-07-03',
        end: '2027-07-16',
        scoreEnd: false,
      },
    ],
  },
  {
    id: 'blind-d051',
    sentAt: '2027-06-19T06:15:00Z',
    timezone: 'Europe/Oslo',
    text: 'Watched the Diamond League last night, so inspiring.',
    events: [],
  },
  {
    id: 'blind-d052',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: "Our youngest has a temperature, nursery sent him home, I'm off with him tomorrow and Friday.",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'FAMILY',
        severity: 'UNKNOWN',
        start: '2027-09-08',
        end: '2027-09-10',
      },
    ],
  },
  {
    id: 'blind-d053',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: 'Slammed at work until the audit finishes on the 17th.',
    events: [
      {
        kind: 'WORK_STRESS',
        start: '2027-09-08',
        end: '2027-09-17',
      },
    ],
  },
  {
    id: 'blind-d054',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: "I'll be in Lisbon from the 20th to the 24th for a friend's wedding.",
    events: [
      {
        kind: 'TRAVEL',
        start: '2027-09-20',
        end: '2027-09-24',
      },
    ],
  },
  {
    id: 'blind-d055',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: 'Sore throat and a blocked nose since Monday, no temperature.',
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'ABOVE_NECK',
        start: '2027-09-06',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d056',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: "Shin is painful to touch after yesterday's run, worried it's a stress reaction.",
    events: [
      {
        kind: 'INJURY',
        start: '2027-09-07',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d057',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: 'Sorry for the silence, I was in hospital Thursday to Saturday with a kidney stone, all good now.',
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'BELOW_NECK_OR_FEVER',
        start: '2027-09-02',
        end: '2027-09-04',
      },
    ],
  },
  {
    id: 'blind-d058',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: 'Completed the long run, 2h10 at easy effort.',
    events: [],
  },
  {
    id: 'blind-d059',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: "Dad's funeral is on Monday, I'll be travelling up to Leeds Sunday and back Tuesday.",
    events: [
      {
        kind: 'FAMILY',
        start: '2027-09-12',
        end: '2027-09-14',
      },
      {
        kind: 'TRAVEL',
        start: '2027-09-12',
        end: '2027-09-14',
      },
    ],
  },
  {
    id: 'blind-d060',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: 'Feeling run down, heavy legs all week.',
    events: [
      {
        kind: 'FATIGUE',
        start: '2027-09-06',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d061',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: "The missus has the flu so I'm doing bedtime and school runs for the next few days.",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'FAMILY',
        severity: 'UNKNOWN',
        start: '2027-09-08',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d062',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: 'Off to Mallorca next week with the family, bringing my trainers!',
    events: [
      {
        kind: 'VACATION',
        start: '2027-09-13',
        end: '2027-09-19',
      },
      {
        kind: 'TRAVEL',
        start: '2027-09-13',
        end: '2027-09-19',
      },
    ],
  },
  {
    id: 'blind-d063',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: "Let's move Thursday's tempo to Friday, I've got a late meeting.",
    events: [],
  },
  {
    id: 'blind-d064',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: 'Went to bed with a headache and woke up at 38.2.',
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'BELOW_NECK_OR_FEVER',
        start: '2027-09-07',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d065',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: "Took Monday off with a cold, but I'm ok now.",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'ABOVE_NECK',
        start: '2027-09-06',
        end: '2027-09-06',
      },
    ],
  },
  {
    id: 'blind-d066',
    sentAt: '2027-09-08T17:30:00Z',
    timezone: 'Europe/London',
    text: 'My daughter broke her arm at the weekend, lots of hospital visits this week.',
    events: [
      {
        kind: 'FAMILY',
        start: '2027-09-04',
        end: null,
        scoreStart: false,
      },
    ],
  },
  {
    id: 'blind-d067',
    sentAt: '2027-11-13T20:30:00Z',
    timezone: 'Pacific/Auckland',
    text: 'Heading to Sydney Tuesday morning, back Friday.',
    events: [
      {
        kind: 'TRAVEL',
        start: '2027-11-16',
        end: '2027-11-19',
      },
    ],
  },
  {
    id: 'blind-d068',
    sentAt: '2027-11-13T20:30:00Z',
    timezone: 'Pacific/Auckland',
    text: 'Had a fever Friday night, better today but still coughing.',
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'BELOW_NECK_OR_FEVER',
        start: '2027-11-12',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d069',
    sentAt: '2027-11-13T20:30:00Z',
    timezone: 'Pacific/Auckland',
    text: 'Long run done this morning, 2h25, legs good.',
    events: [],
  },
  {
    id: 'blind-d070',
    sentAt: '2027-11-13T20:30:00Z',
    timezone: 'Pacific/Auckland',
    text: 'Busy week ahead at work, big presentation on Thursday.',
    events: [
      {
        kind: 'WORK_STRESS',
        start: '2027-11-15',
        end: '2027-11-18',
        scoreStart: false,
        scoreEnd: false,
      },
    ],
  },
  {
    id: 'blind-d071',
    sentAt: '2027-11-13T20:30:00Z',
    timezone: 'Pacific/Auckland',
    text: "Our daughter is getting her tonsils out on Wednesday, I'll be with her at the hospital Wed and Thu.",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'FAMILY',
        severity: 'UNKNOWN',
        start: '2027-11-17',
        end: '2027-11-18',
      },
    ],
  },
  {
    id: 'blind-d072',
    sentAt: '2027-11-13T20:30:00Z',
    timezone: 'Pacific/Auckland',
    text: 'Sick since Tuesday with a nasty chest infection.',
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'BELOW_NECK_OR_FEVER',
        start: '2027-11-09',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d073',
    sentAt: '2027-11-13T20:30:00Z',
    timezone: 'Pacific/Auckland',
    text: "Christmas holidays: we're in Queenstown from the 20th of December to the 3rd of Jan.",
    events: [
      {
        kind: 'VACATION',
        start: '2027-12-20',
        end: '2028-01-03',
      },
      {
        kind: 'TRAVEL',
        start: '2027-12-20',
        end: '2028-01-03',
      },
    ],
  },
  {
    id: 'blind-d074',
    sentAt: '2027-11-13T20:30:00Z',
    timezone: 'Pacific/Auckland',
    text: 'Pulled something in my lower back lifting the kayak yesterday.',
    events: [
      {
        kind: 'INJURY',
        start: '2027-11-13',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d075',
    sentAt: '2027-11-13T20:30:00Z',
    timezone: 'Pacific/Auckland',
    text: "I've been sleeping badly since the clocks changed.",
    events: [
      {
        kind: 'POOR_SLEEP',
        start: '2027-09-26',
        end: null,
        scoreStart: false,
        scoreEnd: false,
      },
    ],
  },
  {
    id: 'blind-d076',
    sentAt: '2027-11-13T20:30:00Z',
    timezone: 'Pacific/Auckland',
    text: 'What should I eat before the half marathon?',
    events: [],
  },
  {
    id: 'blind-d077',
    sentAt: '2027-11-13T20:30:00Z',
    timezone: 'Pacific/Auckland',
    text: "Wedding season: I'm a groomsman in Wellington next Saturday.",
    events: [
      {
        kind: 'TRAVEL',
        start: '2027-11-20',
        end: '2027-11-20',
      },
    ],
  },
  {
    id: 'blind-d078',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: "Stomach flu hit me on Wednesday, still can't eat much.",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'BELOW_NECK_OR_FEVER',
        start: '2027-01-20',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d079',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: "I'll be at a trade fair in Berlin Tuesday to Thursday next week.",
    events: [
      {
        kind: 'TRAVEL',
        start: '2027-01-26',
        end: '2027-01-28',
      },
    ],
  },
  {
    id: 'blind-d080',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: 'Norovirus went through the whole house Monday to Wednesday, everyone is fine now, me included.',
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'BELOW_NECK_OR_FEVER',
        start: '2027-01-18',
        end: '2027-01-20',
      },
    ],
  },
  {
    id: 'blind-d081',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: "my partner's away all next week so I can only run at lunch",
    events: [
      {
        kind: 'FAMILY',
        start: '2027-01-25',
        end: '2027-01-31',
      },
    ],
  },
  {
    id: 'blind-d082',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: 'Cross-country skiing this weekend instead of running, ok?',
    events: [],
  },
  {
    id: 'blind-d083',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: 'My achilles is sore again, it started on Monday.',
    events: [
      {
        kind: 'INJURY',
        start: '2027-01-18',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d084',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: 'Exhausted. Night shifts until Tuesday.',
    events: [
      {
        kind: 'WORK_STRESS',
        start: '2027-01-22',
        end: '2027-01-26',
      },
      {
        kind: 'FATIGUE',
        start: '2027-01-22',
        end: null,
        scoreStart: false,
        scoreEnd: false,
      },
    ],
  },
  {
    id: 'blind-d085',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: 'Grandma passed away last night, flying to Tromsø tomorrow for a few days.',
    events: [
      {
        kind: 'FAMILY',
        start: '2027-01-21',
        end: null,
        scoreStart: false,
        scoreEnd: false,
      },
      {
        kind: 'TRAVEL',
        start: '2027-01-23',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d086',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: "Crunch time at the office from now until Monday's deadline.",
    events: [
      {
        kind: 'WORK_STRESS',
        start: '2027-01-22',
        end: '2027-01-25',
      },
    ],
  },
  {
    id: 'blind-d087',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: 'Ran easy with my son today, his first 5k!',
    events: [],
  },
  {
    id: 'blind-d088',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: "My son has a fever, he's off school today",
    events: [
      {
        kind: 'ILLNESS',
        subject: 'FAMILY',
        severity: 'UNKNOWN',
        start: '2027-01-22',
        end: null,
      },
    ],
  },
  {
    id: 'blind-d089',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: 'Stayed home Tuesday and Wednesday with a migraine.',
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'ABOVE_NECK',
        start: '2027-01-19',
        end: '2027-01-20',
      },
    ],
  },
  {
    id: 'blind-d090',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: "The kids are off school all next week for winter break, I'm on dad duty.",
    events: [
      {
        kind: 'FAMILY',
        start: '2027-01-25',
        end: '2027-01-31',
      },
    ],
  },
  {
    id: 'blind-d091',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: 'Feeling great after the rest week, legs are fresh!',
    events: [],
  },
  {
    id: 'blind-d092',
    sentAt: '2027-01-22T11:00:00Z',
    timezone: 'Europe/Oslo',
    text: 'Fever since yesterday evening, my wife has it too.',
    events: [
      {
        kind: 'ILLNESS',
        subject: 'SELF',
        severity: 'BELOW_NECK_OR_FEVER',
        start: '2027-01-21',
        end: null,
      },
      {
        kind: 'ILLNESS',
        subject: 'FAMILY',
        severity: 'UNKNOWN',
        start: '2027-01-21',
        end: null,
      },
    ],
  },
];

/** The local calendar date of an instant in an IANA zone (YYYY-MM-DD), without the host's zone. */
export function localDateOf(instant: string, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The local time of day of an instant in an IANA zone (HH:MM, 24 h), as the API's chat gives the detector. */
export function localTimeOf(instant: string, timezone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/**
 * A blind message as a corpus message, with the zone and local time the API would pass: its kinds, and per event the subject, the severity of the athlete's own
 * illness (a family member's is UNKNOWN and not scored, as the README says) and each date the lead scores.
 */
export function blindToCorpus(message: BlindDateMessage): CorpusMessage {
  const details: CorpusExpectation[] = message.events.map((event) => {
    const expectation: CorpusExpectation = { kind: event.kind };
    if (event.subject !== undefined) expectation.subject = event.subject;
    if (event.severity !== undefined && event.subject !== 'FAMILY') expectation.severity = event.severity;
    if (event.scoreStart !== false) expectation.startDate = event.start;
    if (event.scoreEnd !== false) expectation.endDate = event.end;
    return expectation;
  });
  return {
    id: message.id,
    text: message.text,
    referenceDate: localDateOf(message.sentAt, message.timezone),
    timezone: message.timezone,
    localTime: localTimeOf(message.sentAt, message.timezone),
    kinds: [...new Set(message.events.map((e) => e.kind))],
    details: details.length ? details : undefined,
  };
}

export const DATES_BLIND_CORPUS: CorpusMessage[] = DATES_BLIND_MESSAGES.map(blindToCorpus);
