import { useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../../lib/api';
import { AthleteTodayQuery, athleteKeys } from '../graphql/athlete';

export function useToday() {
  return useQuery({
    queryKey: athleteKeys.today,
    queryFn: () => gqlRequest(AthleteTodayQuery).then((d) => d.athleteToday),
    staleTime: 5 * 60_000,
  });
}
