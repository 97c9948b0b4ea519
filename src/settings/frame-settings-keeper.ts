import { update } from '../storage';
import { FRAME_SETTINGS_VERSION, frameSettingsItem, type FrameSettings } from './frame-settings';
import { knownServersOf } from './known-servers';
import { phoneLinksOn, phoneTelLinksOn, type Settings } from './schema';
import { loadSettings } from './store';

/** The frame's record of the effective settings (see `frame-settings.ts`). */
export function frameSettingsOf(settings: Settings): FrameSettings {
  return {
    knownServers: knownServersOf(settings),
    webLinksToApp: settings.webLinks !== 'browser',
    phoneTelLinks: phoneTelLinksOn(settings),
    anyTextCandidate: settings.customRules.length > 0,
    phoneText: phoneLinksOn(settings),
    disabledSites: [...settings.disabledSites],
  };
}

function sameFrameSettings(a: FrameSettings, b: FrameSettings): boolean {
  return (Object.keys(b) as (keyof FrameSettings)[]).every(
    (key) => JSON.stringify(a[key]) === JSON.stringify(b[key]),
  );
}

/**
 * Derives the record from the settings as they are now and stores it when it differs. The read is
 * made in the write's turn, so two changes in a row can never leave the older one's record.
 */
export function writeFrameSettings(): Promise<void> {
  return update(frameSettingsItem, async (stored) => {
    const { settings } = await loadSettings();
    const next = frameSettingsOf(settings);
    // A missing record reads as the defaults' own: nothing to write for default settings.
    return sameFrameSettings(stored, next) ? undefined : { v: FRAME_SETTINGS_VERSION, ...next };
  }).then(() => undefined);
}
