import { Injectable, Logger } from '@nestjs/common';

/**
 * Sessions that just ended, for transports that keep a connection open (the chat gateway): either some
 * sessions (refresh-token families: a logout, a replayed refresh token) or every session of a person in an
 * organization (their membership was revoked). Published after the change is committed.
 */
export type SessionsEnded =
  | { sessionIds: string[]; reason: string; message: string }
  | { userId: string; organizationId: string; reason: string; message: string };

@Injectable()
export class SessionEvents {
  private readonly logger = new Logger(SessionEvents.name);
  private readonly listeners: Array<(e: SessionsEnded) => void> = [];

  on(listener: (e: SessionsEnded) => void): void {
    this.listeners.push(listener);
  }

  ended(e: SessionsEnded): void {
    for (const listener of this.listeners) {
      try {
        listener(e);
      } catch (err) {
        this.logger.error(`session end listener failed: ${(err as Error).message}`);
      }
    }
  }
}
