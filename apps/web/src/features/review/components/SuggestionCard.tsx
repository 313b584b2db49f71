import { Badge, Button } from '../../../components/ui';
import type { ResultOf } from '../../../graphql';
import { formatMinutes } from '../../../lib/dates';
import type { AthleteReviewQuery } from '../graphql/review';

type Suggestion = ResultOf<typeof AthleteReviewQuery>['athleteReview']['suggestions'][number];
type Change = Suggestion['changes'][number];

const DAY = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** One structured change in words. */
export function describeChange(c: Change): string {
  switch (c.type) {
    case 'SCALE_VOLUME':
      return `Scale the week's volume by ${c.percent != null ? `${c.percent > 0 ? '+' : ''}${Math.round(c.percent)} %` : 'a step'}`;
    case 'MOVE_SESSION':
      return `Move the ${DAY[c.fromDay ?? 0] ?? ''} session to ${DAY[c.toDay ?? 0] ?? 'another day'}`;
    case 'DROP_SESSION':
      return `Drop the ${DAY[c.fromDay ?? 0] ?? ''} session`.replace('  ', ' ');
    case 'INSERT_REST_DAYS':
      return `Rest on ${(c.days ?? []).map((d) => DAY[d]).join(', ') || 'the coming days'}`;
    case 'REPLACE_INTENSITY':
      return `Replace hard work with ${c.purpose ?? 'easy running'}${c.effort ? ` (${c.effort.type} ${c.effort.value})` : ''}`;
    case 'CHANGE_MESOCYCLE_FOCUS':
      return `Change the block's focus${c.from ? ` from ${c.from}` : ''}${c.to ? ` to ${c.to}` : ''}`;
    case 'SET_PHASE':
      return `Set the phase${c.to ? ` to ${c.to}` : ''}`;
    default:
      return c.type.replace(/_/g, ' ').toLowerCase();
  }
}

const SEVERITY: Record<string, 'urgent' | 'attention' | 'info'> = {
  URGENT: 'urgent',
  ATTENTION: 'attention',
  INFO: 'info',
};

export function SuggestionCard({
  suggestion,
  beforeMinutes,
  onApply,
  onDismiss,
  busy,
}: {
  suggestion: Suggestion;
  beforeMinutes: number | null;
  onApply: () => void;
  onDismiss: () => void;
  busy?: boolean;
}) {
  const after = suggestion.changes.find((c) => c.expectedTotalMinutes != null)?.expectedTotalMinutes ?? null;
  return (
    <article className="suggestion" aria-labelledby={`sg-${suggestion.id}`} data-testid="suggestion">
      <h3 id={`sg-${suggestion.id}`}>
        {suggestion.kind
          .replace(/_/g, ' ')
          .toLowerCase()
          .replace(/^./, (x) => x.toUpperCase())}
        <Badge tone={SEVERITY[suggestion.severity] ?? 'info'}>{suggestion.severity.toLowerCase()}</Badge>
      </h3>
      <p className="why">
        <strong>Why: </strong>
        {suggestion.rationale}
      </p>
      <div className="preview" role="group" aria-label="Preview of the change to next week">
        <ul>
          {suggestion.changes.map((c, i) => (
            <li key={i}>{describeChange(c)}</li>
          ))}
        </ul>
        {after != null && (
          <p className="before-after">
            Before: <strong>{beforeMinutes != null ? formatMinutes(beforeMinutes) : 'no plan yet'}</strong> →
            after: <strong>{formatMinutes(after)}</strong>
          </p>
        )}
      </div>
      <div className="row">
        <Button onClick={onApply} busy={busy}>
          Apply
        </Button>
        <Button variant="secondary" onClick={onDismiss} disabled={busy}>
          Dismiss
        </Button>
      </div>
    </article>
  );
}
