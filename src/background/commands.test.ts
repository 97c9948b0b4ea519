import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { callSelectionInActiveTab } from './commands';

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

  it('does nothing when the selection is not an address or the page does not answer', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce('hello world');
    await callSelectionInActiveTab();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValueOnce(new Error('no receiver'));
    await callSelectionInActiveTab();
    expect(update).not.toHaveBeenCalled();
  });
});
