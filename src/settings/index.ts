export * from './schema';
export * from './store';
export * from './sites';
export * from './policy';
export * from './known-servers';
export * from './detect-options';
export { CURRENT_SETTINGS_VERSION, migrateSettings, SETTINGS_MIGRATIONS } from './migrations';
export * from './rule-verdicts';
