// Imported first by production-mode specs: config is read when the app module is imported.
process.env.NODE_ENV = 'production';
