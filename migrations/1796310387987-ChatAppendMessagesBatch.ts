import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group commit for chat sends: `chat_append_messages` appends a batch of messages in one statement and
 * one transaction (one round trip and one WAL flush for the lot), each exactly as `chat_append_message`
 * does on its own: the next gapless seq under the conversation's row lock, a retry returning the original,
 * membership checked under the lock. Element i of the arrays is result row o_index = i. The caller passes
 * the batch ordered by conversation id, so concurrent batches lock conversations in the same order.
 */
export class ChatAppendMessagesBatch1796310387987 implements MigrationInterface {
  name = 'ChatAppendMessagesBatch1796310387987';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION chat_append_messages(
        p_conversation_ids uuid[], p_organization_ids uuid[], p_sender_user_ids uuid[],
        p_client_message_ids varchar[], p_bodies text[])
      RETURNS TABLE (o_index integer, o_status text, o_id uuid, o_conversation_id uuid, o_seq integer,
                     o_sender_user_id uuid, o_client_message_id varchar, o_body text, o_created_at timestamptz,
                     o_member_user_ids uuid[])
      LANGUAGE plpgsql AS $fn$
      BEGIN
        FOR i IN 1 .. coalesce(array_length(p_conversation_ids, 1), 0) LOOP
          RETURN QUERY SELECT i, r.* FROM chat_append_message(
            p_conversation_ids[i], p_organization_ids[i], p_sender_user_ids[i],
            p_client_message_ids[i], p_bodies[i]) r;
        END LOOP;
      END
      $fn$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION chat_append_messages(uuid[], uuid[], uuid[], varchar[], text[])`);
  }
}
