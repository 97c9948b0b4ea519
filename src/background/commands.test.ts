import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, saveSettings } from '../settings';
import { callSelectionInActiveTab } from './commands';
import {
  browserJustStarted,
  pastPolicyWait,
  withFakeTimersPerTest,
} from '../../test/support/policy';

describe('the "call the selected text" shortcut', () => {
  let update: ReturnType<typeof vi.spyOn>;
  let tabId: number;

  beforeEach(async () => {
    fakeBrowser.reset();
    const tab = await fakeBrowser.tabs.create({ url: 'https://intranet.example/' });
    tabId = tab.id ?? -1;
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true } as never]);
    update = vi.spyOn(fakeBrowser.tabs, 'update');
  });

  it('calls what is selected in the active tab', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue('smith@conf.company.com');
    await callSelectionInActiveTab();
    expect(send).toHaveBeenCalledWith(tabId, { type: 'get-selection' }, { frameId: 0 });
    expect(update).toHaveBeenCalledExactlyOnceWith(tabId, {
      url: 'trueconf:smith@conf.company.com',
    });
  });

  it('calls a selected phone number while phone calls are on, and a bare number as an ID', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, phoneCalls: true });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce('+1 415-555-0132 ext. 12');
    await callSelectionInActiveTab();
    expect(update).toHaveBeenLastCalledWith(tabId, { url: 'trueconf:#tel:+14155550132' });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce('89165551234');
    await callSelectionInActiveTab();
    expect(update).toHaveBeenLastCalledWith(tabId, { url: 'trueconf:\\c\\89165551234' });
  });

  it('leaves a selected phone number alone while phone calls are off', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce('+7 916 555-12-34');
    await callSelectionInActiveTab();
    expect(update).not.toHaveBeenCalled();
  });

  it('does nothing when the selection is not an address or the page does not answer', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce('hello world');
    await callSelectionInActiveTab();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValueOnce(new Error('no receiver'));
    await callSelectionInActiveTab();
    expect(update).not.toHaveBeenCalled();
  });

  describe('right after the browser starts, before the policy answers', () => {
    withFakeTimersPerTest();

    const pressWithSelection = async (selection: string) => {
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce(selection);
      await pastPolicyWait(callSelectionInActiveTab());
    };

    it('calls a plain address at once on the remembered policy', async () => {
      await browserJustStarted({}, {});
      await pressWithSelection('smith@conf.company.com');
      expect(update).toHaveBeenCalledExactlyOnceWith(tabId, {
        url: 'trueconf:smith@conf.company.com',
      });
    });

    it('asks at once about a selected sign-in address when no policy is remembered', async () => {
      await browserJustStarted({});
      const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
      await pressWithSelection('trueconf:smith&h=video.example.com&force=1');
      expect(createWindow).toHaveBeenCalledOnce();
      expect(update).not.toHaveBeenCalled();
    });

    it('under a policy that turned on "confirm every call" while the browser was closed, calls as remembered until it answers, then asks', async () => {
      const answer = await browserJustStarted({ confirmEveryCall: true }, {});
      const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
      await pressWithSelection('smith@conf.company.com');
      answer();
      await pressWithSelection('jones@conf.company.com');
      expect(update).toHaveBeenCalledExactlyOnceWith(tabId, {
        url: 'trueconf:smith@conf.company.com',
      });
      expect(createWindow).toHaveBeenCalledOnce();
    });
  });
});
