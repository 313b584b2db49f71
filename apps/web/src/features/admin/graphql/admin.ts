import { graphql } from '../../../graphql';
import { IntakeFields } from '../../onboarding/graphql/onboarding';

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      acceptUrl
      emailDelivery
      invitation {
        id
        email
        name
        role
        expiresAt
      }
    }
  }
`);

export const OnboardingQueueQuery = graphql(
  `
    query OnboardingQueue {
      onboardingQueue {
        invited {
          id
          email
          name
          role
          createdAt
          expiresAt
          coachUserId
        }
        intakePending {
          id
          name
          email
          timezone
          createdAt
          intakeStatus
          intakeStartedAt
          intakeSubmittedAt
          coaches {
            userId
            name
          }
        }
        unassigned {
          id
          name
          email
          timezone
          intakeStatus
          intakeStartedAt
          intakeSubmittedAt
          intake {
            ...IntakeFields
          }
          createdAt
        }
      }
    }
  `,
  [IntakeFields],
);

export const AssignAthleteMutation = graphql(`
  mutation AssignAthlete($input: AssignAthleteInput!) {
    assignAthlete(input: $input) {
      id
      coaches {
        userId
        name
        role
      }
    }
  }
`);

export const OrganizationQuery = graphql(`
  query Organization {
    organization {
      id
      name
      timezone
      reviewWeekday
      reviewTime
      createdAt
    }
  }
`);

export const UpdateOrganizationSettingsMutation = graphql(`
  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      id
      name
      timezone
      reviewWeekday
      reviewTime
      createdAt
    }
  }
`);

export const CoachesQuery = graphql(`
  query Coaches {
    coaches {
      userId
      name
      email
      athleteCount
    }
  }
`);

export const adminKeys = {
  queue: ['admin', 'onboarding'] as const,
  org: ['admin', 'organization'] as const,
  coaches: ['admin', 'coaches'] as const,
};
