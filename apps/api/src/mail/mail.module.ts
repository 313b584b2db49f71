import { Module } from '@nestjs/common';
import { Mailer } from './mailer.service';

/** Outgoing e-mail (AppConfigModule is global). */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
