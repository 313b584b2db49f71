import { AppConfigService } from '../config/app-config.service';
import { EmailDelivery } from '../graphql/enums';
import { Mailer } from './mailer.service';

const mailerFor = (smtpUrl: string | undefined) =>
  new Mailer({ smtpUrl, mailFrom: 'Coachline <no-reply@coachline.local>' } as unknown as AppConfigService);

/** The options the transport was built with (nodemailer keeps them on the transport). */
function transportOptions(mailer: Mailer, url: string): { requireTLS?: boolean; secure?: boolean } {
  const transporter = (mailer as unknown as { transporter(u: string): { options: object } }).transporter(url);
  return transporter.options as { requireTLS?: boolean };
}

describe(Mailer.name, () => {
  it('should say NOT_CONFIGURED and send nothing without SMTP_URL', async () => {
    const mailer = mailerFor(undefined);
    expect(mailer.configured).toBe(false);
    await expect(mailer.send({ to: 'a@b.test', subject: 's', text: 't' })).resolves.toBe(
      EmailDelivery.NOT_CONFIGURED,
    );
  });

  it.each([
    ['smtp://mail.example.com:587', true],
    ['smtp://user:pass@10.0.0.5:25', true],
    ['smtp://127.0.0.1:2525', false],
    ['smtp://localhost:2525', false],
    ['smtps://mail.example.com:465', false],
  ])('should require STARTTLS for %s: %s (no clear text beyond this machine)', (url, required) => {
    const mailer = mailerFor(url);
    expect(transportOptions(mailer, url).requireTLS).toBe(required);
    mailer.onModuleDestroy();
  });
});
