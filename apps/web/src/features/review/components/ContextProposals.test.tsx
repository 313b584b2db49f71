import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConfirmedNotice, type CompletedWeek } from './ContextProposals';

const week = (over: Partial<CompletedWeek> = {}): CompletedWeek => ({
  athleteName: 'Carl Context',
  weekStart: '2026-12-07',
  published: true,
  changing: false,
  ...over,
});
const text = () => screen.getByText(/^Confirmed/).textContent;

describe('what a confirmed context event says', () => {
  it('on a review still open: that it is confirmed, nothing about a published week', () => {
    render(
      <ConfirmedNotice
        event={{ kind: 'TRAVEL', startDate: '2026-12-08', endDate: '2026-12-10' }}
        week={null}
      />,
    );
    expect(text()).toBe('Confirmed: Travel, Tue 8 Dec – Thu 10 Dec.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('on a completed review, in its week: the published week was not changed for it, and where to change it', () => {
    render(
      <ConfirmedNotice
        event={{ kind: 'TRAVEL', startDate: '2026-12-08', endDate: '2026-12-10' }}
        week={week()}
      />,
    );
    expect(text()).toContain("Carl's published week from Mon 7 Dec was not changed for it");
    screen.getByRole('button', { name: 'Go to “Change this week”' });
  });

  it('an open-ended event from before the week touches it too', () => {
    render(
      <ConfirmedNotice event={{ kind: 'ILLNESS', startDate: '2026-12-01', endDate: null }} week={week()} />,
    );
    expect(text()).toMatch(/^Confirmed: Illness, Tue 1 Dec \(open-ended\)\. This review is completed/);
  });

  it('outside the week it published: says so, and points nowhere', () => {
    render(
      <ConfirmedNotice
        event={{ kind: 'FAMILY', startDate: '2026-12-14', endDate: '2026-12-15' }}
        week={week()}
      />,
    );
    expect(text()).toBe(
      'Confirmed: Family, Mon 14 Dec – Tue 15 Dec. It falls outside the week this completed review published (Mon 7 Dec – Sun 13 Dec).',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('with the week already open for a change: says to publish the change, no pointer', () => {
    render(
      <ConfirmedNotice
        event={{ kind: 'TRAVEL', startDate: '2026-12-08', endDate: '2026-12-10' }}
        week={week({ changing: true })}
      />,
    );
    screen.getByText('You have the week open for a change: edit it, then publish the change.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
