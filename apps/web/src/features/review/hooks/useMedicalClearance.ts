import { useMutation, useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../../lib/api';
import { medicalClearanceQuery, RecordMedicalClearanceMutation } from '../graphql/review';

/**
 * The athlete's latest doctor's clearance, and recording one. The API generates the review of the coming week again
 * with it before it answers (`reviewRegeneration` says whether it did: GENERATED, KEPT_DONE, or QUEUED when that
 * failed and runs in the background), so `onRecorded` refreshing the page's queries shows the engine's answer.
 */
export function useMedicalClearance(athleteId: string, onRecorded: () => Promise<unknown> | void) {
  const latest = useQuery(medicalClearanceQuery(athleteId));
  const record = useMutation({
    mutationFn: async (v: { clearedOn: string; note: string }) =>
      (
        await gqlRequest(RecordMedicalClearanceMutation, {
          input: { athleteId, clearedOn: v.clearedOn, note: v.note.trim() || undefined },
        })
      ).recordMedicalClearance,
    onSuccess: async () => {
      await Promise.all([latest.refetch(), onRecorded()]);
    },
  });
  return { latest, record };
}
