import { graphql } from '../../../graphql';
import { AuthFields } from '../../../lib/api';

export const LoginMutation = graphql(
  `
    mutation Login($input: LoginInput!) {
      login(input: $input) {
        ...AuthFields
      }
    }
  `,
  [AuthFields],
);

export const LogoutMutation = graphql(`
  mutation Logout($input: LogoutInput!) {
    logout(input: $input)
  }
`);
