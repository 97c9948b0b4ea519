import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetTab } from '../src/background/badge';
import { keepFrameSettings } from '../src/background/frame-settings';
import { registerCommands } from '../src/background/commands';
import { registerConferences } from '../src/background/conference-service';
import { createContextMenus, onContextMenuClicked } from '../src/background/context-menu';
import { handleBackgroundMessage } from '../src/background/message-router';
import { registerOmnibox } from '../src/background/omnibox';
import { resetPagePresenceOnSessionChange } from '../src/background/presence-service';
import { keepRuleVerdicts } from '../src/background/rule-verdicts';
import { keepPolicyRemembered } from '../src/settings';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) =>
    handleBackgroundMessage(message, sender),
  );
  browser.runtime.onInstalled.addListener(createContextMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClicked(info, tab));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  registerOmnibox();
  registerCommands();
  keepPolicyRemembered();
  keepRuleVerdicts();
  keepFrameSettings();
  registerConferences();
  resetPagePresenceOnSessionChange();
});
