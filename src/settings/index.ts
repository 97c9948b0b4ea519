export * from './schema';
export * from './store';
export * from './sites';
export * from './policy';
export { CURRENT_SETTINGS_VERSION, migrateSettings, SETTINGS_MIGRATIONS } from './migrations';
