import { execFileSync } from 'node:child_process';

import { CalendarFeedError } from './ical-feed.errors';
import { buildPlanCalendar, CalendarSession, formatPrescription, PlanCalendarInput } from './ical-feed';

const GENERATED_AT = new Date('2025-01-03T09:00:00Z');

function session(
  overrides: Partial<CalendarSession> & Pick<CalendarSession, 'id' | 'date'>,
): CalendarSession {
  return {
    kind: 'RUN',
    minutes: 60,
    effort: { type: 'RPE', value: 4 },
    intervals: null,
    purpose: 'Easy aerobic volume.',
    ...overrides,
  };
}

/** Auckland is UTC+13 in January: the athlete's Monday starts on Sunday 11:00 UTC. */
const auckland: PlanCalendarInput = {
  athleteName: 'Aroha Ngata',
  timezone: 'Pacific/Auckland',
  generatedAt: GENERATED_AT,
  weeks: [
    {
      weekStart: '2025-01-06',
      version: 3,
      sessions: [
        session({ id: 'a-mon', date: '2025-01-06' }),
        session({ id: 'a-tue', date: '2025-01-07', kind: 'REST', minutes: 0, purpose: 'Rest.' }),
        session({
          id: 'a-wed',
          date: '2025-01-08',
          minutes: 45,
          effort: { type: 'RPE', value: 6 },
          intervals: {
            repeats: 10,
            workSeconds: 120,
            workEffort: { type: 'RPE', value: 8 },
            recoverySeconds: 60,
            recoveryEffort: { type: 'RPE', value: 3 },
          },
          purpose: 'VO2max stimulus: the last repeat should feel like the first.',
        }),
        session({
          id: 'a-thu',
          date: '2025-01-09',
          kind: 'STRENGTH',
          minutes: 40,
          effort: { type: 'RPE', value: 6 },
          purpose: 'Hip and calf strength.',
        }),
        session({ id: 'a-sun', date: '2025-01-12', minutes: 90, effort: { type: 'ZONE', value: 2 } }),
      ],
    },
  ],
};

/** Honolulu is UTC−10: the athlete's Sunday ends on Monday 10:00 UTC, and Dec 31 crosses into a new year. */
const honolulu: PlanCalendarInput = {
  athleteName: 'Keoni Kahale',
  timezone: 'Pacific/Honolulu',
  generatedAt: GENERATED_AT,
  weeks: [
    {
      weekStart: '2024-12-30',
      version: 1,
      sessions: [
        session({ id: 'h-tue', date: '2024-12-31', kind: 'CROSS_TRAINING', minutes: 50 }),
        session({
          id: 'h-sun',
          date: '2025-01-05',
          kind: 'RACE',
          minutes: 95,
          effort: { type: 'RPE', value: 9 },
        }),
      ],
    },
  ],
};

interface ParsedEvent {
  [property: string]: string;
}

/** Unfolds (RFC 5545 §3.1) and splits the VEVENTs into name → "params:value" maps. */
function parse(body: string): { lines: string[]; events: ParsedEvent[] } {
  const lines = body.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: ParsedEvent[] = [];
  let current: ParsedEvent | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const match = /^([A-Z-]+)([;:].*)$/.exec(line)!;
      current[match[1]] = match[2];
    }
  }
  return { lines, events };
}

const value = (raw: string): string => raw.slice(raw.indexOf(':') + 1);
const unescapeText = (text: string): string => text.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

