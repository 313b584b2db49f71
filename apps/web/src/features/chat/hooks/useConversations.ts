import { useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../../lib/api';
import { chatKeys } from '../../../lib/chat-socket';
import { ConversationsQuery } from '../graphql/chat';

export function useConversations() {
  return useQuery({
    queryKey: chatKeys.conversations,
    queryFn: () => gqlRequest(ConversationsQuery).then((d) => d.conversations),
  });
}
