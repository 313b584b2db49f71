import { readFileSync } from 'fs';
import { join } from 'path';
import { EnvVars, validateEnv } from './env.schema';

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

describe('.env.example', () => {
  it('should document every variable the app reads', () => {
    const example = readFileSync(join(__dirname, '..', '..', '..', '..', '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const read = Object.keys(new EnvVars());
    expect(read).toEqual(expect.arrayContaining(['DATABASE_URL', 'SMTP_URL', 'LOGIN_WINDOW_SECONDS']));
    expect(read.filter((k) => !documented.has(k))).toEqual([]);
  });
});
