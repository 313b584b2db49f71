import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../auth/access-policy.service';
import { AthleteChangeHooks } from '../training/athlete-change-hooks';
import { ContextProposalsService, ProposalTarget } from './context-proposals.service';

/** Any use of a dependency throws: reading a message touches neither the database nor the policy. */
function untouched<T extends object>(): T {
  return new Proxy({} as T, {
    get: (_target, prop) => {
      throw new Error(`unexpected use of ${String(prop)}`);
    },
  });
}

describe(ContextProposalsService.name, () => {
  const service = new ContextProposalsService(
    untouched<DataSource>(),
    untouched<AccessPolicy>(),
    untouched<AthleteChangeHooks>(),
  );
  const auckland: ProposalTarget = { organizationId: 'org', athleteId: 'ath', timeZone: 'Pacific/Auckland' };
  const nights = (body: string, at: string) =>
    service
      .detectIn(body, auckland, new Date(at))
      .filter((h) => h.kind === 'POOR_SLEEP')
      .map((h) => [h.startDate, h.endDate]);

  // Auckland is 13 hours ahead of UTC in December: 13:30 UTC on 5 Dec is 02:30 on Sunday 6 Dec there.
  it.each([
    ["Can't sleep", '2026-12-05T13:30:00Z', '2026-12-05'], // 02:30 Sun: the night in progress, from Saturday
    ["Can't sleep", '2026-12-06T10:30:00Z', '2026-12-06'], // 23:30 Sun: tonight
    ["I'll be up all night with the baby", '2026-12-06T10:30:00Z', '2026-12-06'], // 23:30 Sun: tonight
    ['I was up most of the night', '2026-12-06T10:30:00Z', '2026-12-05'], // 23:30 Sun: the night before
    ["Can't sleep tonight", '2026-12-05T13:30:00Z', '2026-12-05'], // 02:30 Sun: the night under way, Saturday's
    ["Can't sleep tonight", '2026-12-06T10:30:00Z', '2026-12-06'], // 23:30 Sun: tonight
  ])('should date "%s" sent at %s by the local time of day in the athlete zone', (body, at, night) => {
    expect(nights(body, at)).toEqual([[night, night]]);
  });

  // Still up before 04:00 in the athlete's zone, "tomorrow" is the day they wake into: the message's own day.
  it.each([
    ['2026-12-05T11:30:00Z', '2026-12-06'], // 00:30 Sun in Auckland (11:30 Sat in UTC)
    ['2026-12-05T19:00:00Z', '2026-12-07'], // 08:00 Sun in Auckland
  ])('should start "Flying to Sydney tomorrow" sent at %s on %s', (at, start) => {
    const [trip] = service.detectIn('Flying to Sydney tomorrow', auckland, new Date(at));
    expect([trip.kind, trip.startDate]).toEqual(['TRAVEL', start]);
  });
});
