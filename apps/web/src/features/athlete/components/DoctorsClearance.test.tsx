import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DoctorsClearance } from './DoctorsClearance';

describe('DoctorsClearance', () => {
  it('shows the day cleared, who recorded it and the note', () => {
    render(
      <DoctorsClearance
        clearance={{
          clearedOn: '2026-12-02',
          recordedByName: 'Diego Alvarez',
          note: 'Bloods normal, GP happy',
        }}
      />,
    );
    expect(screen.getByRole('heading', { name: "Doctor's clearance" })).toBeTruthy();
    expect(screen.getByTestId('my-medical-clearance').textContent).toBe(
      'A doctor cleared you on Wednesday 2 December (recorded by Diego Alvarez).',
    );
    expect(screen.getByText('Bloods normal, GP happy')).toBeTruthy();
  });

  it('shows no note when there is none, and nothing at all without a clearance', () => {
    const { container, rerender } = render(
      <DoctorsClearance
        clearance={{ clearedOn: '2026-12-02', recordedByName: 'Diego Alvarez', note: null }}
      />,
    );
    expect(screen.queryByText('Note:')).toBeNull();
    rerender(<DoctorsClearance clearance={null} />);
    expect(container.innerHTML).toBe('');
  });
});
