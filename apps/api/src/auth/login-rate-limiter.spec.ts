import { AppConfigService } from '../config/app-config.service';
import { LoginRateLimiter } from './login-rate-limiter';

const config = {
  loginLimits: { maxFailuresPerAccount: 3, maxAttemptsPerIp: 5, windowSeconds: 60 },
} as unknown as AppConfigService;

describe(LoginRateLimiter.name, () => {
  it('should block an account after its failures and release it when the window ends', () => {
    const l = new LoginRateLimiter(config);
    for (let i = 0; i < 3; i++) {
      l.checkAndCount('a@x', `ip${i}`, 1000);
      l.recordFailure('a@x', 1000);
    }
    expect(() => l.checkAndCount('a@x', 'ip9', 2000)).toThrow(/Too many login attempts/);
    expect(() => l.checkAndCount('b@x', 'ip9', 2000)).not.toThrow();
    expect(() => l.checkAndCount('a@x', 'ip9', 1000 + 61_000)).not.toThrow();
  });

  it('should block an IP that tries many accounts', () => {
    const l = new LoginRateLimiter(config);
    for (let i = 0; i < 5; i++) l.checkAndCount(`u${i}@x`, '1.2.3.4', 0);
    expect(() => l.checkAndCount('u9@x', '1.2.3.4', 0)).toThrow();
    expect(() => l.checkAndCount('u9@x', '5.6.7.8', 0)).not.toThrow();
  });

  it('should forget failures after a successful login', () => {
    const l = new LoginRateLimiter(config);
    l.recordFailure('a@x', 0);
    l.recordFailure('a@x', 0);
    l.recordSuccess('a@x');
    l.recordFailure('a@x', 0);
    expect(() => l.checkAndCount('a@x', 'ip', 0)).not.toThrow();
  });

  it('should lock an account for every password-checking path once it has too many failures', () => {
    const l = new LoginRateLimiter(config);
    expect(() => l.checkAccount('a@x', 0)).not.toThrow();
    for (let i = 0; i < 3; i++) l.recordFailure('a@x', 0);
    expect(() => l.checkAccount('a@x', 0)).toThrow(/Too many login attempts/);
    expect(() => l.checkAccount('a@x', 61_000)).not.toThrow();
  });
});
