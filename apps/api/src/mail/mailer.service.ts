import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfigService } from '../config/app-config.service';
import { EmailDelivery } from '../graphql/enums';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** Per step: connecting, the greeting, and any silence on the socket. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * Sends e-mail through the SMTP server of `SMTP_URL` (none configured: nothing is sent and callers say so).
 * Never throws: a failure is logged (without the message body, which may hold a secret link) and reported
 * as `FAILED`, so the caller can fall back (an admin forwards the invitation link by hand).
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private transport?: { url: string; transporter: Transporter };
  /**
   * The whole send, end to end: a server that answers every command just before the socket timeout must
   * not hold the request (and the admin) for minutes.
   */
  sendDeadlineMs = 15_000;

  get configured(): boolean {
    return this.config.smtpUrl !== undefined;
  }

  constructor(private readonly config: AppConfigService) {}

  async send(email: OutgoingEmail): Promise<EmailDelivery> {
    const url = this.config.smtpUrl;
    if (!url) return EmailDelivery.NOT_CONFIGURED;
    try {
      const signal = AbortSignal.timeout(this.sendDeadlineMs); // nodemailer ≥ 10.6 aborts the SMTP session
      await this.transporter(url).sendMail({ from: this.config.mailFrom, ...email, signal } as Parameters<
        Transporter['sendMail']
      >[0]);
      return EmailDelivery.SENT;
    } catch (e) {
      this.logger.warn(`e-mail "${email.subject}" to ${email.to} not sent: ${(e as Error).message}`);
      return EmailDelivery.FAILED;
    }
  }

  private transporter(url: string): Transporter {
    if (this.transport?.url !== url) {
      this.transport?.transporter.close();
      // smtp:// upgrades with STARTTLS when offered; beyond this machine it must be offered, so that the
      // invitation link and the credentials never cross a network in clear text (smtps:// is TLS from the start).
      const { protocol, hostname } = new URL(url);
      const requireTLS = protocol === 'smtp:' && !LOOPBACK.has(hostname);
      this.transport = { url, transporter: createTransport({ url, requireTLS, ...TIMEOUTS }) };
    }
    return this.transport.transporter;
  }

  onModuleDestroy(): void {
    this.transport?.transporter.close();
  }
}
