import { graphql } from '../../../graphql';

export const AvailabilityFields = graphql(`
  fragment AvailabilityFields on WeekAvailability {
    athleteId
    weekStart
    source
    note
    totalMinutes
    usualTotalMinutes
    minutes
    usualMinutes
    updatedAt
  }
`);

export const MyWeekAvailabilityQuery = graphql(
  `
    query MyWeekAvailability($weekStart: String) {
      weekAvailability(weekStart: $weekStart) {
        ...AvailabilityFields
      }
    }
  `,
  [AvailabilityFields],
);

export const SetWeekAvailabilityMutation = graphql(
  `
    mutation SetWeekAvailability($input: SetWeekAvailabilityInput!) {
      setWeekAvailability(input: $input) {
        ...AvailabilityFields
      }
    }
  `,
  [AvailabilityFields],
);

export const ClearWeekAvailabilityMutation = graphql(
  `
    mutation ClearWeekAvailability($input: ClearWeekAvailabilityInput!) {
      clearWeekAvailability(input: $input) {
        ...AvailabilityFields
      }
    }
  `,
  [AvailabilityFields],
);

export const availabilityKeys = {
  week: (weekStart: string) => ['athlete', 'availability', weekStart] as const,
};
