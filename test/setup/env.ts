// Runs in every e2e worker before the specs: quiet logs, a fixed test secret.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
process.env.JWT_SECRET = process.env.JWT_SECRET ?? 'coachline-e2e-test-secret-0123456789abcdef';
