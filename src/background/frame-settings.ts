import { writeFrameSettings } from '../settings/frame-settings-keeper';
import { onSettingsChanged } from '../settings';

function writeRecord(): void {
  // Nothing to do but wait: the next start or change writes it again.
  void writeFrameSettings().catch(() => undefined);
}

/**
 * For the background: keeps the frames' record of the settings (src/settings/frame-settings.ts)
 * right. Written at every start of the background (an install, an update, the browser's start, an
 * extension switched on again: whatever changed meanwhile, the policy included, whose first read
 * after the browser starts can take seconds; the last session's record serves the frames until
 * then) and after every change of the user's settings or the policy, which wakes the background.
 * Cheap when nothing changed: two reads, no write.
 */
export function keepFrameSettings(): () => void {
  writeRecord();
  return onSettingsChanged(writeRecord);
}
