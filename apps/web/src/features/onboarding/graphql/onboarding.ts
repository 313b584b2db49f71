import { graphql } from '../../../graphql';
import { AuthFields } from '../../../lib/api';

export const AcceptInvitationMutation = graphql(
  `
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
      acceptInvitation(input: $input) {
        ...AuthFields
      }
    }
  `,
  [AuthFields],
);

export const MyIntakeQuery = graphql(`
  query MyIntake($id: ID!) {
    athlete(id: $id) {
      id
      name
      timezone
      intakeSubmittedAt
    }
  }
`);

export const StartIntakeMutation = graphql(`
  mutation StartIntake {
    startIntake {
      id
      intakeStatus
      intakeStartedAt
    }
  }
`);

export const SubmitIntakeMutation = graphql(`
  mutation SubmitIntake($input: SubmitIntakeInput!) {
    submitIntake(input: $input) {
      id
      intakeSubmittedAt
    }
  }
`);

/** The intake questionnaire's answers, as the athlete's coaches and the organization's admins read them. */
export const IntakeFields = graphql(`
  fragment IntakeFields on Intake {
    goals
    typicalWeeklyHours
    yearsRunning
    longestRecentSessionMinutes
    availabilityMinutes
    injuryHistory
    lifeConstraints
    strengths
    weaknesses
    upcomingRaces {
      name
      date
      priority
    }
  }
`);

/** An athlete's intake (the API allows the athlete, their assigned coaches and the organization's admins). */
export const AthleteIntakeQuery = graphql(
  `
    query AthleteIntake($id: ID!) {
      athlete(id: $id) {
        id
        name
        intakeSubmittedAt
        intake {
          ...IntakeFields
        }
      }
    }
  `,
  [IntakeFields],
);

export const intakeKeys = {
  athlete: (athleteId: string) => ['athlete', athleteId, 'intake'] as const,
};
