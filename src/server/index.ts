export * from './address';
export * from './conferences';
export * from './client';
export * from './errors';
export * from './invitation';
export * from './schema';
export * from './session';
export * as assumptions from './assumptions';
export * from './presence';
