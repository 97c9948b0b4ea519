import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundMessage } from '../src/background/message-router';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) =>
    handleBackgroundMessage(message, sender),
  );
});
