export * from './entities';
export * from './data-source-options';
export * from './embedded-postgres';
export * from './snake-naming.strategy';
export * from './query-counter';
export * from './schema-diff';
export * from './schema-version';
export * from './backup';
