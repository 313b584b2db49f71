import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfigService } from '../../config/app-config.service';
import { ChatNotifier } from '../chat/chat.notifier';
import { AthleteChange, AthleteChangeHooks } from '../training/athlete-change-hooks';
import { REVIEW_UPDATED_CHANNEL, ReviewRerun, ReviewUpdatedNotice } from './jobs/review-rerun.service';
import { ReviewsService } from './reviews.service';

/** How long the listener waits before reconnecting after its connection was lost. */
const RECONNECT_MS = 1000;

/**
 * Mid-week, in the API: an illness check-in, a confirmed context event, a proposal from the athlete's
 * message or an availability change asks for a re-run of that athlete's review (ReviewRerun: a pg-boss job
 * per athlete, debounced across instances; a missed key session asks from the tick). A proposal also
 * sends `context:proposed` to the athlete's coaches at once.
 *
 * Whichever process re-ran the review NOTIFYs when something urgent appeared; this instance LISTENs on a
 * connection of its own and pushes `review:updated` to the coaches' sockets it holds (locally: every
 * instance gets the notification). Decisions already taken are kept (see WeeklyReviewStore).
 */
@Injectable()
export class ReviewTriggers implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ReviewTriggers.name);
  private client: Client | null = null;
  private closing = false;
  private reconnect: NodeJS.Timeout | null = null;

  constructor(
    private readonly hooks: AthleteChangeHooks,
    private readonly rerun: ReviewRerun,
    private readonly notifier: ChatNotifier,
    private readonly reviews: ReviewsService,
    private readonly config: AppConfigService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.hooks.register((athleteId, change) => this.changed(athleteId, change));
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    const c = this.client;
    this.client = null;
    if (!c) return;
    // A frozen database never answers the goodbye: shutdown waits a second for it at most.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      c.end().catch(() => undefined),
      new Promise<void>((r) => (timer = setTimeout(r, 1000))),
    ]);
    clearTimeout(timer);
  }

  private async changed(athleteId: string, change: AthleteChange): Promise<void> {
    if (change.kind === 'SESSION_LOGGED') {
      this.notifier.sessionLogged({ athleteId, date: change.date }, await this.reviews.watchersOf(athleteId));
      return;
    }
    if (change.kind === 'CONTEXT_PROPOSED') {
      const coaches = await this.reviews.coachesOf(athleteId);
      this.notifier.contextProposed({ athleteId, contextEventIds: change.contextEventIds }, coaches);
    }
    await this.rerun.request(athleteId);
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.config.databaseUrl,
      application_name: 'coachline-review-pushes',
    });
    client.on('notification', (n) => {
      if (n.channel !== REVIEW_UPDATED_CHANNEL || !n.payload) return;
      this.push(JSON.parse(n.payload) as ReviewUpdatedNotice).catch((e: unknown) =>
        this.logger.error(`pushing review:updated failed: ${String(e)}`),
      );
    });
    const lost = (e?: unknown) => {
      if (this.client !== client || this.closing) return;
      this.client = null;
      this.logger.warn(`review push listener lost its connection${e ? `: ${String(e)}` : ''}; reconnecting`);
      client.end().catch(() => undefined);
      this.reconnect = setTimeout(() => {
        this.reconnect = null;
        this.listen().catch((err: unknown) => lost(err));
      }, RECONNECT_MS);
    };
    client.on('error', lost);
    client.on('end', () => lost());
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${REVIEW_UPDATED_CHANNEL}`);
    } catch (e) {
      lost(e); // the database is down at boot: the API starts, and the listener retries
    }
  }

  private async push(n: ReviewUpdatedNotice): Promise<void> {
    const coaches = await this.reviews.coachesOf(n.athleteId);
    this.notifier.reviewUpdated(
      {
        athleteId: n.athleteId,
        weekStart: n.weekStart,
        reviewId: n.reviewId,
        status: n.status,
        urgency: n.urgency,
        newlyUrgent: n.newlyUrgent,
      },
      coaches,
      true,
    );
  }
}
