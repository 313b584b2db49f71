// Runs in every e2e worker before the specs: quiet logs, a fixed test secret.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
process.env.JWT_SECRET = process.env.JWT_SECRET ?? 'coachline-e2e-test-secret-0123456789abcdef';
// Every spec signs up and logs in from 127.0.0.1 many times; the per-IP budget is unit-tested instead.
process.env.LOGIN_MAX_ATTEMPTS_PER_IP = process.env.LOGIN_MAX_ATTEMPTS_PER_IP ?? '1000000';
// No real-clock review tick: on a Sunday afternoon it would add weekly runs to the clubs the specs count. The
// specs call ReviewJobs.tick() with the time they mean (review-jobs.e2e-spec checks the switch).
process.env.REVIEW_SCHEDULE = process.env.REVIEW_SCHEDULE ?? 'false';
