import { useMutation, useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../../lib/api';
import {
  medicalClearanceQuery,
  RecordMedicalClearanceMutation,
  RegenerateReviewMutation,
} from '../graphql/review';

/**
 * The athlete's latest doctor's clearance, and recording one: the review of the coming week is then generated again
 * (and waited for), so the page shows the engine's answer to it, then `onRecorded` refreshes the page's queries.
 */
export function useMedicalClearance(athleteId: string, onRecorded: () => Promise<unknown> | void) {
  const latest = useQuery(medicalClearanceQuery(athleteId));
  const record = useMutation({
    mutationFn: async (v: { clearedOn: string; note: string }) => {
      const saved = await gqlRequest(RecordMedicalClearanceMutation, {
        input: { athleteId, clearedOn: v.clearedOn, note: v.note.trim() || undefined },
      });
      await gqlRequest(RegenerateReviewMutation, { athleteIds: [athleteId] });
      return saved.recordMedicalClearance;
    },
    onSuccess: async () => {
      await Promise.all([latest.refetch(), onRecorded()]);
    },
  });
  return { latest, record };
}
