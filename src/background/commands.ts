import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging/send';
import { classify } from '../protocol';
import { requestLaunch } from './launch-service';
import { pageOriginOf } from './page-origin';

export const COMMAND_CALL_SELECTION = 'call-selection';

/** "Call the selected text": asks the active tab's page for its selection and calls it. */
export async function callSelectionInActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return;
  const selection = await sendToTab(tab.id, { type: 'get-selection' }, { frameId: 0 }).catch(
    () => null,
  );
  if (selection === null) return;
  const classified = classify(selection);
  if (!classified.ok) return;
  await requestLaunch(classified.uri, {
    origin: 'shortcut',
    pageOrigin: pageOriginOf(tab.url),
    tabId: tab.id,
  });
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command) => {
    if (command === COMMAND_CALL_SELECTION) void callSelectionInActiveTab();
  });
}
