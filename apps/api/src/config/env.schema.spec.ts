import { validateEnv } from './env.schema';

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
});
