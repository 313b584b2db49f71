import { readFileSync } from 'fs';
import { join } from 'path';
import { AppConfigService } from './app-config.service';
import { EnvVars, validateEnv } from './env.schema';
import { reviewJobsOptionsFrom } from '../modules/reviews/jobs/review-jobs.service';

const configOf = (raw: Record<string, string>) => {
  const env = validateEnv(raw);
  return new AppConfigService({ get: (k: keyof EnvVars) => env[k] } as never);
};

describe(validateEnv.name, () => {
  it('should default the chat Redis prefix when it is unset or empty, and keep a given one', () => {
    expect(validateEnv({}).CHAT_REDIS_PREFIX).toBe('coachline:chat');
    expect(validateEnv({ CHAT_REDIS_PREFIX: '' }).CHAT_REDIS_PREFIX).toBe('coachline:chat');
    expect(validateEnv({ CHAT_REDIS_PREFIX: 'staging:chat' }).CHAT_REDIS_PREFIX).toBe('staging:chat');
  });

  it('should refuse a chat Redis prefix with spaces or other characters, naming the variable', () => {
    expect(() => validateEnv({ CHAT_REDIS_PREFIX: 'my chat' })).toThrow(/CHAT_REDIS_PREFIX/);
    expect(() => validateEnv({ CHAT_REDIS_PREFIX: 'x'.repeat(65) })).toThrow(/CHAT_REDIS_PREFIX/);
  });

  it('should accept an smtp:// or smtps:// SMTP_URL, none, and a sender with or without a name', () => {
    expect(validateEnv({}).SMTP_URL).toBeUndefined();
    expect(validateEnv({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
    expect(validateEnv({ SMTP_URL: 'smtps://u:p@mail.example.com:465' }).SMTP_URL).toBe(
      'smtps://u:p@mail.example.com:465',
    );
    expect(validateEnv({}).MAIL_FROM).toBe('Coachline <no-reply@coachline.local>');
    expect(validateEnv({ MAIL_FROM: 'coach@club.example' }).MAIL_FROM).toBe('coach@club.example');
    expect(validateEnv({ MAIL_FROM: 'Run Club <coach@club.example>' }).MAIL_FROM).toBe(
      'Run Club <coach@club.example>',
    );
  });

  it('should refuse an SMTP_URL that is not smtp(s) and a malformed sender', () => {
    expect(() => validateEnv({ SMTP_URL: 'http://mail.example.com' })).toThrow(/SMTP_URL/);
    expect(() => validateEnv({ SMTP_URL: 'mail.example.com:25' })).toThrow(/SMTP_URL/);
    expect(() => validateEnv({ MAIL_FROM: 'Coach <not an address>' })).toThrow(/MAIL_FROM/);
    expect(() => validateEnv({ MAIL_FROM: 'a@b.c\r\nBcc: x@y.z' })).toThrow(/MAIL_FROM/);
  });
});

describe('JWT_ACCESS_TTL_SECONDS', () => {
  it('should accept 60 s to one day and refuse more (beyond 2,147,483 s a Node timer fires at once)', () => {
    expect(validateEnv({ JWT_ACCESS_TTL_SECONDS: '60' }).JWT_ACCESS_TTL_SECONDS).toBe(60);
    expect(validateEnv({ JWT_ACCESS_TTL_SECONDS: '86400' }).JWT_ACCESS_TTL_SECONDS).toBe(86_400);
    expect(() => validateEnv({ JWT_ACCESS_TTL_SECONDS: '86401' })).toThrow(/JWT_ACCESS_TTL_SECONDS.*86400/);
    expect(() => validateEnv({ JWT_ACCESS_TTL_SECONDS: '2147484' })).toThrow(/JWT_ACCESS_TTL_SECONDS/);
  });
});

describe('TRUST_PROXY and CORS_ORIGINS', () => {
  it('should trust no proxy by default, and read true, a hop count or addresses as Express does', () => {
    expect(configOf({}).trustProxy).toBe(false);
    expect(configOf({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(configOf({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(configOf({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(configOf({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(() => validateEnv({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });

  it('should allow only the app’s own origin by default, else the listed origins or *', () => {
    expect(configOf({}).corsOrigins).toEqual(['http://localhost:3000']);
    expect(configOf({ PUBLIC_URL: 'https://coach.example/app' }).corsOrigins).toEqual([
      'https://coach.example',
    ]);
    expect(configOf({ CORS_ORIGINS: 'https://a.example, https://b.example:8443/' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example:8443',
    ]);
    expect(configOf({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
    expect(() => validateEnv({ CORS_ORIGINS: 'evil.example' })).toThrow(/CORS_ORIGINS/);
  });
});

describe('REVIEW_SCHEDULE', () => {
  it('should run the weekly tick wherever the review jobs run, unless set to false', () => {
    expect(reviewJobsOptionsFrom(configOf({}))).toMatchObject({ runWorkers: true, schedule: true });
    expect(reviewJobsOptionsFrom(configOf({ REVIEW_SCHEDULE: 'false' }))).toMatchObject({
      runWorkers: true,
      schedule: false,
    });
    expect(
      reviewJobsOptionsFrom(configOf({ REVIEW_JOBS_IN_API: 'false', REVIEW_SCHEDULE: 'false' }), 'worker'),
    ).toMatchObject({ runWorkers: true, schedule: false });
    expect(() => validateEnv({ REVIEW_SCHEDULE: 'no' })).toThrow(/REVIEW_SCHEDULE/);
  });
});

describe('.env.example', () => {
  it('should document every variable the app reads', () => {
    const example = readFileSync(join(__dirname, '..', '..', '..', '..', '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const read = Object.keys(new EnvVars());
    expect(read).toEqual(expect.arrayContaining(['DATABASE_URL', 'SMTP_URL', 'LOGIN_WINDOW_SECONDS']));
    expect(read.filter((k) => !documented.has(k))).toEqual([]);
  });
});
