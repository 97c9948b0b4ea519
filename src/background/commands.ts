import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging/send';
import { requestLaunch } from './launch-service';
import { pageOriginOf } from './page-origin';
import { selectionCallUri } from './phone-call';

export const COMMAND_CALL_SELECTION = 'call-selection';

/**
 * "Call the selected text": asks the active tab's page for its selection and calls it (a TrueConf
 * address, or a phone number while phone calls are on).
 */
export async function callSelectionInActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return;
  const selection = await sendToTab(tab.id, { type: 'get-selection' }, { frameId: 0 }).catch(
    () => null,
  );
  if (selection === null) return;
  const uri = await selectionCallUri(selection);
  if (uri === null) return;
  await requestLaunch(uri, {
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
