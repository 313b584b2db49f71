import { Badge } from '../../components/ui';

/**
 * What an athlete's review needs from the coach now, the one rule behind the badge in the queue and on the review:
 * read from its queue order (AthleteReview.urgency, priorityOf in the API: rank × 100,000 + the tie-breaks within the
 * band, readiness, days since contact and open suggestions, all under 100,000), i.e. the worst suggestion still open, or the engine's overall status when it made none. Acting
 * on the urgent suggestion lowers it, in the queue and on the review alike. (The engine's assessment of each of the
 * six components keeps its own status on the review.)
 */
export const NEEDS = [
  { value: 'URGENT', label: 'Urgent', tone: 'urgent' },
  { value: 'ATTENTION', label: 'Attention', tone: 'attention' },
  { value: 'OK', label: 'On track', tone: 'ok' },
] as const;
export type Need = (typeof NEEDS)[number]['value'];

export function needOf(urgency: number): Need {
  return urgency >= 200_000 ? 'URGENT' : urgency >= 100_000 ? 'ATTENTION' : 'OK';
}

export function NeedBadge({ urgency }: { urgency: number }) {
  const need = NEEDS.find((n) => n.value === needOf(urgency))!;
  return <Badge tone={need.tone}>{need.label}</Badge>;
}
