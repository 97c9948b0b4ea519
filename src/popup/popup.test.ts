// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAVOURITES_KEY, readFavourites } from '../favourites';
import { SETTINGS_KEY } from '../settings';
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
    // Signed out of any TrueConf Server: the popup asks once, and nothing else changes.
    if ((message as { type?: string }).type === 'server-status') {
      return Promise.resolve({ ok: true, account: null });
    }
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
    expect(byId('result').textContent).toMatch(/: handed over to the app\.$/);
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
    // Drawn once, under the field; the live region still says why, to screen readers only.
    const result = byId('result');
    expect(result.firstChild?.textContent).toBe(text('popup_not_handed_refused'));
    expect(result.querySelector('.visually-hidden')?.textContent?.trim()).toBe(
      text('error_invalid_login_character', ['&']),
    );
  });

  it('offers the readings of an ambiguous input and uses the chosen one', async () => {
    type('smith');
    expect(byId('choices').hidden).toBe(false);
    // The likely reading is taken; the others wait behind a closed "Other meanings".
    expect(byId<HTMLDetailsElement>('choices').open).toBe(false);
    const radios = [...document.querySelectorAll<HTMLInputElement>('#choices input[type=radio]')];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual([
      'Call a user',
      'Join the conference this user moderates',
    ]);
    expect(radios[0]?.checked).toBe(true);
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

  it('asks which address only when a pasted text holds several, with the first taken by Enter', async () => {
    type('Stand-up: \\c\\4154248070@video.example.com, or call trueconf:smith@video.example.com');
    expect(byId<HTMLDetailsElement>('choices').open).toBe(true);
    expect(byId('choices-summary').textContent).toBe(text('popup_choice_several_found'));
    press(byId('address'), 'Enter');
    await settle();
    expect(launches.map((launch) => launch.uri)).toEqual([
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    ]);
  });

  it.each([
    ['+7 916 555-12-34', 'popup_error_phone_calls_off'],
    ['(495) 555-12-34', 'popup_error_phone_calls_off'],
    ['hello world!!', 'popup_error_not_an_address'],
  ])('says what is wrong with “%s” in plain words and calls nothing', async (typed, key) => {
    type(typed);
    expect(byId('preview-error').textContent).toBe(text(key));
    expect(byId('suggestion').hidden).toBe(true);
    press(byId('address'), 'Enter');
    await settle();
    expect(launches).toEqual([]);
  });

  it('offers the way to the phone call settings while phone calls are off', async () => {
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    type('+7 916 555-12-34');
    expect(byId('phone-settings').hidden).toBe(false);
    byId('phone-settings').click();
    await settle();
    expect(opened.mock.calls[0]?.[0].url).toMatch(/\/options\.html#phone-calls$/);
    type('smith');
    expect(byId('phone-settings').hidden).toBe(true);
  });

  it('says the administrator turned phone calls off, with no way to turn them on', async () => {
    await fakeBrowser.storage.managed.set({ phoneCalls: false });
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 1, historySize: 5 } });
    await settle();
    type('+7 916 555-12-34');
    expect(byId('preview-error').textContent).toBe(text('popup_error_phone_calls_locked'));
    expect(byId('phone-settings').hidden).toBe(true);
  });

  describe('with phone calls on', () => {
    beforeEach(async () => {
      await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 1, phoneCalls: true } });
      await settle();
    });

    it('previews a phone number and hands its #tel: link to TrueConf', async () => {
      type('+7 (916) 555-12-34');
      expect(byId('preview-description').textContent).toBe(
        'Call +7 916 555 12 34 through TrueConf',
      );
      expect(byId('preview-uri').textContent).toBe('trueconf:#tel:+79165551234');
      press(byId('address'), 'Enter');
      await settle();
      expect(launches).toEqual([
        { type: 'launch', uri: 'trueconf:#tel:+79165551234', origin: 'popup' },
      ]);
    });

    it('names the extension to dial once connected', () => {
      type('+1 415-555-0132 ext. 12');
      expect(byId('preview-description').textContent).toBe(
        'Call +1 415 555 0132 through TrueConf (extension 12 is not dialled: dial it yourself during the call)',
      );
      expect(byId('preview-uri').textContent).toBe('trueconf:#tel:+14155550132');
    });

    it('dials the number of a tel: link pasted from a page', () => {
      type('tel:+7-916-555-12-34');
      expect(byId('preview-uri').textContent).toBe('trueconf:#tel:+79165551234');
    });

    it('keeps a bare run of digits a conference first, the phone number second', () => {
      type('89165551234');
      expect(byId('preview-uri').textContent).toBe('trueconf:\\c\\89165551234');
      const choice = document.querySelector<HTMLInputElement>('input[value="phone"]');
      expect(choice).not.toBeNull();
    });

    it('calls a tel: link without a dialable number a wrong phone number', () => {
      type('tel:12');
      expect(byId('preview-error').textContent).toBe(text('popup_error_phone_number'));
    });

    it('tells an incomplete number from a call it can make', () => {
      type('+7 916 555-12');
      expect(byId('preview-error').textContent).toBe(text('popup_error_phone_number'));
    });
  });

  it('reads a conference ID typed with spaces as one, and offers the fixed address', async () => {
    type('000 317 2451');
    expect(byId('preview-error').textContent).toBe(
      text('popup_error_spaced_conference_id', ['\\c\\0003172451']),
    );
    byId('suggestion').click();
    expect(byId<HTMLTextAreaElement>('address').value).toBe('\\c\\0003172451');
    expect(byId('preview-uri').textContent).toBe('trueconf:\\c\\0003172451');
  });

  it('warns about a TrueConf ID on a server that looks like an email provider, not a known one', () => {
    type('anna@gmail.com');
    expect(byId('preview-note').hidden).toBe(false);
    expect(byId('preview-note').textContent).toBe(
      text('popup_note_doubtful_server', ['gmail.com']),
    );
    type('anna@video.example.com');
    expect(byId('preview-note').hidden).toBe(true);
  });

  it('keeps the login, never the password, of a sign-in link saved as a favourite, and says so', async () => {
    type(
      'trueconf:\\c\\4154248070@video.example.com&h=video.example.com&login=anna&password=secret&encrypt=1',
    );
    byId('add-favourite').click();
    await settle();
    const [saved] = await readFavourites();
    expect(saved?.uri).toContain('login=anna');
    expect(saved?.uri).not.toContain('secret');
    expect(byId('result').textContent).toContain('anna');
    expect(byId('result').textContent).toContain('without a password');
  });

  it('keeps the autoclose, sign-in and QR code behind one “More”', () => {
    const more = byId<HTMLDetailsElement>('more');
    expect(more.open).toBe(false);
    for (const id of ['autoclose', 'sign-in', 'qr']) expect(more.contains(byId(id))).toBe(true);
  });

  it('shows how long ago each recent call was, in the UI language', async () => {
    await fakeBrowser.storage.local.set({
      history: [
        {
          time: Date.now() - 5 * 60_000,
          uri: 'trueconf:jones',
          description: { key: 'describe_callUser', substitutions: ['jones'] },
          origin: 'popup',
          result: 'handed-to-trueconf',
        },
      ],
    });
    await settle();
    expect(document.querySelector('#recent .when')?.textContent).toBe('5 minutes ago');
  });

  it('offers rename, move and remove of a favourite in one menu, by keyboard too', async () => {
    await fakeBrowser.storage.sync.set({
      [FAVOURITES_KEY]: [
        { id: 'a', name: 'Alpha', uri: 'trueconf:alpha' },
        { id: 'b', name: 'Beta', uri: 'trueconf:beta' },
      ],
    });
    await settle();
    const menuButton = document.querySelector<HTMLButtonElement>('#favourites .menu-button');
    expect(menuButton?.getAttribute('aria-label')).toBe(text('popup_favourite_menu', ['Alpha']));
    menuButton?.click();
    const items = [...document.querySelectorAll<HTMLButtonElement>('[role=menuitem]')].filter(
      (item) => !item.closest('[hidden]'),
    );
    expect(items.map((item) => item.textContent)).toEqual([
      'Rename',
      'Move up',
      'Move down',
      'Remove',
    ]);
    expect(items[1]?.disabled).toBe(true);
    expect(document.activeElement).toBe(items[0]);
    press(items[0] as HTMLElement, 'ArrowDown');
    expect(document.activeElement).toBe(items[2]);
    press(items[2] as HTMLElement, 'Escape');
    expect(menuButton?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton);
    menuButton?.click();
    items[3]?.click();
    await settle();
    expect((await readFavourites()).map((favourite) => favourite.name)).toEqual(['Beta']);
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

describe('the quick dial, signed in to a TrueConf Server', () => {
  const bob = {
    id: 'bob@video.example',
    name: 'Bob Brown',
    presence: 'available',
    uri: 'trueconf:bob@video.example',
  };

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      text as typeof fakeBrowser.i18n.getMessage,
    );
    launches = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const request = message as { type: string; query?: string; uri?: string };
      if (request.type === 'server-status') {
        return Promise.resolve({
          ok: true,
          account: { origin: 'https://video.example', userId: 'alice', displayName: 'Alice' },
        });
      }
      if (request.type === 'server-search') {
        return Promise.resolve({ ok: true, contacts: request.query === 'bo' ? [bob] : [] });
      }
      // "Your conferences" asks too; it has its own tests.
      if (request.type !== 'launch') return Promise.resolve({ ok: false, error: 'unreachable' });
      launches.push(message as LaunchRequest);
      return Promise.resolve({ ok: true, uri: request.uri, outcome: 'handed-to-trueconf' });
    });
    document.body.replaceChildren();
    mount = document.createElement('main');
    document.body.append(mount);
    await startPopup(mount, '');
  });

  it('previews the first contact Enter will call, not the typed word', async () => {
    type('bo');
    expect(byId('preview-description').textContent).toBe('Call bo in TrueConf');
    await vi.waitFor(() =>
      expect(byId('preview-description').textContent).toBe(
        'Call Bob Brown (bob@video.example) from the address book',
      ),
    );
    expect(byId('preview-uri').textContent).toBe('trueconf:bob@video.example');
    press(byId('address'), 'Enter');
    await vi.waitFor(() => expect(launches.map((launch) => launch.uri)).toEqual([bob.uri]));
  });

  it('goes back to the typed text when the address book has no one for it', async () => {
    type('bo');
    await vi.waitFor(() => expect(byId('preview-uri').textContent).toBe(bob.uri));
    type('bz');
    expect(byId('preview-description').textContent).toBe('Call bz in TrueConf');
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(byId('preview-description').textContent).toBe('Call bz in TrueConf');
  });
});