describe(buildPlanCalendar.name, () => {
  it('should write a VCALENDAR with VERSION, PRODID, name and timezone before the events', () => {
    const { lines } = parse(buildPlanCalendar(auckland));

    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines[1]).toBe('VERSION:2.0');
    expect(lines).toContain('PRODID:-//Coachline//Plan feed//EN');
    expect(lines).toContain('X-WR-CALNAME:Aroha Ngata — Coachline plan');
    expect(lines).toContain('X-WR-TIMEZONE:Pacific/Auckland');
    expect(lines.indexOf('X-WR-TIMEZONE:Pacific/Auckland')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
  });

  it('should use the given PRODID when one is passed', () => {
    const body = buildPlanCalendar({ ...auckland, prodId: '//Example Club//Coachline//EN' });

    expect(parse(body).lines).toContain('PRODID:-//Example Club//Coachline//EN');
  });

  it('should write one VEVENT per session and none for rest days', () => {
    const { events } = parse(buildPlanCalendar(auckland));

    expect(events.map((e) => value(e.UID))).toEqual([
      'a-mon@coachline',
      'a-wed@coachline',
      'a-thu@coachline',
      'a-sun@coachline',
    ]);
  });

  it('should put each session on its local date as an all-day DATE when the athlete is in UTC+13', () => {
    const { events } = parse(buildPlanCalendar(auckland));

    expect(events.map((e) => [e.DTSTART, e.DTEND])).toEqual([
      [';VALUE=DATE:20250106', ';VALUE=DATE:20250107'],
      [';VALUE=DATE:20250108', ';VALUE=DATE:20250109'],
      [';VALUE=DATE:20250109', ';VALUE=DATE:20250110'],
      [';VALUE=DATE:20250112', ';VALUE=DATE:20250113'],
    ]);
  });

  it('should put each session on its local date as an all-day DATE when the athlete is in UTC−10', () => {
    const { events, lines } = parse(buildPlanCalendar(honolulu));

    expect(lines).toContain('X-WR-TIMEZONE:Pacific/Honolulu');
    expect(events.map((e) => [e.DTSTART, e.DTEND])).toEqual([
      [';VALUE=DATE:20241231', ';VALUE=DATE:20250101'],
      [';VALUE=DATE:20250105', ';VALUE=DATE:20250106'],
    ]);
  });

  it('should give the same dates whatever the server timezone is', () => {
    const feed = require.resolve('./ical-feed');
    const script = `process.stdout.write(require(${JSON.stringify(feed)}).buildPlanCalendar(${JSON.stringify(honolulu)}))`;
    const run = (tz: string): string =>
      execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
        timeout: 30_000,
      });

    const fromHonoluluServer = parse(run('Pacific/Honolulu')).events.map((e) => e.DTSTART);
    const fromKiritimatiServer = parse(run('Pacific/Kiritimati')).events.map((e) => e.DTSTART);

    expect(fromHonoluluServer).toEqual([';VALUE=DATE:20241231', ';VALUE=DATE:20250105']);
    expect(fromKiritimatiServer).toEqual(fromHonoluluServer);
  }, 60_000);

  it('should keep UIDs stable and carry the plan version as SEQUENCE when a week is republished', () => {
    const republished: PlanCalendarInput = {
      ...auckland,
      weeks: [{ ...auckland.weeks[0], version: 4 }],
      generatedAt: new Date('2025-01-05T09:00:00Z'),
    };

    const first = parse(buildPlanCalendar(auckland)).events;
    const second = parse(buildPlanCalendar(republished)).events;

    expect(second.map((e) => e.UID)).toEqual(first.map((e) => e.UID));
    expect(first.map((e) => value(e.SEQUENCE))).toEqual(['3', '3', '3', '3']);
    expect(second.map((e) => value(e.SEQUENCE))).toEqual(['4', '4', '4', '4']);
  });

  it('should produce byte-identical output for the same input and generatedAt', () => {
    expect(buildPlanCalendar(auckland)).toBe(buildPlanCalendar(auckland));
    expect(parse(buildPlanCalendar(auckland)).events[0].DTSTAMP).toBe(':20250103T090000Z');
  });

  it('should end every line with CRLF and fold lines longer than 75 octets', () => {
    const longPurpose = `Long run. ${'Settle into an easy rhythm, fuel every 30 minutes — ā ē ī ō ū; '.repeat(6)}`;
    const body = buildPlanCalendar({
      ...auckland,
      weeks: [
        {
          ...auckland.weeks[0],
          sessions: [session({ id: 'long', date: '2025-01-11', purpose: longPurpose })],
        },
      ],
    });

    expect(body.endsWith('\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physicalLines = body.split('\r\n');
    for (const line of physicalLines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(physicalLines.some((line) => line.startsWith(' '))).toBe(true);
    const description = unescapeText(value(parse(body).events[0].DESCRIPTION));
    expect(description).toBe(`Run 60 min @ RPE 4\n\n${longPurpose.trim()}`);
  });

  it('should summarise intervals as repeats × (work, recovery) with the total minutes', () => {
    const { events } = parse(buildPlanCalendar(auckland));

    expect(events.map((e) => unescapeText(value(e.SUMMARY)))).toEqual([
      'Run 60 min @ RPE 4',
      'Intervals: 10 × (2 min @ RPE 8, 1 min @ RPE 3) — 45 min',
      'Strength 40 min @ RPE 6',
      'Run 90 min @ Zone 2',
    ]);
  });

  it('should describe the prescription and the purpose, never pace or distance', () => {
    const body = buildPlanCalendar(auckland);
    const intervals = parse(body).events[1];

    expect(unescapeText(value(intervals.DESCRIPTION))).toBe(
      'Intervals: 10 × (2 min @ RPE 8, 1 min @ RPE 3) — 45 min\n' +
        'Whole session: RPE 6\n\n' +
        'VO2max stimulus: the last repeat should feel like the first.',
    );
    expect(body).not.toMatch(/pace|\bkm\b|\bmi\b|min\/km/i);
  });

  it('should mark events as free time so they do not block the athlete’s calendar', () => {
    expect(parse(buildPlanCalendar(auckland)).events.every((e) => e.TRANSP === ':TRANSPARENT')).toBe(true);
  });

  it('should escape the athlete name so it cannot inject calendar lines', () => {
    const body = buildPlanCalendar({ ...auckland, athleteName: 'Eve, Jr.\r\nBEGIN:VEVENT' });
    const { lines, events } = parse(body);

    expect(lines).toContain('X-WR-CALNAME:Eve\\, Jr.\\nBEGIN:VEVENT — Coachline plan');
    expect(events).toHaveLength(4);
  });

  it('should write an empty calendar when no week has sessions', () => {
    const { lines, events } = parse(buildPlanCalendar({ ...auckland, weeks: [] }));

    expect(events).toEqual([]);
    expect(lines).toContain('X-WR-TIMEZONE:Pacific/Auckland');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it.each<[string, Partial<PlanCalendarInput>, string]>([
    ['an unknown timezone', { timezone: 'Mars/Olympus_Mons' }, 'CALENDAR_INVALID_TIMEZONE'],
    [
      'an impossible date',
      {
        weeks: [
          { weekStart: '2025-02-24', version: 1, sessions: [session({ id: 'x', date: '2025-02-30' })] },
        ],
      },
      'CALENDAR_INVALID_DATE',
    ],
    [
      'a session listed twice',
      {
        weeks: [
          { weekStart: '2025-01-06', version: 1, sessions: [session({ id: 'x', date: '2025-01-06' })] },
          { weekStart: '2025-01-06', version: 2, sessions: [session({ id: 'x', date: '2025-01-07' })] },
        ],
      },
      'CALENDAR_INVALID_SESSION',
    ],
    [
      'a session id that is unsafe in a UID',
      {
        weeks: [
          { weekStart: '2025-01-06', version: 1, sessions: [session({ id: 'x\r\nY', date: '2025-01-06' })] },
        ],
      },
      'CALENDAR_INVALID_SESSION',
    ],
  ])('should throw a CalendarFeedError when given %s', (_label, overrides, code) => {
    expect(() => buildPlanCalendar({ ...auckland, ...overrides })).toThrow(
      expect.objectContaining({ name: CalendarFeedError.name, code }),
    );
  });
});

describe(formatPrescription.name, () => {
  it.each<[string, Parameters<typeof formatPrescription>[0], string]>([
    ['a steady run', { kind: 'RUN', minutes: 60, effort: { type: 'RPE', value: 4 } }, 'Run 60 min @ RPE 4'],
    [
      'a zone target',
      { kind: 'RUN', minutes: 75, effort: { type: 'ZONE', value: 2 } },
      'Run 75 min @ Zone 2',
    ],
    [
      'a zone of a 5-zone model',
      { kind: 'RUN', minutes: 75, effort: { type: 'ZONE', value: 2, scale: 5 } },
      'Run 75 min @ Zone 2 of 5',
    ],
    [
      'intervals at zones of a 3-zone model',
      {
        kind: 'RUN',
        minutes: 50,
        effort: { type: 'ZONE', value: 2, scale: 3 },
        intervals: {
          repeats: 4,
          workSeconds: 480,
          workEffort: { type: 'ZONE', value: 3, scale: 3 },
          recoverySeconds: 120,
          recoveryEffort: { type: 'ZONE', value: 1, scale: 3 },
        },
      },
      'Intervals: 4 × (8 min @ Zone 3 of 3, 2 min @ Zone 1 of 3) — 50 min',
    ],
    [
      'cross-training',
      { kind: 'CROSS_TRAINING', minutes: 45, effort: { type: 'RPE', value: 3.5 } },
      'Cross-training 45 min @ RPE 3.5',
    ],
    [
      'a ride (cross-training with its sport)',
      { kind: 'CROSS_TRAINING', minutes: 75, effort: { type: 'RPE', value: 6 }, sport: 'BIKE' },
      'Ride 75 min @ RPE 6',
    ],
    [
      'a swim',
      { kind: 'CROSS_TRAINING', minutes: 45, effort: { type: 'RPE', value: 4 }, sport: 'SWIM' },
      'Swim 45 min @ RPE 4',
    ],
    ['a race', { kind: 'RACE', minutes: 95, effort: { type: 'RPE', value: 9 } }, 'Race 95 min @ RPE 9'],
    ['a rest day', { kind: 'REST', minutes: 0, effort: { type: 'RPE', value: 0 } }, 'Rest day'],
    [
      'intervals without recovery',
      {
        kind: 'RUN',
        minutes: 40,
        effort: { type: 'RPE', value: 5 },
        intervals: {
          repeats: 3,
          workSeconds: 600,
          workEffort: { type: 'ZONE', value: 3 },
          recoverySeconds: 0,
          recoveryEffort: { type: 'RPE', value: 1 },
        },
      },
      'Intervals: 3 × 10 min @ Zone 3 — 40 min',
    ],
    [
      'short and uneven interval lengths',
      {
        kind: 'CROSS_TRAINING',
        minutes: 35,
        effort: { type: 'RPE', value: 6 },
        intervals: {
          repeats: 8,
          workSeconds: 90,
          workEffort: { type: 'RPE', value: 8 },
          recoverySeconds: 45,
          recoveryEffort: { type: 'RPE', value: 2 },
        },
      },
      'Cross-training intervals: 8 × (1 min 30 s @ RPE 8, 45 s @ RPE 2) — 35 min',
    ],
  ])('should format %s', (_label, prescription, expected) => {
    expect(formatPrescription(prescription)).toBe(expected);
  });
});
