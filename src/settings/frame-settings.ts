import { defineItem, getValue, watch } from '../storage';

/**
 * What the frame script (src/frame/run-frame.ts) needs of the settings, in every frame of every
 * page: the click interceptor's few facts and the candidate check's. The background derives it
 * from the effective settings (the user's, with the administrator's policy over them) and keeps it
 * in storage.local (`frame-settings-keeper.ts`), so that a frame reads one small value instead of
 * reading storage.sync and managed storage and validating and merging the model itself: about
 * 2.4 ms less script time on a page of six frames, and none of the model's code in every frame
 * (docs/benchmark.md).
 */
export interface FrameSettings {
  /** Servers whose web conference links are TrueConf's, lower-case, the default server first. */
  knownServers: string[];
  /** Web conference links open in the app (or ask) rather than in the browser. */
  webLinksToApp: boolean;
  /** A page's tel:/callto: links go to TrueConf. */
  phoneTelLinks: boolean;
  /** Custom rules are set: they can match any text, so every frame has a candidate. */
  anyTextCandidate: boolean;
  /** Phone numbers on pages become links: a phone-like run of digits is a candidate. */
  phoneText: boolean;
  /** Sites switched off (host patterns as the settings hold them). */
  disabledSites: string[];
}

/** storage.local: the record, written only by the background. */
export const FRAME_SETTINGS_KEY = 'frameSettings';

/** Written with the record: a record of another release reads as missing until rewritten. */
export const FRAME_SETTINGS_VERSION = 1;

/**
 * What a frame goes by while there is no record (the first moments after installing, a profile
 * whose local storage was cleared): the defaults' own record. A test holds it to what the
 * background derives from the default settings.
 */
export const DEFAULT_FRAME_SETTINGS: FrameSettings = {
  knownServers: [],
  webLinksToApp: true,
  phoneTelLinks: false,
  anyTextCandidate: false,
  phoneText: false,
  disabledSites: [],
};

/** Far above what the settings allow, so a real record always passes; junk of any size does not. */
const MAX_LIST = 1000;
const MAX_ENTRY_LENGTH = 2048;

function isStringList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_LIST &&
    value.every((entry) => typeof entry === 'string' && entry.length <= MAX_ENTRY_LENGTH)
  );
}

/**
 * The record as stored, checked: anything but a whole record of this version (another release's,
 * a hand-edited profile's, a script's that should not have written it) gives the defaults.
 */
export function readFrameSettings(stored: unknown): FrameSettings {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_FRAME_SETTINGS;
  const record = stored as Record<string, unknown>;
  const flags = ['webLinksToApp', 'phoneTelLinks', 'anyTextCandidate', 'phoneText'] as const;
  if (
    record.v !== FRAME_SETTINGS_VERSION ||
    !isStringList(record.knownServers) ||
    !isStringList(record.disabledSites) ||
    !flags.every((flag) => typeof record[flag] === 'boolean')
  ) {
    return DEFAULT_FRAME_SETTINGS;
  }
  return {
    knownServers: record.knownServers,
    webLinksToApp: record.webLinksToApp as boolean,
    phoneTelLinks: record.phoneTelLinks as boolean,
    anyTextCandidate: record.anyTextCandidate as boolean,
    phoneText: record.phoneText as boolean,
    disabledSites: record.disabledSites,
  };
}

export const frameSettingsItem = defineItem<FrameSettings, FrameSettings & { v: number }>(
  'local',
  FRAME_SETTINGS_KEY,
  readFrameSettings,
);

/**
 * Calls `listener` with the frame's settings once read, and again whenever the background writes
 * new ones. A change that arrives before the first read has answered wins over that read.
 */
export function followFrameSettings(listener: (settings: FrameSettings) => void): void {
  let changed = false;
  watch(frameSettingsItem, (settings) => {
    changed = true;
    listener(settings);
  });
  void getValue(frameSettingsItem).then(
    (settings) => {
      if (!changed) listener(settings);
    },
    () => {
      if (!changed) listener(DEFAULT_FRAME_SETTINGS);
    },
  );
}
