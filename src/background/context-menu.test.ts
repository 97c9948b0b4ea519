import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, saveSettings } from '../settings';
import {
  MENU_CALL_LINK,
  MENU_CALL_SELECTION,
  MENU_COPY_LINK,
  noteContextTarget,
  noteSelection,
  onContextMenuClicked,
} from './context-menu';
import {
  browserJustStarted,
  pastPolicyWait,
  withFakeTimersPerTest,
} from '../../test/support/policy';

const clickOn = (overrides: Record<string, unknown>) =>
  ({
    editable: false,
    pageUrl: 'https://intranet.example/page',
    frameId: 0,
    ...overrides,
  }) as never;

describe('the context menu', () => {
  let tab: { id?: number };
  let update: ReturnType<typeof vi.spyOn>;
  let menuUpdate: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    fakeBrowser.reset();
    tab = await fakeBrowser.tabs.create({ url: 'https://intranet.example/page' });
    update = vi.spyOn(fakeBrowser.tabs, 'update');
    menuUpdate = vi.spyOn(fakeBrowser.contextMenus, 'update').mockResolvedValue(undefined);
  });

  it('shows "Call … with TrueConf" only while the selection is an address', async () => {
    await noteSelection(1, '  smith@conf.company.com ');
    expect(menuUpdate).toHaveBeenLastCalledWith(MENU_CALL_SELECTION, { visible: true });
    await noteSelection(1, 'call me maybe');
    expect(menuUpdate).toHaveBeenLastCalledWith(MENU_CALL_SELECTION, { visible: false });
    await noteSelection(1, 'smith&password=x');
    expect(menuUpdate).toHaveBeenLastCalledWith(MENU_CALL_SELECTION, { visible: false });
  });

  it('shows "Call …" for a selected phone number only while phone calls are on', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS });
    await noteSelection(1, '+7 (916) 555-12-34');
    expect(menuUpdate).toHaveBeenLastCalledWith(MENU_CALL_SELECTION, { visible: false });
    await saveSettings({ ...DEFAULT_SETTINGS, phoneCalls: true });
    await noteSelection(1, ' +7 (916) 555-12-34 ');
    expect(menuUpdate).toHaveBeenLastCalledWith(MENU_CALL_SELECTION, { visible: true });
    await noteSelection(1, '+7 916 555');
    expect(menuUpdate).toHaveBeenLastCalledWith(MENU_CALL_SELECTION, { visible: false });
  });

  it('calls a selected phone number as its #tel: link while phone calls are on', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, phoneCalls: true });
    await onContextMenuClicked(
      clickOn({ menuItemId: MENU_CALL_SELECTION, selectionText: '8 800 555-35-35' }),
      tab as never,
    );
    expect(update).toHaveBeenCalledExactlyOnceWith(tab.id, { url: 'trueconf:#tel:+78005553535' });
    update.mockClear();
    await saveSettings({ ...DEFAULT_SETTINGS });
    await onContextMenuClicked(
      clickOn({ menuItemId: MENU_CALL_SELECTION, selectionText: '8 800 555-35-35' }),
      tab as never,
    );
    expect(update).not.toHaveBeenCalled();
  });

  it('shows the link items for trueconf:, visicall: and known web conference links only', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, knownServers: ['tc.acme.example'] });
    for (const href of [
      'trueconf:smith',
      'visicall:\\c\\4154248070',
      'https://tc.acme.example/c/4154248070',
      'https://tc.acme.example/webrtc/4154248070',
      `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://tc.acme.example/c/4154248070')}&data=05`,
      `https://www.google.com/url?q=${encodeURIComponent('trueconf:smith')}&sa=D`,
    ]) {
      menuUpdate.mockClear();
      await noteContextTarget(1, href);
      expect(menuUpdate).toHaveBeenCalledWith(MENU_CALL_LINK, { visible: true });
      expect(menuUpdate).toHaveBeenCalledWith(MENU_COPY_LINK, { visible: true });
    }
    for (const href of [
      null,
      'https://forum.example/c/general',
      'https://forum.example/c/4154248070',
      'mailto:a@b.example',
      'trueconf:[user]@[server]',
      `https://www.google.com/url?q=${encodeURIComponent('https://forum.example/c/4154248070')}`,
    ]) {
      menuUpdate.mockClear();
      await noteContextTarget(1, href);
      expect(menuUpdate).toHaveBeenCalledWith(MENU_CALL_LINK, { visible: false });
    }
  });

  it('calls the selected address in the tab it was selected in', async () => {
    await onContextMenuClicked(
      clickOn({ menuItemId: MENU_CALL_SELECTION, selectionText: ' \\c\\4154248070 ' }),
      tab as never,
    );
    expect(update).toHaveBeenCalledExactlyOnceWith(tab.id, { url: 'trueconf:\\c\\4154248070' });
  });

  it('calls a visicall: link in its canonical trueconf: form', async () => {
    await onContextMenuClicked(
      clickOn({
        menuItemId: MENU_CALL_LINK,
        linkUrl: 'visicall:\\c\\4154248070@video.example.com%vcs',
      }),
      tab as never,
    );
    expect(update).toHaveBeenCalledExactlyOnceWith(tab.id, {
      url: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
    });
  });

  it('asks before a sign-in link chosen from the menu, because it came from the page', async () => {
    const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
    await onContextMenuClicked(
      clickOn({
        menuItemId: MENU_CALL_LINK,
        linkUrl: 'trueconf:login=user&password=pswd&encrypt=1&force=1',
      }),
      tab as never,
    );
    expect(update).not.toHaveBeenCalled();
    expect(createWindow).toHaveBeenCalledOnce();
  });

  it('copies the canonical trueconf: link through the page', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true);
    await onContextMenuClicked(
      clickOn({ menuItemId: MENU_COPY_LINK, linkUrl: 'VISICALL:smith', frameId: 3 }),
      tab as never,
    );
    expect(send).toHaveBeenCalledExactlyOnceWith(
      tab.id,
      { type: 'copy-text', text: 'trueconf:smith' },
      { frameId: 3 },
    );
    expect(update).not.toHaveBeenCalled();
  });

  describe('right after the browser starts, before the policy answers', () => {
    withFakeTimersPerTest();

    const choose = (menuItemId: string, more: Record<string, unknown>) =>
      pastPolicyWait(onContextMenuClicked(clickOn({ menuItemId, ...more }), tab as never));

    it('calls a plain address at once on the remembered policy', async () => {
      await browserJustStarted({}, {});
      await choose(MENU_CALL_SELECTION, { selectionText: 'smith@conf.company.com' });
      await choose(MENU_CALL_LINK, { linkUrl: 'trueconf:jones' });
      expect(update.mock.calls).toEqual([
        [tab.id, { url: 'trueconf:smith@conf.company.com' }],
        [tab.id, { url: 'trueconf:jones' }],
      ]);
    });

    it('asks at once about a sign-in link when no policy is remembered', async () => {
      await browserJustStarted({});
      const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
      await choose(MENU_CALL_LINK, { linkUrl: 'trueconf:login=user&password=pswd&force=1' });
      expect(createWindow).toHaveBeenCalledOnce();
      expect(update).not.toHaveBeenCalled();
    });

    it('under a policy that turned on "confirm every call" while the browser was closed, calls as remembered until it answers, then asks', async () => {
      const answer = await browserJustStarted({ confirmEveryCall: true }, {});
      const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
      await choose(MENU_CALL_SELECTION, { selectionText: 'smith@conf.company.com' });
      answer();
      await choose(MENU_CALL_SELECTION, { selectionText: 'jones@conf.company.com' });
      expect(update).toHaveBeenCalledExactlyOnceWith(tab.id, {
        url: 'trueconf:smith@conf.company.com',
      });
      expect(createWindow).toHaveBeenCalledOnce();
    });
  });
});
