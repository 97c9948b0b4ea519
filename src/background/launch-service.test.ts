import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readHistory, recordLaunch } from '../history/history';
import { loadSettings, POLICY_WAIT_MS, saveSettings, DEFAULT_SETTINGS } from '../settings';
import {
  browserJustStarted,
  pastPolicyWait,
  policyAnsweringLater,
} from '../../test/support/policy';
import type { Browser } from 'wxt/browser';
import type { ClickFacts } from '../messaging/messages';
import {
  contextFromSender,
  describePending,
  maskPassword,
  requestLaunch,
  requestWebLink,
  resolvePending,
} from './launch-service';

const SIGN_IN =
  'trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&password=pswd&encrypt=1&force=1';
const PAGE = 'https://intranet.example';

describe('the launch service', () => {
  let update: ReturnType<typeof vi.spyOn>;
  let createWindow: ReturnType<typeof vi.spyOn>;
  let tabId: number;

  beforeEach(async () => {
    fakeBrowser.reset();
    tabId = (await fakeBrowser.tabs.create({ url: `${PAGE}/` })).id ?? -1;
    update = vi.spyOn(fakeBrowser.tabs, 'update');
    createWindow = vi.spyOn(fakeBrowser.windows, 'create');
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  const heldId = (): string => {
    const url = String((createWindow.mock.calls[0]?.[0] as { url?: string } | undefined)?.url);
    return new URL(url).searchParams.get('id') ?? '';
  };

  it('launches a plain call from a page at once and records where it came from', async () => {
    const result = await requestLaunch('visicall:smith', {
      origin: 'page',
      pageOrigin: PAGE,
      tabId,
    });
    expect(result).toEqual({ ok: true, uri: 'trueconf:smith', outcome: 'handed-to-trueconf' });
    expect(update).toHaveBeenCalledExactlyOnceWith(tabId, { url: 'trueconf:smith' });
    expect(await readHistory()).toMatchObject([
      { uri: 'trueconf:smith', origin: 'page', pageOrigin: PAGE },
    ]);
  });

  it('holds a sign-in link from a page for confirmation, in an extension window', async () => {
    const result = await requestLaunch(SIGN_IN, { origin: 'page', pageOrigin: PAGE, tabId });
    expect(result).toEqual({ ok: true, outcome: 'awaiting-confirmation' });
    expect(update).not.toHaveBeenCalled();
    expect(createWindow).toHaveBeenCalledOnce();
    const view = describePending(heldId());
    expect(view).toMatchObject({ ok: true, kind: 'sign-in', pageOrigin: PAGE });
    expect(JSON.stringify(view)).not.toContain('pswd');
  });

  it('refuses a page link whose target hides parameters, and says why in its window', async () => {
    const hidden = 'trueconf:x%26h%3Devil.example%26login%3Dvictim%26password%3Dp%26force%3D1';
    const result = await requestLaunch(hidden, { origin: 'page', pageOrigin: PAGE, tabId });
    expect(result).toEqual({ ok: false, error: 'hidden-parameter' });
    expect(createWindow).toHaveBeenCalledOnce();
    expect(describePending(heldId())).toMatchObject({ ok: true, kind: 'refused' });
    expect(await resolvePending(heldId(), 'launch', false)).toEqual({
      ok: false,
      error: 'cancelled',
    });
    expect(update).not.toHaveBeenCalled();
    expect(await readHistory()).toEqual([]);
  });

  it('launches a held link exactly once when the user confirms, and nothing after a cancel', async () => {
    await requestLaunch(SIGN_IN, { origin: 'page', pageOrigin: PAGE, tabId });
    const id = heldId();
    expect(await resolvePending(id, 'launch', false)).toMatchObject({ ok: true, uri: SIGN_IN });
    expect(await resolvePending(id, 'launch', false)).toEqual({ ok: false, error: 'expired' });
    expect(update).toHaveBeenCalledExactlyOnceWith(tabId, { url: SIGN_IN });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('pswd');

    createWindow.mockClear();
    await requestLaunch(SIGN_IN, { origin: 'page', pageOrigin: PAGE, tabId });
    expect(await resolvePending(heldId(), 'cancel', false)).toEqual({
      ok: false,
      error: 'cancelled',
    });
    expect(update).toHaveBeenCalledOnce();
  });

  it('remembers a trusted site when asked, and then launches its sign-in links directly', async () => {
    await requestLaunch(SIGN_IN, { origin: 'page', pageOrigin: PAGE, tabId });
    await resolvePending(heldId(), 'launch', true);
    expect((await loadSettings()).settings.trustedSignInOrigins).toEqual([PAGE]);
    createWindow.mockClear();
    const again = await requestLaunch(SIGN_IN, { origin: 'page', pageOrigin: PAGE, tabId });
    expect(again).toMatchObject({ ok: true, outcome: 'handed-to-trueconf' });
    expect(createWindow).not.toHaveBeenCalled();
  });

  it('does not ask about what the user typed into the extension itself', async () => {
    const result = await requestLaunch(SIGN_IN, { origin: 'popup', tabId });
    expect(result).toMatchObject({ ok: true, outcome: 'handed-to-trueconf' });
    expect(createWindow).not.toHaveBeenCalled();
  });

  it('hands what the user typed into the extension to TrueConf before the policy answers', async () => {
    await recordLaunch({ uri: 'trueconf:brown', origin: 'popup' });
    await recordLaunch({ uri: 'trueconf:jones', origin: 'popup' });
    const answer = policyAnsweringLater({ historySize: 1 });
    const result = await requestLaunch('trueconf:smith', { origin: 'popup', tabId });
    expect(result).toEqual({ ok: true, uri: 'trueconf:smith', outcome: 'handed-to-trueconf' });
    expect(update).toHaveBeenCalledExactlyOnceWith(tabId, { url: 'trueconf:smith' });
    // The history entry waits for the policy, and keeps to the size it sets.
    expect((await readHistory()).map((entry) => entry.uri)).toEqual([
      'trueconf:jones',
      'trueconf:brown',
    ]);
    answer();
    await vi.waitFor(async () =>
      expect((await readHistory()).map((entry) => entry.uri)).toEqual(['trueconf:smith']),
    );
  });

  it('waits for the policy before deciding about a call from a page', async () => {
    const answer = policyAnsweringLater({ confirmEveryCall: true });
    const decided = requestLaunch('trueconf:smith', { origin: 'page', pageOrigin: PAGE, tabId });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(update).not.toHaveBeenCalled();
    expect(createWindow).not.toHaveBeenCalled();
    answer();
    expect(await decided).toEqual({ ok: true, outcome: 'awaiting-confirmation' });
    expect(update).not.toHaveBeenCalled();
  });

  it('asks before every call from a page when the user wants that', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, confirmEveryCall: true });
    const result = await requestLaunch('trueconf:smith', {
      origin: 'page',
      pageOrigin: PAGE,
      tabId,
    });
    expect(result).toEqual({ ok: true, outcome: 'awaiting-confirmation' });
    expect(describePending(heldId())).toMatchObject({ kind: 'confirm-call' });
  });

  it('refuses malformed addresses with the reason and launches nothing', async () => {
    expect(
      await requestLaunch('javascript:alert(1)', { origin: 'page', pageOrigin: PAGE, tabId }),
    ).toEqual({
      ok: false,
      error: 'not-a-trueconf-uri',
    });
    expect(await requestLaunch('trueconf:[user]', { origin: 'popup' })).toEqual({
      ok: false,
      error: 'template-placeholder',
    });
    expect(update).not.toHaveBeenCalled();
  });

  it('opens a known server’s web conference link in the app, in the browser, or asks', async () => {
    const url = 'https://tc.acme.example/c/4154248070';
    await saveSettings({ ...DEFAULT_SETTINGS, knownServers: ['tc.acme.example'] });
    expect(await requestWebLink(url, { origin: 'page', pageOrigin: PAGE, tabId })).toMatchObject({
      ok: true,
      uri: 'trueconf:\\c\\4154248070@tc.acme.example%23vcs',
    });

    await saveSettings({ ...DEFAULT_SETTINGS, knownServers: ['tc.acme.example'], webLinks: 'ask' });
    expect(await requestWebLink(url, { origin: 'page', pageOrigin: PAGE, tabId })).toEqual({
      ok: true,
      outcome: 'awaiting-confirmation',
    });
    update.mockClear();
    await resolvePending(heldId(), 'open-in-browser', false);
    expect(update).toHaveBeenCalledExactlyOnceWith(tabId, { url });
  });
});

