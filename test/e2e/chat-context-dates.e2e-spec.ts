import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { Actor, createClub } from '../helpers/factories';
import { gqlOk, gqlOkRetrying } from '../helpers/graphql';
import { createTestApp } from '../helpers/test-app';

const CONVERSATIONS = `{ conversations { id kind athleteId } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id createdAt } }`;
const PROPOSED = `query($a: ID!) { proposedContextEvents(athleteId: $a) { id kind startDate endDate messageId dateNote } }`;
const CONFIRM = `mutation($input: ConfirmContextEventInput!) { confirmContextEvent(input: $input) { status startDate dateNote } }`;

/** The local date of an instant in a zone, computed here independently of the API and the detector. */
function localDate(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Monday of the week of a local date, shifted by whole weeks. */
function mondayOf(iso: string, weeks = 0): string {
  const weekday = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return plusDays(iso, (weekday === 0 ? -6 : 1 - weekday) + 7 * weeks);
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(iso: string): number {
  return new Date(`${iso}T12:00:00Z`).getUTCDay();
}

/** "Sat 12 Dec", formatted here by Intl rather than by the detector's own code. */
function day(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T12:00:00Z`));
}

/** The local time of day of an instant in a zone, "HH:MM", computed here independently of the API. */
function localTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/**
 * A fixed-offset zone, never UTC, in which it is now one of `hours` o'clock local (the first that can be had):
 * the small hours or the afternoon in the athlete's zone, whatever the time of the run. Etc/GMT names count the
 * other way round: Etc/GMT-3 is UTC+3.
 */
function zoneAt(hours: number[]): string {
  const utcHour = new Date().getUTCHours();
  for (const hour of hours) {
    let offset = (((hour - utcHour) % 24) + 24) % 24;
    if (offset > 14) offset -= 24; // UTC-9 … UTC+14
    if (offset !== 0) return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
  }
  throw new Error(`no zone but UTC is at ${hours.join(' or ')} o'clock now`);
}

/**
 * Issue #10, "dates from chat that a coach can trust", through the API: an athlete's message in a zone far
 * from the server's proposes context dated in the athlete's local calendar, relative to the message's send time.
 */
describe('Chat context dates (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  async function proposalsFor(athlete: Actor, coach: Actor, body: string) {
    const list = (await gqlOk(app, CONVERSATIONS, {}, athlete.token)).conversations as any[];
    const direct = list.find((c) => c.kind === 'DIRECT').id as string;
    const sent = (
      await gqlOkRetrying(
        app,
        SEND,
        { input: { conversationId: direct, clientMessageId: randomUUID(), body } },
        athlete.token,
      )
    ).sendMessage;
    const proposed = (await gqlOk(app, PROPOSED, { a: athlete.athleteId }, coach.token))
      .proposedContextEvents as any[];
    return { sent, events: proposed.filter((e) => e.messageId === sent.id) };
  }

  it.each(['Pacific/Auckland', 'America/Los_Angeles'])(
    'should date proposals in the athlete zone (%s): a weekday pair of next week, a past range, a plan for the coming Monday, "next weekend" with its other reading, an open-ended illness',
    async (zone) => {
      const club = await createClub(app, zone);
      const athlete = club.athlete1;

      const stay = await proposalsFor(
        athlete,
        club.coachA,
        'My little one has chickenpox, I have to stay home Tuesday and Wednesday next week',
      );
      const today = localDate(stay.sent.createdAt, zone);
      expect(stay.events).toEqual([
        expect.objectContaining({
          kind: 'FAMILY', // a child's illness is the family's event, not the athlete's
          startDate: plusDays(mondayOf(today, 1), 1),
          endDate: plusDays(mondayOf(today, 1), 2),
        }),
      ]);

      const past = await proposalsFor(athlete, club.coachA, 'Was sick Mon-Wed last week, fine now');
      const lastMonday = mondayOf(localDate(past.sent.createdAt, zone), -1);
      expect(past.events).toEqual([
        expect.objectContaining({ kind: 'ILLNESS', startDate: lastMonday, endDate: plusDays(lastMonday, 2) }),
      ]);

      // A plan about a sick child ("I'm home with him Monday") is the coming Monday, not the one just gone.
      const home = await proposalsFor(athlete, club.coachA, "My son has a fever so I'm home with him Monday");
      const homeDay = localDate(home.sent.createdAt, zone);
      const comingMonday = plusDays(homeDay, (8 - weekday(homeDay)) % 7);
      expect(home.events).toEqual([
        expect.objectContaining({ kind: 'FAMILY', startDate: comingMonday, dateNote: null }),
      ]);

      // "next weekend" is next week's Saturday–Sunday; said Monday–Thursday it may mean the coming one, and
      // the proposal says which days it took and which the other reading would be.
      const wedding = await proposalsFor(athlete, club.coachA, 'Away at a wedding in York next weekend');
      const said = localDate(wedding.sent.createdAt, zone);
      const saturday = plusDays(mondayOf(said, 1), 5);
      const coming = plusDays(saturday, -7);
      const travel = wedding.events.find((e) => e.kind === 'TRAVEL');
      expect(travel).toMatchObject({ startDate: saturday, endDate: plusDays(saturday, 1) });
      expect(travel.dateNote).toBe(
        weekday(said) >= 1 && weekday(said) <= 4
          ? `"next weekend" read as ${day(saturday)} – ${day(plusDays(saturday, 1))}; it may mean ${day(coming)} – ${day(plusDays(coming, 1))}`
          : null,
      );
      // The coach takes the other reading: the decided event has its dates, no longer the note.
      const confirmed = (
        await gqlOk(
          app,
          CONFIRM,
          { input: { id: travel.id, startDate: coming, endDate: plusDays(coming, 1) } },
          club.coachA.token,
        )
      ).confirmContextEvent;
      expect(confirmed).toEqual({ status: 'CONFIRMED', startDate: coming, dateNote: null });

      const fever = await proposalsFor(athlete, club.coachA, 'Fever since yesterday, staying in bed');
      expect(fever.events).toEqual([
        expect.objectContaining({
          kind: 'ILLNESS',
          startDate: plusDays(localDate(fever.sent.createdAt, zone), -1),
          endDate: null,
        }),
      ]);
    },
  );

  it('should date the phrasings athletes write: "sick kid at home Monday" is that Monday, "next weekend, flying Thursday night" is Thursday to Sunday of that week', async () => {
    const zone = 'Pacific/Auckland';
    const club = await createClub(app, zone);
    const athlete = club.athlete1;

    // Being at home on Monday is where the athlete will be that day, not the end of something.
    const kid = await proposalsFor(athlete, club.coachA, 'sick kid at home Monday');
    const kidDay = localDate(kid.sent.createdAt, zone);
    const monday = plusDays(kidDay, (8 - weekday(kidDay)) % 7);
    expect(kid.events).toEqual([
      expect.objectContaining({ kind: 'FAMILY', startDate: monday, endDate: null }),
    ]);

    // The flight is the Thursday before the wedding's weekend, and the trip runs through it.
    const wedding = await proposalsFor(
      athlete,
      club.coachA,
      'Wedding in Italy next weekend, flying Thursday night',
    );
    const said = localDate(wedding.sent.createdAt, zone);
    const thursday = plusDays(mondayOf(said, 1), 3);
    const saturday = plusDays(thursday, 2);
    const coming = plusDays(saturday, -7);
    const travel = wedding.events.find((e) => e.kind === 'TRAVEL');
    expect(travel).toMatchObject({ startDate: thursday, endDate: plusDays(saturday, 1) });
    expect(travel.dateNote).toBe(
      weekday(said) >= 1 && weekday(said) <= 4
        ? `"next weekend" read as ${day(saturday)} – ${day(plusDays(saturday, 1))}; it may mean ${day(coming)} – ${day(plusDays(coming, 1))}`
        : null,
    );
  });

  it.each(['Pacific/Auckland', 'America/Los_Angeles'])(
    'should propose the field phrasings in the athlete zone (%s): on hols back Sunday, tight since Tuesday, off work for surgery till the 12th, a stag do the weekend after next, in London Mon-Wed next week for work',
    async (zone) => {
      const club = await createClub(app, zone);
      const athlete = club.athlete1;
      const send = async (body: string) => {
        const { sent, events } = await proposalsFor(athlete, club.coachA, body);
        return { today: localDate(sent.createdAt, zone), events };
      };
      /** The given weekday (0 = Sunday) on or after / on or before a local date. */
      const onOrAfter = (iso: string, wd: number) => plusDays(iso, (wd - weekday(iso) + 7) % 7);
      const onOrBefore = (iso: string, wd: number) => plusDays(iso, -((weekday(iso) - wd + 7) % 7));

      const hols = await send('on hols in Spain, back sunday');
      expect(hols.events).toContainEqual(
        expect.objectContaining({
          kind: 'VACATION',
          startDate: hols.today,
          endDate: onOrAfter(hols.today, 0),
        }),
      );

      const hamstring = await send('hamstring been tight since tues');
      expect(hamstring.events).toEqual([
        expect.objectContaining({ kind: 'INJURY', startDate: onOrBefore(hamstring.today, 2), endDate: null }),
      ]);

      // Surgery is an illness event, not a holiday; the 12th is the first one not yet gone.
      const surgery = await send('Off work til the 12th, surgery');
      const [y, m, d] = surgery.today.split('-').map(Number);
      const twelfth = new Date(Date.UTC(y, m - 1 + (d > 12 ? 1 : 0), 12, 12)).toISOString().slice(0, 10);
      expect(surgery.events).toEqual([
        expect.objectContaining({ kind: 'ILLNESS', startDate: surgery.today, endDate: twelfth }),
      ]);

      // A stag do, like a wedding, is a family event: Saturday–Sunday of the week after next.
      const stag = await send('stag do … weekend after next');
      const saturday = plusDays(mondayOf(stag.today, 2), 5);
      expect(stag.events).toEqual([
        expect.objectContaining({ kind: 'FAMILY', startDate: saturday, endDate: plusDays(saturday, 1) }),
      ]);

      const london = await send('in London Mon-Wed next wk for work');
      const monday = mondayOf(london.today, 1);
      expect(london.events).toEqual([
        expect.objectContaining({ kind: 'TRAVEL', startDate: monday, endDate: plusDays(monday, 2) }),
      ]);

      for (const negative of ['back on the bike sunday', 'spain was great', 'tight finish today!'])
        expect((await send(negative)).events).toEqual([]);
    },
  );

  it.each(['Pacific/Auckland', 'America/Los_Angeles'])(
    'should date each proposal from its own sentence in the athlete zone (%s): a fever and a sleepless night since last night, not the Tuesday the next sentence skips; a trip the next sentence carries on to Sunday',
    async (zone) => {
      const club = await createClub(app, zone);
      const { sent, events } = await proposalsFor(
        club.athlete1,
        club.coachA,
        'My son has a fever since last night, I was up most of the night. I will probably skip Tuesday.',
      );
      const lastNight = plusDays(localDate(sent.createdAt, zone), -1);
      const byKind = [...events].sort((a, b) => a.kind.localeCompare(b.kind));
      expect(byKind).toEqual([
        // The child's fever goes on from last night; the bad night is that night only.
        expect.objectContaining({ kind: 'FAMILY', startDate: lastNight, endDate: null }),
        expect.objectContaining({ kind: 'OTHER', startDate: lastNight, endDate: lastNight }),
      ]);

      // The second sentence carries the first one's trip on to its end: the first Sunday from the Thursday.
      const oslo = await proposalsFor(
        club.athlete1,
        club.coachA,
        "On Thursday I fly to Oslo. I'll be there until Sunday.",
      );
      const today = localDate(oslo.sent.createdAt, zone);
      const thursday = plusDays(today, (4 - weekday(today) + 7) % 7);
      expect(oslo.events).toEqual([
        expect.objectContaining({ kind: 'TRAVEL', startDate: thursday, endDate: plusDays(thursday, 3) }),
      ]);
    },
  );

  it.each(['Pacific/Auckland', 'America/Los_Angeles'])(
    "should not let a following sentence's training talk or a moved session date a proposal (%s): last night stays one night, an illness stays open, a Monday-to-Monday trip is a week",
    async (zone) => {
      const club = await createClub(app, zone);
      const send = (body: string) => proposalsFor(club.athlete1, club.coachA, body);

      const night = await send('Barely slept last night. Skipping the run until Wednesday.');
      const lastNight = plusDays(localDate(night.sent.createdAt, zone), -1);
      expect(night.events).toEqual([
        expect.objectContaining({ kind: 'OTHER', startDate: lastNight, endDate: lastNight }),
      ]);

      const sick = await send('Sick since yesterday, can you push the long run to Sunday?');
      expect(sick.events).toEqual([
        expect.objectContaining({
          kind: 'ILLNESS',
          startDate: plusDays(localDate(sick.sent.createdAt, zone), -1),
          endDate: null,
        }),
      ]);

      const oslo = await send("Flying to Oslo on Monday. I'll be there until Monday.");
      const today = localDate(oslo.sent.createdAt, zone);
      const monday = plusDays(today, (1 - weekday(today) + 7) % 7);
      expect(oslo.events).toEqual([
        expect.objectContaining({ kind: 'TRAVEL', startDate: monday, endDate: plusDays(monday, 7) }),
      ]);
    },
  );

  // The message's local time of day in the athlete's zone, not the server's nor UTC, says which night "tonight"
  // is and which day "tomorrow" is: sent at 01:00–02:59 there, "tonight" is the night under way (the day
  // before's, as "last night" is) and "tomorrow" the day the athlete wakes into, the message's own day, with
  // the other reading in the note; sent in the afternoon, the calendar's.
  it.each([
    ['in the small hours', [1, 2]],
    ['in the afternoon', [14, 15]],
  ])(
    'should date "tonight", "last night" and "tomorrow" by the local time of day in the athlete zone (%s)',
    async (_when, hours) => {
      const zone = zoneAt(hours);
      const club = await createClub(app, zone);
      const send = async (body: string) => {
        const { sent, events } = await proposalsFor(club.athlete1, club.coachA, body);
        return { today: localDate(sent.createdAt, zone), time: localTime(sent.createdAt, zone), events };
      };

      const tonight = await send("Can't sleep tonight");
      const smallHours = tonight.time < '04:00';
      expect(smallHours).toBe(hours[0] < 4); // the zone puts the send where the case says
      const night = smallHours ? plusDays(tonight.today, -1) : tonight.today;
      expect(tonight.events).toEqual([
        expect.objectContaining({ kind: 'OTHER', startDate: night, endDate: night }),
      ]);

      const lastNight = await send('Slept badly last night');
      expect(lastNight.events).toEqual([
        expect.objectContaining({
          kind: 'OTHER',
          startDate: plusDays(lastNight.today, -1),
          endDate: plusDays(lastNight.today, -1),
        }),
      ]);

      const trip = await send('Flying to Berlin tomorrow');
      const calendarTomorrow = plusDays(trip.today, 1);
      expect(trip.events).toEqual([
        smallHours
          ? expect.objectContaining({
              kind: 'TRAVEL',
              startDate: trip.today,
              dateNote: `"tomorrow" read as ${day(trip.today)}; it may mean ${day(calendarTomorrow)}`,
            })
          : expect.objectContaining({ kind: 'TRAVEL', startDate: calendarTomorrow, dateNote: null }),
      ]);
    },
  );

  it.each(['Pacific/Auckland', 'America/Los_Angeles'])(
    'should date a bad night told as gone by the night before, keep a training restriction out of an injury\'s end, and propose "away" with its days as a trip (%s)',
    async (zone) => {
      const club = await createClub(app, zone);
      const send = (body: string) => proposalsFor(club.athlete1, club.coachA, body);

      // Told in the past at any time of day (in the small hours too), the bad night is the night before.
      const kiddo = await send('Kiddo has a fever so I was up most of the night');
      const today = localDate(kiddo.sent.createdAt, zone);
      expect([...kiddo.events].sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
        expect.objectContaining({ kind: 'FAMILY', startDate: today, endDate: null }),
        expect.objectContaining({
          kind: 'OTHER',
          startDate: plusDays(today, -1),
          endDate: plusDays(today, -1),
        }),
      ]);

      // "No running for 10 days" is how long training is held back, not how long the strain lasts.
      const calf = await send("Physio says it's a calf strain. No running for 10 days.");
      expect(calf.events).toEqual([
        expect.objectContaining({
          kind: 'INJURY',
          startDate: localDate(calf.sent.createdAt, zone),
          endDate: null,
        }),
      ]);

      const away = await send('Away Thursday to Sunday');
      const said = localDate(away.sent.createdAt, zone);
      const thursday = plusDays(said, (4 - weekday(said) + 7) % 7);
      expect(away.events).toEqual([
        expect.objectContaining({ kind: 'TRAVEL', startDate: thursday, endDate: plusDays(thursday, 3) }),
      ]);
    },
  );

  // Dates in figures are read in the order the athlete's zone writes them (date-order.ts): day first in New
  // Zealand, month first in the US; a rating beside them is no date.
  it.each([
    ['Pacific/Auckland', (d: number, m: number) => `${d}/${m}`],
    ['America/Los_Angeles', (d: number, m: number) => `${m}/${d}`],
  ] as const)(
    'should date a trip written in figures in the order of the athlete zone (%s), and not read the rating beside it',
    async (zone, write) => {
      const club = await createClub(app, zone);
      // The zone's date now: the trip is 10 to 12 days on, which the message writes in the zone's order.
      const start = plusDays(localDate(new Date().toISOString(), zone), 10);
      const end = plusDays(start, 2);
      const figures = (iso: string) => write(Number(iso.slice(8)), Number(iso.slice(5, 7)));
      const { events } = await proposalsFor(
        club.athlete1,
        club.coachA,
        `legs 7/10 today, away ${figures(start)}-${figures(end)}`,
      );
      expect(events).toEqual([expect.objectContaining({ kind: 'TRAVEL', startDate: start, endDate: end })]);
    },
  );
});
