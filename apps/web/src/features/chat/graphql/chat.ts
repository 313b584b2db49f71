import { graphql } from '../../../graphql';

export const ConversationsQuery = graphql(`
  query Conversations {
    conversations {
      id
      kind
      title
      athleteId
      canPost
      lastSeq
      lastReadSeq
      unreadCount
      lastMessageAt
      lastMessage {
        body
        senderUserId
      }
    }
  }
`);
