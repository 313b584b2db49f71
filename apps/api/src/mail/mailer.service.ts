import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfigService } from '../config/app-config.service';
import { EmailDelivery } from '../graphql/enums';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** Generous but bounded: a slow mail server must not hold a request for minutes. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/**
 * Sends e-mail through the SMTP server of `SMTP_URL` (none configured: nothing is sent and callers say so).
 * Never throws: a failure is logged (without the message body, which may hold a secret link) and reported
 * as `FAILED`, so the caller can fall back (an admin forwards the invitation link by hand).
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private transport?: { url: string; transporter: Transporter };

  constructor(private readonly config: AppConfigService) {}

  async send(email: OutgoingEmail): Promise<EmailDelivery> {
    const url = this.config.smtpUrl;
    if (!url) return EmailDelivery.NOT_CONFIGURED;
    try {
      await this.transporter(url).sendMail({ from: this.config.mailFrom, ...email });
      return EmailDelivery.SENT;
    } catch (e) {
      this.logger.warn(`e-mail "${email.subject}" to ${email.to} not sent: ${(e as Error).message}`);
      return EmailDelivery.FAILED;
    }
  }

  private transporter(url: string): Transporter {
    if (this.transport?.url !== url) {
      this.transport?.transporter.close();
      this.transport = { url, transporter: createTransport({ url, ...TIMEOUTS }) };
    }
    return this.transport.transporter;
  }

  onModuleDestroy(): void {
    this.transport?.transporter.close();
  }
}