describe('a page’s request right after the browser starts, before the policy answers', () => {
  let update: ReturnType<typeof vi.spyOn>;
  let createWindow: ReturnType<typeof vi.spyOn>;
  let tabId: number;
  const fromPage = (uri: string) =>
    pastPolicyWait(requestLaunch(uri, { origin: 'page', pageOrigin: PAGE, tabId }));
  const heldKinds = () =>
    createWindow.mock.calls.map((call: unknown[]) => {
      const url = String((call[0] as { url?: string } | undefined)?.url);
      const view = describePending(new URL(url).searchParams.get('id') ?? '');
      return view.ok ? view.kind : view.error;
    });

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    tabId = (await fakeBrowser.tabs.create({ url: `${PAGE}/` })).id ?? -1;
    update = vi.spyOn(fakeBrowser.tabs, 'update');
    createWindow = vi.spyOn(fakeBrowser.windows, 'create');
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('launches a plain call at once on a remembered policy that allows it', async () => {
    const answer = await browserJustStarted({ historySize: 1 }, { historySize: 1 });
    await recordLaunch({ uri: 'trueconf:brown', origin: 'popup' });
    expect(await fromPage('trueconf:smith')).toEqual({
      ok: true,
      uri: 'trueconf:smith',
      outcome: 'handed-to-trueconf',
    });
    expect(update).toHaveBeenCalledExactlyOnceWith(tabId, { url: 'trueconf:smith' });
    answer();
    await vi.waitFor(async () =>
      expect(await readHistory()).toMatchObject([
        { uri: 'trueconf:smith', origin: 'page', pageOrigin: PAGE },
      ]),
    );
  });

  it('asks at once about a sign-in link when no policy is remembered', async () => {
    await browserJustStarted({});
    expect(await fromPage(SIGN_IN)).toEqual({ ok: true, outcome: 'awaiting-confirmation' });
    expect(heldKinds()).toEqual(['sign-in']);
    expect(update).not.toHaveBeenCalled();
  });

  it('waits for the real policy before a plain call when none is remembered', async () => {
    const answer = await browserJustStarted({ confirmEveryCall: true });
    const decided = fromPage('trueconf:smith');
    await vi.advanceTimersByTimeAsync(5000);
    expect(update).not.toHaveBeenCalled();
    expect(createWindow).not.toHaveBeenCalled();
    answer();
    expect(await decided).toEqual({ ok: true, outcome: 'awaiting-confirmation' });
    expect(heldKinds()).toEqual(['confirm-call']);
    expect(update).not.toHaveBeenCalled();
  });

  it('asks at once when the remembered policy asks before every call', async () => {
    await browserJustStarted({}, { confirmEveryCall: true });
    expect(await fromPage('trueconf:smith')).toEqual({
      ok: true,
      outcome: 'awaiting-confirmation',
    });
    expect(heldKinds()).toEqual(['confirm-call']);
    expect(update).not.toHaveBeenCalled();
  });

  it('launches a sign-in link from a trusted site only once the real policy still trusts it', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, trustedSignInOrigins: [PAGE] });
    // The administrator now allows only the policy's own trusted sites: the user's trust is gone.
    const answer = await browserJustStarted({ locked: ['trustedSignInOrigins'] }, {});
    const decided = fromPage(SIGN_IN);
    await vi.advanceTimersByTimeAsync(5000);
    expect(update).not.toHaveBeenCalled();
    expect(createWindow).not.toHaveBeenCalled();
    answer();
    expect(await decided).toEqual({ ok: true, outcome: 'awaiting-confirmation' });
    expect(heldKinds()).toEqual(['sign-in']);
    expect(update).not.toHaveBeenCalled();
  });

  it('decides on the real policy when it answers within the wait, however short the wait', async () => {
    const answer = await browserJustStarted(
      { confirmEveryCall: true },
      { confirmEveryCall: false },
    );
    setTimeout(answer, Math.max(0, POLICY_WAIT_MS - 1));
    expect(await fromPage('trueconf:smith')).toEqual({
      ok: true,
      outcome: 'awaiting-confirmation',
    });
    expect(heldKinds()).toEqual(['confirm-call']);
    expect(update).not.toHaveBeenCalled();
  });

  it('holds a sign-in for the real policy when it answers just after the wait', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, trustedSignInOrigins: [PAGE] });
    const answer = await browserJustStarted({ locked: ['trustedSignInOrigins'] }, {});
    setTimeout(answer, POLICY_WAIT_MS + 1);
    const decided = fromPage(SIGN_IN);
    await vi.advanceTimersByTimeAsync(2);
    expect(await decided).toEqual({ ok: true, outcome: 'awaiting-confirmation' });
    expect(heldKinds()).toEqual(['sign-in']);
    expect(update).not.toHaveBeenCalled();
  });

  it('under a policy that turned on "confirm every call" while the browser was closed, launches plain calls until it answers and asks from then on', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, trustedSignInOrigins: [PAGE] });
    const answer = await browserJustStarted(
      { confirmEveryCall: true },
      { confirmEveryCall: false },
    );
    // The accepted window (see mayActBeforePolicyAnswers): a plain call goes as remembered.
    expect(await fromPage('trueconf:smith')).toMatchObject({ outcome: 'handed-to-trueconf' });
    // A sign-in, even from a site the user trusts, waits for the real policy, which asks.
    const signIn = fromPage(SIGN_IN);
    await vi.advanceTimersByTimeAsync(5000);
    expect(createWindow).not.toHaveBeenCalled();
    answer();
    expect(await signIn).toEqual({ ok: true, outcome: 'awaiting-confirmation' });
    expect(await fromPage('trueconf:jones')).toEqual({
      ok: true,
      outcome: 'awaiting-confirmation',
    });
    expect(heldKinds()).toEqual(['confirm-call', 'confirm-call']);
    expect(update).toHaveBeenCalledExactlyOnceWith(tabId, { url: 'trueconf:smith' });
  });
});

