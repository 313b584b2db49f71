import { useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../../lib/api';
import { CheckInsQuery, athleteKeys } from '../graphql/athlete';

/** The athlete's saved check-in for a local date (their today), or null before they have checked in. */
export function useTodaysCheckIn(date: string | undefined) {
  return useQuery({
    queryKey: athleteKeys.checkIns(date ?? '', date ?? ''),
    queryFn: () => gqlRequest(CheckInsQuery, { from: date, to: date }).then((d) => d.checkIns[0] ?? null),
    enabled: !!date,
  });
}
