/**
 * Stored settings carry a `version`. Data written by an older release is brought up to the
 * current shape one step at a time, so every earlier version has exactly one path forward.
 * Settings live in storage.sync, so data from a *newer* release (another computer that updated
 * first) can arrive too: its fields are read as far as they are understood, with a notice.
 *
 * To change the shape: bump CURRENT_SETTINGS_VERSION, add the step from the previous version
 * below, and add a test that data of every earlier version still loads.
 */

export const CURRENT_SETTINGS_VERSION = 1;

export type SettingsData = Record<string, unknown>;
export type Migration = (data: SettingsData) => SettingsData;

export const SETTINGS_MIGRATIONS: Readonly<Record<number, Migration>> =
  /* @__PURE__ */ Object.freeze({
    // Version 0: data saved before the model carried a version stamp (hand-written or from the
    // pre-release skeleton). Its fields already had version 1's meaning; only the stamp is new.
    0: (data: SettingsData) => ({ ...data, version: 1 }),
  });

export type MigrationResult =
  | {
      ok: true;
      data: SettingsData;
      /** The version the data claimed; 0 when it had no stamp. */
      fromVersion: number;
      /** `['version']` when the version was unreadable or newer than this release knows. */
      notices: string[];
    }
  | { ok: false; reason: 'not-an-object' | 'no-migration-path' };

function isPlainObject(value: unknown): value is SettingsData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrateSettings(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = SETTINGS_MIGRATIONS,
  currentVersion: number = CURRENT_SETTINGS_VERSION,
): MigrationResult {
  if (!isPlainObject(raw)) return { ok: false, reason: 'not-an-object' };
  const claimed = raw.version === undefined ? 0 : raw.version;
  if (typeof claimed !== 'number' || !Number.isInteger(claimed) || claimed < 0) {
    // The fields may still be fine; the version stamp alone is not worth losing them for.
    return {
      ok: true,
      data: { ...raw, version: currentVersion },
      fromVersion: currentVersion,
      notices: ['version'],
    };
  }
  if (claimed > currentVersion) {
    return {
      ok: true,
      data: { ...raw, version: currentVersion },
      fromVersion: claimed,
      notices: ['version'],
    };
  }
  let data: SettingsData = { ...raw, version: claimed };
  for (let version = claimed; version < currentVersion; version += 1) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: 'no-migration-path' };
    data = step(data);
    if (!isPlainObject(data) || data.version !== version + 1) {
      return { ok: false, reason: 'no-migration-path' };
    }
  }
  return { ok: true, data, fromVersion: claimed, notices: [] };
}