describe('the launch service and the rule against clickjacking', () => {
  let update: ReturnType<typeof vi.spyOn>;
  let createWindow: ReturnType<typeof vi.spyOn>;
  let createTab: ReturnType<typeof vi.spyOn>;
  let tabId: number;
  const pageSender = (frameId = 0) => ({
    id: fakeBrowser.runtime.id,
    url: `${PAGE}/`,
    origin: PAGE,
    frameId,
    tab: { id: tabId } as Browser.tabs.Tab,
  });
  const DELIBERATE: ClickFacts = {
    input: 'pointer',
    sameLink: true,
    hrefUnchanged: true,
    stableMs: 2000,
    uncovered: true,
    opacity: 1,
    width: 100,
    height: 20,
    viewportWidth: 1000,
    viewportHeight: 800,
    observedVisible: null,
  };
  const heldView = () => {
    const url = String((createWindow.mock.calls[0]?.[0] as { url?: string } | undefined)?.url);
    return describePending(new URL(url).searchParams.get('id') ?? '');
  };

  beforeEach(async () => {
    fakeBrowser.reset();
    tabId = (await fakeBrowser.tabs.create({ url: `${PAGE}/` })).id ?? -1;
    update = vi.spyOn(fakeBrowser.tabs, 'update');
    createWindow = vi.spyOn(fakeBrowser.windows, 'create');
    createTab = vi.spyOn(fakeBrowser.tabs, 'create');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('launches a deliberate click on a page’s link directly', async () => {
    const context = contextFromSender(pageSender(), 'page', DELIBERATE);
    expect(await requestLaunch('trueconf:smith', context)).toMatchObject({
      ok: true,
      outcome: 'handed-to-trueconf',
    });
    expect(createWindow).not.toHaveBeenCalled();
  });

  it('holds a doubtful or unreported click for confirmation and says why', async () => {
    for (const click of [{ ...DELIBERATE, hrefUnchanged: false }, undefined]) {
      createWindow.mockClear();
      const context = contextFromSender(pageSender(), 'page', click);
      expect(await requestLaunch('trueconf:smith', context)).toEqual({
        ok: true,
        outcome: 'awaiting-confirmation',
      });
      expect(heldView()).toMatchObject({ ok: true, kind: 'unclear-click', doubtfulClick: true });
    }
    expect(update).not.toHaveBeenCalled();
  });

  it('holds a doubtful click on a known server’s web link too', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, knownServers: ['tc.acme.example'] });
    const context = contextFromSender(pageSender(), 'page', { ...DELIBERATE, stableMs: 10 });
    expect(await requestWebLink('https://tc.acme.example/c/4154248070', context)).toEqual({
      ok: true,
      outcome: 'awaiting-confirmation',
    });
    expect(heldView()).toMatchObject({ kind: 'web-link', doubtfulClick: true });
  });

  it('trusts what the extension’s own pages ask for without click facts', () => {
    const sender = {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('/popup.html'),
    };
    expect(contextFromSender(sender, 'popup').doubtfulClick).toBeUndefined();
  });

  it('opens a web link from a frame "in the browser" in a new tab, never over the page', async () => {
    const url = 'https://tc.acme.example/c/4154248070';
    await saveSettings({ ...DEFAULT_SETTINGS, knownServers: ['tc.acme.example'], webLinks: 'ask' });
    await requestWebLink(url, contextFromSender(pageSender(3), 'page', DELIBERATE));
    const id = new URL(
      String((createWindow.mock.calls[0]?.[0] as { url: string }).url),
    ).searchParams.get('id');
    update.mockClear();
    await resolvePending(id ?? '', 'open-in-browser', false);
    expect(update).not.toHaveBeenCalled();
    expect(createTab).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ url, openerTabId: tabId }),
    );
  });
});

describe('maskPassword', () => {
  it('hides every password value and keeps the rest', () => {
    expect(maskPassword('trueconf:smith&PASSWORD=a%26b&force=1')).toBe(
      'trueconf:smith&PASSWORD=•••&force=1',
    );
    expect(maskPassword('trueconf:password=x&login=u')).toBe('trueconf:password=•••&login=u');
    expect(maskPassword('trueconf:smith')).toBe('trueconf:smith');
  });
});
