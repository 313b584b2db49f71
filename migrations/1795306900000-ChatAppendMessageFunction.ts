import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One round trip per chat message: allocate the next gapless seq under the conversation's row lock,
 * insert the message, move the sender's read marker and return the recipients, atomically. A retry
 * (same sender and clientMessageId) returns the original; when a concurrent retry wins the race, the
 * exception block rolls back our seq increment, so seqs stay gapless.
 */
export class ChatAppendMessageFunction1795306900000 implements MigrationInterface {
  name = 'ChatAppendMessageFunction1795306900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION chat_append_message(
        p_conversation_id uuid, p_organization_id uuid, p_sender_user_id uuid,
        p_client_message_id varchar, p_body text)
      RETURNS TABLE (o_status text, o_id uuid, o_conversation_id uuid, o_seq integer, o_sender_user_id uuid,
                     o_client_message_id varchar, o_body text, o_created_at timestamptz, o_member_user_ids uuid[])
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_seq integer;
        v_msg message%ROWTYPE;
      BEGIN
        SELECT * INTO v_msg FROM message m
         WHERE m.sender_user_id = p_sender_user_id AND m.client_message_id = p_client_message_id;
        IF FOUND THEN
          RETURN QUERY SELECT 'DUPLICATE', v_msg.id, v_msg.conversation_id, v_msg.seq, v_msg.sender_user_id,
                              v_msg.client_message_id, v_msg.body, v_msg.created_at, NULL::uuid[];
          RETURN;
        END IF;
        BEGIN
          UPDATE conversation c SET last_seq = c.last_seq + 1, last_message_at = now()
           WHERE c.id = p_conversation_id AND c.organization_id = p_organization_id
             AND EXISTS (SELECT 1 FROM conversation_member cm
                          WHERE cm.conversation_id = c.id AND cm.user_id = p_sender_user_id
                            AND cm.removed_at IS NULL AND cm.can_post)
          RETURNING c.last_seq INTO v_seq;
          IF NOT FOUND THEN
            RETURN QUERY SELECT 'NOT_A_MEMBER', NULL::uuid, NULL::uuid, NULL::integer, NULL::uuid,
                                NULL::varchar, NULL::text, NULL::timestamptz, NULL::uuid[];
            RETURN;
          END IF;
          INSERT INTO message (conversation_id, seq, sender_user_id, client_message_id, body)
          VALUES (p_conversation_id, v_seq, p_sender_user_id, p_client_message_id, p_body)
          RETURNING * INTO v_msg;
          UPDATE conversation_member cm SET last_read_seq = v_seq
           WHERE cm.conversation_id = p_conversation_id AND cm.user_id = p_sender_user_id;
        EXCEPTION WHEN unique_violation THEN
          -- A concurrent retry committed first; the block's seq increment is rolled back.
          SELECT * INTO v_msg FROM message m
           WHERE m.sender_user_id = p_sender_user_id AND m.client_message_id = p_client_message_id;
          RETURN QUERY SELECT 'DUPLICATE', v_msg.id, v_msg.conversation_id, v_msg.seq, v_msg.sender_user_id,
                              v_msg.client_message_id, v_msg.body, v_msg.created_at, NULL::uuid[];
          RETURN;
        END;
        RETURN QUERY SELECT 'OK', v_msg.id, v_msg.conversation_id, v_msg.seq, v_msg.sender_user_id,
                            v_msg.client_message_id, v_msg.body, v_msg.created_at,
                            (SELECT array_agg(cm.user_id) FROM conversation_member cm
                              WHERE cm.conversation_id = p_conversation_id AND cm.removed_at IS NULL);
      END
      $fn$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION chat_append_message(uuid, uuid, uuid, varchar, text)`);
  }
}
