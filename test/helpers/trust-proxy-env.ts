// Imported first by specs that act as clients behind a proxy on this machine: the app believes
// X-Forwarded-For from loopback peers (config is read when the app module is imported).
process.env.TRUST_PROXY = 'loopback';
