import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  badInput,
  conflict,
  forbidden,
  isIsoDate,
  localDateIn,
  localTimeIn,
  notFound,
  toDayNumber,
} from '@app/common';
import { detectContext } from '@app/context';
import { ContextEventEntity, ContextEventKind, ContextEventSource, ContextEventStatus } from '@app/db';
import { AccessPolicy, ConversationAccess } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';
import { AthleteChangeHooks } from '../training/athlete-change-hooks';
import { MessageRow } from './chat.repository';

export interface ConfirmContextEventCommand {
  id: string;
  startDate?: string | null;
  endDate?: string | null;
  kind?: ContextEventKind | null;
}

/**
 * Context from chat: an athlete's message in their DIRECT conversation goes through the context detector
 * (@app/context); every hit becomes a PROPOSED context event linked to the message, written in the same
 * transaction as the message. The athlete's coaches confirm (it becomes a context event the engine uses)
 * or dismiss it.
 */
/** What the detector found in one message. */
export type DetectedHits = ReturnType<typeof detectContext>;

/** The conversation facts a proposal needs. */
export type ProposalTarget = Pick<ConversationAccess, 'organizationId' | 'athleteId' | 'timeZone'>;

@Injectable()
export class ContextProposalsService {
  private readonly logger = new Logger(ContextProposalsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly changes: AthleteChangeHooks,
  ) {}

  /** After the message's commit: the athlete's weekly review reacts to what was proposed. */
  announce(athleteId: string, contextEventIds: string[]): void {
    if (contextEventIds.length)
      this.changes.changed(athleteId, { kind: 'CONTEXT_PROPOSED', contextEventIds });
  }

  /** Whether the athlete's message mentions life context worth proposing (pure; no I/O). */
  hasContext(body: string, conversation: ProposalTarget, at: Date = new Date()): boolean {
    return this.detectIn(body, conversation, at).length > 0;
  }

  /**
   * The detector's hits for an athlete's message (pure; no I/O). The send passes them on to
   * proposeFromMessage, so a message is read once (the detector is the costliest step of a send).
   */
  detectIn(body: string, conversation: ProposalTarget, at: Date = new Date()): DetectedHits {
    return this.detect(body, conversation, at, 'send');
  }

  private detect(body: string, conversation: ProposalTarget, at: Date, what: string) {
    try {
      // The local time of day only says which night a bad night with no date is (the small hours are the night
      // before's).
      const referenceDate = localDateIn(conversation.timeZone, at);
      const localTime = localTimeIn(conversation.timeZone, at);
      return detectContext(body, { referenceDate, timezone: conversation.timeZone, localTime });
    } catch (e) {
      // The detector is advisory: it must never cost the athlete their message.
      this.logger.warn(`context detector failed (${what}): ${(e as Error).message}`);
      return [];
    }
  }

  /** Writes the proposals a message carries, in its transaction; returns their ids. */
  async proposeFromMessage(
    em: EntityManager,
    access: ProposalTarget,
    message: MessageRow,
    detected?: DetectedHits,
  ): Promise<string[]> {
    if (!access.athleteId) return [];
    const hits =
      detected ?? this.detect(message.body, access, new Date(message.created_at), `message ${message.id}`);
    if (!hits.length) return [];
    const repo = em.getRepository(ContextEventEntity);
    const saved = await repo.save(
      hits.map((h) =>
        repo.create({
          organizationId: access.organizationId,
          athleteId: access.athleteId as string,
          kind: h.eventKind as ContextEventKind,
          startDate: h.startDate,
          endDate: h.endDate,
          note: h.evidence,
          source: ContextEventSource.CHAT,
          status: ContextEventStatus.PROPOSED,
          messageId: message.id,
          details: {
            detectedKind: h.kind,
            subject: h.subject,
            severity: h.severity ?? null,
            confidence: h.confidence,
            evidence: h.evidence,
            dateEvidence: h.dateEvidence ?? null,
            dateNote: h.dateNote ?? null,
            endDateUnknown: h.endDateUnknown,
            datesFromText: h.datesFromText,
          },
          createdByUserId: message.sender_user_id,
          decidedByUserId: null,
        }),
      ),
    );
    return saved.map((e) => e.id);
  }

  /** Proposals awaiting a decision for an athlete: their coaches and the organization's admins see them. */
  async proposed(ctx: AuthContext, athleteId: string): Promise<ContextEventEntity[]> {
    await this.policy.staffAccess(ctx, athleteId);
    return this.db.getRepository(ContextEventEntity).find({
      where: { athleteId, status: ContextEventStatus.PROPOSED },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async confirm(ctx: AuthContext, cmd: ConfirmContextEventCommand): Promise<ContextEventEntity> {
    const event = await this.decide(ctx, cmd.id, ContextEventStatus.CONFIRMED, (event) => {
      const startDate = cmd.startDate ?? event.startDate;
      const endDate = cmd.endDate === undefined ? event.endDate : cmd.endDate;
      if (!isIsoDate(startDate) || (endDate !== null && !isIsoDate(endDate))) {
        throw badInput('Dates must be YYYY-MM-DD', 'INVALID_DATE');
      }
      if (endDate !== null && endDate < startDate) {
        throw badInput('endDate must not be before startDate', 'INVALID_DATE_RANGE');
      }
      // The same window as context entered by hand: within two years of today either way.
      const today = localDateIn('UTC', new Date());
      for (const d of [startDate, endDate]) {
        if (d !== null && Math.abs(toDayNumber(d) - toDayNumber(today)) > 731) {
          throw badInput(`${d} is too far from today`, 'DATE_OUT_OF_RANGE');
        }
      }
      return { startDate, endDate, kind: cmd.kind ?? event.kind };
    });
    this.changes.changed(event.athleteId, { kind: 'CONTEXT_CONFIRMED' });
    return event;
  }

  async dismiss(ctx: AuthContext, id: string): Promise<ContextEventEntity> {
    return this.decide(ctx, id, ContextEventStatus.DISMISSED, () => ({}));
  }

  private async decide(
    ctx: AuthContext,
    id: string,
    status: ContextEventStatus,
    changes: (
      event: ContextEventEntity,
    ) => Partial<Pick<ContextEventEntity, 'startDate' | 'endDate' | 'kind'>>,
  ): Promise<ContextEventEntity> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(ContextEventEntity);
      const event = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!event || event.organizationId !== ctx.organizationId) throw notFound('Context event');
      const { relation } = await this.policy.staffAccess(ctx, event.athleteId, em).catch(() => {
        throw notFound('Context event');
      });
      // Confirmed context changes plans and compliance: an assigned coach decides, admins only read.
      if (relation !== 'COACH') {
        throw forbidden('Only an assigned coach decides on proposed context', 'COACH_ONLY');
      }
      if (event.status !== ContextEventStatus.PROPOSED) {
        throw conflict(`This context event is already ${event.status}`, 'CONTEXT_EVENT_ALREADY_DECIDED');
      }
      await repo.update({ id }, { ...changes(event), status, decidedByUserId: ctx.userId });
      return repo.findOneOrFail({ where: { id } });
    });
  }
}
