export * from './domain-error';
export * from './local-date';
export * from './timer';
export * from './upload-limits';
