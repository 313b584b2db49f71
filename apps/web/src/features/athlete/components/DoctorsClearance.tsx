import { Card } from '../../../components/ui';
import { formatLongDay } from '../../../lib/dates';

export interface ClearanceShown {
  clearedOn: string;
  recordedByName: string;
  note: string | null;
}

/**
 * The athlete's latest doctor's clearance, as their coach recorded it: the day, who recorded it, the note. Nothing
 * when none is on record.
 */
export function DoctorsClearance({ clearance }: { clearance: ClearanceShown | null | undefined }) {
  if (!clearance) return null;
  return (
    <Card title="Doctor's clearance">
      <p data-testid="my-medical-clearance">
        A doctor cleared you on {formatLongDay(clearance.clearedOn)} (recorded by {clearance.recordedByName}).
      </p>
      {clearance.note && (
        <blockquote className="coach-reasons">
          <strong>Note:</strong> {clearance.note}
        </blockquote>
      )}
      <p className="hint">Only the days after it count toward a new medical check.</p>
    </Card>
  );
}
