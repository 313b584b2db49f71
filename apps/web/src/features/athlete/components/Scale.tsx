import { useId } from 'react';

/** A 1–5 scale as big radio buttons (one tap on a phone); 5 is always the good end. */
export function Scale({
  legend,
  low,
  high,
  value,
  onChange,
}: {
  legend: string;
  low: string;
  high: string;
  value: number | null;
  onChange: (v: number) => void;
}) {
  const name = useId();
  return (
    <fieldset className="scale">
      <legend>{legend}</legend>
      <div className="scale-options">
        {[1, 2, 3, 4, 5].map((v) => (
          <label key={v} className={value === v ? 'scale-option selected' : 'scale-option'}>
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
            <span aria-hidden="true">{v}</span>
            <span className="sr-only">
              {v}
              {v === 1 ? ` (${low})` : v === 5 ? ` (${high})` : ''}
            </span>
          </label>
        ))}
      </div>
      <div className="scale-ends" aria-hidden="true">
        <span>{low}</span>
        <span>{high}</span>
      </div>
    </fieldset>
  );
}
