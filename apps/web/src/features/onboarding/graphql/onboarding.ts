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

export const SubmitIntakeMutation = graphql(`
  mutation SubmitIntake($input: SubmitIntakeInput!) {
    submitIntake(input: $input) {
      id
      intakeSubmittedAt
    }
  }
`);
