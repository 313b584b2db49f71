import { dateOrderOf } from './date-order';

describe(dateOrderOf.name, () => {
  it.each([
    ['America/New_York', 'MONTH_FIRST'],
    ['America/Los_Angeles', 'MONTH_FIRST'],
    ['America/Indiana/Knox', 'MONTH_FIRST'],
    ['US/Pacific', 'MONTH_FIRST'],
    ['Pacific/Honolulu', 'MONTH_FIRST'],
    ['America/Toronto', 'EITHER'],
    ['Canada/Eastern', 'EITHER'],
    ['America/Montreal', 'EITHER'],
    ['America/Sao_Paulo', 'DAY_FIRST'],
    ['America/Mexico_City', 'DAY_FIRST'],
    ['Europe/London', 'DAY_FIRST'],
    ['Australia/Sydney', 'DAY_FIRST'],
    ['Pacific/Auckland', 'DAY_FIRST'],
    ['Etc/GMT+5', 'DAY_FIRST'],
    ['Not/A_Zone', 'DAY_FIRST'],
    [undefined, 'DAY_FIRST'],
  ])('should say an athlete in %s writes dates %s', (zone, order) => {
    expect(dateOrderOf(zone)).toBe(order);
  });
});
