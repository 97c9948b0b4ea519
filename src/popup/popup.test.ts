// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAVOURITES_KEY, readFavourites } from '../favourites';
import type { LaunchRequest } from '../messaging/messages';
import { policyAnsweringLater } from '../../test/support/policy';
import { startPopup } from './popup';
import { fakeGetMessage, loadMessages } from '../../test/support/messages';

const en = loadMessages('en');
const text = fakeGetMessage(en);

let launches: LaunchRequest[];
let mount: HTMLElement;

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} missing`);
  return found as T;
}

function type(value: string): void {
  const field = byId<HTMLTextAreaElement>('address');
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function press(target: HTMLElement, key: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
  );
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    text as typeof fakeBrowser.i18n.getMessage,
  );
  launches = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as LaunchRequest;
    launches.push(request);
    return Promise.resolve({ ok: true, uri: request.uri, outcome: 'handed-to-trueconf' });
  });
  document.body.replaceChildren();
  mount = document.createElement('main');
  document.body.append(mount);
  await startPopup(mount, '');
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('the quick dial', () => {
  it('opens with the field focused, in the messages’ language', () => {
    expect(document.activeElement).toBe(byId('address'));
    expect(document.documentElement.lang).toBe('en');
    expect(byId('call').textContent).toBe('Call');
    expect(document.title).toBe(en.popup_title?.message);
  });

  it('previews the exact URI and what it does, and Enter hands it to TrueConf', async () => {
    type('\\c\\4154248070@video.example.com');
    expect(byId('preview-uri').textContent).toBe(
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    );
    expect(byId('preview-description').textContent).toBe(
      'Join conference 4154248070 on video.example.com',
    );
    press(byId('address'), 'Enter');
    await settle();
    expect(launches).toEqual([
      { type: 'launch', uri: 'trueconf:\\c\\4154248070@video.example.com%23vcs', origin: 'popup' },
    ]);
    expect(byId('result').textContent).toBe(
      text('popup_handed', [
        text('describe_joinConferenceOnServer', ['4154248070', 'video.example.com']),
      ]),
    );
    expect(byId('result').textContent).toMatch(/^Handed to TrueConf/);
  });

  it('keeps Shift+Enter for a line break and launches nothing', async () => {
    type('smith');
    press(byId('address'), 'Enter', { shiftKey: true });
    await settle();
    expect(launches).toEqual([]);
  });

  it('says why invalid input is refused and launches nothing', async () => {
    type('smith&password=x');
    expect(byId('preview-error').hidden).toBe(false);
    expect(byId('preview-error').textContent).toBe(text('error_invalid_login_character', ['&']));
    expect(byId('address').getAttribute('aria-invalid')).toBe('true');
    expect(byId('qr').hidden).toBe(true);
    press(byId('address'), 'Enter');
    await settle();
    expect(launches).toEqual([]);
    expect(byId('result').textContent).toContain(text('error_invalid_login_character', ['&']));
  });

  it('offers the readings of an ambiguous input and uses the chosen one', async () => {
    type('smith');
    expect(byId('choices').hidden).toBe(false);
    const radios = [...document.querySelectorAll<HTMLInputElement>('#choices input[type=radio]')];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual([
      'Call a user',
      'Call the conference this user moderates',
    ]);
    radios[1]?.click();
    expect(byId('preview-uri').textContent).toBe('trueconf:smith&conftype=hotquery');
    press(radios[1] as HTMLElement, 'Enter');
    await settle();
    expect(launches.map((launch) => launch.uri)).toEqual(['trueconf:smith&conftype=hotquery']);
    launches.length = 0;
    byId<HTMLInputElement>('autoclose').click();
    expect(byId('preview-uri').textContent).toBe('trueconf:smith&conftype=hotquery&autoclose=1');
    press(byId('address'), 'Enter');
    await settle();
    expect(launches.map((launch) => launch.uri)).toEqual([
      'trueconf:smith&conftype=hotquery&autoclose=1',
    ]);
  });

  it('says what it found in a pasted invitation', () => {
    type('You are invited to a TrueConf meeting.\nConference ID: 0003172451\nBye');
    expect(byId('preview-uri').textContent).toBe('trueconf:\\c\\0003172451');
    expect(byId('preview-found').textContent).toBe(text('popup_found_in_text', ['0003172451']));
  });

  it('hands the conference on its server when the pasted invitation gives its web link', async () => {
    type(
      'TrueConf meeting\nConference ID: 0003172451\nJoin: https://video.acme.example/c/0003172451',
    );
    expect(byId('choices').hidden).toBe(true);
    expect(byId('preview-found').textContent).toBe(
      text('popup_found_in_text', ['https://video.acme.example/c/0003172451']),
    );
    press(byId('address'), 'Enter');
    await settle();
    expect(launches.map((launch) => launch.uri)).toEqual([
      'trueconf:\\c\\0003172451@video.acme.example%23vcs',
    ]);
  });

  it('signs in with the call, masks the password, hides the QR code and forgets the password', async () => {
    type('smith');
    expect(byId('qr').hidden).toBe(false);
    expect(byId<HTMLInputElement>('sign-in-force').checked).toBe(true);
    expect(byId<HTMLDetailsElement>('sign-in').open).toBe(false);
    byId<HTMLInputElement>('sign-in-login').value = 'user';
    const password = byId<HTMLInputElement>('sign-in-password');
    password.value = 'p&ss=1';
    password.dispatchEvent(new Event('input', { bubbles: true }));
    expect(byId('preview-uri').textContent).toBe(
      'trueconf:smith&login=user&password=••••••&encrypt=1&force=1',
    );
    expect(byId('qr').hidden).toBe(true);
    expect(document.body.textContent).not.toContain('p&ss');
    press(byId('address'), 'Enter');
    await settle();
    expect(launches.map((launch) => launch.uri)).toEqual([
      'trueconf:smith&login=user&password=p%26ss%3D1&encrypt=1&force=1',
    ]);
    expect(password.value).toBe('');
  });

  it('adds the call, never the sign-in, to favourites, and lists it for one-click calls', async () => {
    type('smith');
    byId<HTMLInputElement>('sign-in-login').value = 'user';
    const password = byId<HTMLInputElement>('sign-in-password');
    password.value = 'secret';
    password.dispatchEvent(new Event('input', { bubbles: true }));
    byId('add-favourite').click();
    await settle();
    expect(await readFavourites()).toEqual([
      expect.objectContaining({
        uri: 'trueconf:smith',
        name: text('describe_callUser', ['smith']),
      }),
    ]);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(FAVOURITES_KEY))).not.toContain(
      'secret',
    );
    const item = document.querySelector<HTMLButtonElement>('#favourites .call-item');
    expect(item?.textContent).toContain('trueconf:smith');
    item?.click();
    await settle();
    expect(launches.map((launch) => launch.uri)).toEqual(['trueconf:smith']);
  });

  it('moves between the field and the calls with the arrow keys', async () => {
    await fakeBrowser.storage.sync.set({
      [FAVOURITES_KEY]: [
        { id: 'a', name: 'Smith', uri: 'trueconf:smith' },
        { id: 'b', name: 'Room', uri: 'trueconf:\\c\\4154248070' },
      ],
    });
    await settle();
    const items = [...document.querySelectorAll<HTMLButtonElement>('.call-item')];
    expect(items).toHaveLength(2);
    press(byId('address'), 'ArrowDown');
    expect(document.activeElement).toBe(items[0]);
    press(items[0] as HTMLElement, 'ArrowDown');
    expect(document.activeElement).toBe(items[1]);
    press(items[1] as HTMLElement, 'ArrowUp');
    press(items[0] as HTMLElement, 'ArrowUp');
    expect(document.activeElement).toBe(byId('address'));
  });

  it('reorders a favourite with Alt+Up and keeps it focused', async () => {
    await fakeBrowser.storage.sync.set({
      [FAVOURITES_KEY]: [
        { id: 'a', name: 'Smith', uri: 'trueconf:smith' },
        { id: 'b', name: 'Room', uri: 'trueconf:\\c\\4154248070' },
      ],
    });
    await settle();
    const room = document.querySelector<HTMLButtonElement>('[data-favourite-id="b"]');
    room?.focus();
    press(room as HTMLElement, 'ArrowUp', { altKey: true });
    await settle();
    expect((await readFavourites()).map((favourite) => favourite.id)).toEqual(['b', 'a']);
    expect((document.activeElement as HTMLElement | null)?.dataset.favouriteId).toBe('b');
  });

  it('renames a favourite with F2 and Enter', async () => {
    await fakeBrowser.storage.sync.set({
      [FAVOURITES_KEY]: [{ id: 'a', name: 'Smith', uri: 'trueconf:smith' }],
    });
    await settle();
    const item = document.querySelector<HTMLButtonElement>('[data-favourite-id="a"]');
    press(item as HTMLElement, 'F2');
    const input = document.querySelector<HTMLInputElement>('input.rename');
    expect(document.activeElement).toBe(input);
    if (!input) return;
    input.value = 'John Smith';
    press(input, 'Enter');
    await settle();
    expect((await readFavourites())[0]?.name).toBe('John Smith');
    expect(document.querySelector('#favourites .call-name')?.textContent).toBe('John Smith');
  });

  it('opens TrueConf with a bare trueconf:', async () => {
    byId('open-app').click();
    await settle();
    expect(launches.map((launch) => launch.uri)).toEqual(['trueconf:']);
  });

  it('shows recent calls from history, newest first, each once', async () => {
    const entry = (uri: string, time: number) => ({
      time,
      uri,
      description: { key: 'describe_callUser', substitutions: [uri.slice('trueconf:'.length)] },
      origin: 'popup',
      result: 'handed-to-trueconf',
    });
    await fakeBrowser.storage.local.set({
      history: [entry('trueconf:jones', 3), entry('trueconf:smith', 2), entry('trueconf:jones', 1)],
    });
    await settle();
    const names = [...document.querySelectorAll('#recent .call-name')].map(
      (node) => node.textContent,
    );
    expect(names).toEqual([
      text('describe_callUser', ['jones']),
      text('describe_callUser', ['smith']),
    ]);
  });
});

describe('the quick dial right after the browser starts', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const reopen = async (): Promise<void> => {
    document.body.replaceChildren();
    mount = document.createElement('main');
    document.body.append(mount);
    await startPopup(mount, '');
  };

  it('is ready with the remembered policy, then follows the real one', async () => {
    await fakeBrowser.storage.local.set({
      rememberedPolicy: { defaultServer: 'old.corp.example' },
    });
    const answer = policyAnsweringLater({ defaultServer: 'video.corp.example' });
    await reopen();
    expect(document.documentElement.dataset.ready).toBe('true');
    const server = byId<HTMLInputElement>('sign-in-server');
    expect(server.value).toBe('old.corp.example');
    answer();
    await vi.waitFor(() => expect(server.value).toBe('video.corp.example'));
  });

  it('keeps a server the user typed when the settings arrive', async () => {
    const answer = policyAnsweringLater({ defaultServer: 'video.corp.example' });
    const opening = reopen();
    const server = byId<HTMLInputElement>('sign-in-server');
    server.value = 'mine.example.com';
    await opening;
    answer();
    await settle();
    expect(server.value).toBe('mine.example.com');
  });
});
