// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadUserSettings, SETTINGS_KEY, type Settings } from '../settings';
import { mountOptionsPage, showOptionsLoading } from './page';
import { OptionsState } from './state';
import { fakeGetMessage, loadMessages } from '../../test/support/messages';

const english = loadMessages('en');
const getMessage = fakeGetMessage(english);

let state: OptionsState;
let root: HTMLElement;

async function mount(): Promise<void> {
  state = await OptionsState.open();
  root = document.createElement('main');
  document.body.replaceChildren(root);
  mountOptionsPage(root, state, {
    history: {
      count: async () => 3,
      clear: async () => undefined,
      trim: async () => undefined,
      watch: () => undefined,
    },
  });
}

function fieldsetOf(legend: string): HTMLFieldSetElement {
  const found = [...root.querySelectorAll('fieldset')].find(
    (fieldset) => fieldset.querySelector('legend')?.textContent === legend,
  );
  if (!found) throw new Error(`no fieldset "${legend}"`);
  return found;
}

function submit(form: HTMLFormElement): void {
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function stored(): Promise<Settings> {
  return (await loadUserSettings()).settings;
}

describe('the options page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  });
  afterEach(() => {
    state?.close();
  });

  it('adds a valid known server and refuses an invalid one with the reason', async () => {
    await mount();
    const fieldset = fieldsetOf('Known TrueConf servers');
    const input = fieldset.querySelector('input') as HTMLInputElement;
    const form = fieldset.querySelector('form') as HTMLFormElement;
    const status = fieldset.querySelector('[role=status]') as HTMLElement;

    input.value = 'not a server!';
    submit(form);
    expect(status.textContent).toContain('“not a server!” is not a server address');
    expect(input.getAttribute('aria-invalid')).toBe('true');

    input.value = 'https://Video.Example.com/c/4154248070';
    submit(form);
    await vi.waitFor(async () =>
      expect((await stored()).knownServers).toEqual(['video.example.com']),
    );
    await vi.waitFor(() =>
      expect(fieldset.querySelector('.entries')?.textContent).toContain('video.example.com'),
    );
    // A pasted page address is kept as its host, and the page says so.
    expect(status.textContent).toBe(
      'Added: video.example.com (from “https://Video.Example.com/c/4154248070”)',
    );

    const remove = fieldset.querySelector('button.remove') as HTMLButtonElement;
    expect(remove.getAttribute('aria-label')).toBe('Remove video.example.com');
    remove.click();
    await vi.waitFor(async () => expect((await stored()).knownServers).toEqual([]));
  });

  it('shows what the administrator set as locked, with the note, and keeps policy entries', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, knownServers: ['mine.example.com'] },
    });
    await fakeBrowser.storage.managed.set({
      defaultServer: 'video.corp.example',
      knownServers: ['tc.corp.example'],
      forms: { uri: false },
    });
    await mount();
    const server = fieldsetOf('Default server');
    expect(server.disabled).toBe(true);
    expect((server.querySelector('input') as HTMLInputElement).value).toBe('video.corp.example');
    const note = server.querySelector('.locked-note') as HTMLElement;
    expect(note.hidden).toBe(false);
    expect(note.textContent).toBe('Set by your administrator');

    const known = fieldsetOf('Known TrueConf servers');
    expect(known.disabled).toBe(false);
    const items = [...known.querySelectorAll('.entries li')];
    expect(items.map((item) => item.querySelector('.entry')?.textContent)).toEqual([
      'mine.example.com',
      'tc.corp.example',
    ]);
    expect(items[0]?.querySelector('button.remove')).not.toBeNull();
    expect(items[1]?.querySelector('button.remove')).toBeNull();
    expect(items[1]?.textContent).toContain('Set by your administrator');

    const uri = root.querySelector('input[name=form-uri]') as HTMLInputElement;
    const callString = root.querySelector('input[name=form-callString]') as HTMLInputElement;
    expect([uri.checked, uri.disabled]).toEqual([false, true]);
    expect([callString.checked, callString.disabled]).toEqual([true, false]);
    expect(root.querySelector('.notices')?.textContent).toContain('Your organisation manages');
  });

  it('locks the phone settings the administrator set and leaves the others free', async () => {
    await fakeBrowser.storage.managed.set({
      phoneCalls: true,
      phoneDialFormat: '#sip:{number}@gw.corp.example',
      phoneCountry: 'DE',
    });
    await mount();
    const format = fieldsetOf('Dial format');
    expect(format.disabled).toBe(true);
    expect((format.querySelector('.locked-note') as HTMLElement).hidden).toBe(false);
    expect((format.querySelector('input[value=sip]') as HTMLInputElement).checked).toBe(true);
    expect((format.querySelector('input[name=phoneGateway]') as HTMLInputElement).value).toBe(
      'gw.corp.example',
    );
    const country = fieldsetOf('Default country');
    expect(country.disabled).toBe(true);
    expect((country.querySelector('select') as HTMLSelectElement).value).toBe('DE');
    expect(fieldsetOf('Phone calls through TrueConf').disabled).toBe(true);
    expect(fieldsetOf('Phone numbers on pages').disabled).toBe(false);
  });

  it('saves a SIP gateway only when it is a host, and the country the user picks', async () => {
    await mount();
    const format = fieldsetOf('Dial format');
    const sip = format.querySelector('input[value=sip]') as HTMLInputElement;
    const gateway = format.querySelector('input[name=phoneGateway]') as HTMLInputElement;
    expect(gateway.disabled).toBe(true);
    sip.checked = true;
    sip.dispatchEvent(new Event('change'));
    expect(gateway.disabled).toBe(false);
    gateway.value = 'gw example';
    gateway.dispatchEvent(new Event('change'));
    expect(gateway.getAttribute('aria-invalid')).toBe('true');
    expect(format.textContent).toContain('Not saved: the SIP gateway must be a host name');
    expect((await stored()).phoneDialFormat).toBe('#tel:{number}');
    gateway.value = 'gw.example.com:5060';
    gateway.dispatchEvent(new Event('change'));
    await vi.waitFor(async () =>
      expect((await stored()).phoneDialFormat).toBe('#sip:{number}@gw.example.com:5060'),
    );
    const digits = format.querySelector('input[value=tel-digits]') as HTMLInputElement;
    digits.checked = true;
    digits.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect((await stored()).phoneDialFormat).toBe('#tel:{digits}'));

    const select = fieldsetOf('Default country').querySelector('select') as HTMLSelectElement;
    expect(select.options[0]?.value).toBe('');
    expect(select.options.length).toBeGreaterThan(200);
    select.value = 'GB';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect((await stored()).phoneCountry).toBe('GB'));
  });

  it('follows a policy that arrives while the page is open', async () => {
    await mount();
    const server = fieldsetOf('Default server');
    expect(server.disabled).toBe(false);
    await fakeBrowser.storage.managed.set({ defaultServer: 'video.corp.example' });
    await vi.waitFor(() => expect(server.disabled).toBe(true));
    expect((server.querySelector('input') as HTMLInputElement).value).toBe('video.corp.example');
  });

  it('says it is reading the settings until they are read, then shows them', async () => {
    const page = document.createElement('main');
    showOptionsLoading(page);
    expect(page.querySelector('h1')?.textContent).toBe(english.options_title?.message);
    expect(page.querySelector('[role=status]')?.textContent).toBe('Reading the settings…');
    state = await OptionsState.open();
    mountOptionsPage(page, state);
    expect(page.textContent).not.toContain('Reading the settings');
    expect(page.querySelectorAll('fieldset').length).toBeGreaterThan(3);
  });

  it('tells the user which saved settings were damaged and reset', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, historySize: 'lots', linkStyle: 'blink' },
    });
    await mount();
    expect(root.querySelector('.notices')?.textContent).toBe(
      'Some saved settings were damaged and have been reset to their defaults: Link look, Recent calls kept.',
    );
  });

  it('saves a custom rule, refuses a dangerously slow one and saves nothing', async () => {
    await mount();
    const fieldset = fieldsetOf('Custom rules');
    const form = fieldset.querySelector('form') as HTMLFormElement;
    const pattern = form.querySelector('input[name=rulePattern]') as HTMLInputElement;
    const template = form.querySelector('input[name=ruleTemplate]') as HTMLInputElement;
    const status = fieldset.querySelector(':scope > [role=status]') as HTMLElement;

    pattern.value = '(a+)+$';
    template.value = 'trueconf:\\c\\room1';
    submit(form);
    expect(status.textContent).toContain('could be very slow');
    expect(pattern.getAttribute('aria-invalid')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await stored()).customRules).toEqual([]);

    pattern.value = 'Room (\\d{4})';
    template.value = 'trueconf:\\c\\room$1';
    submit(form);
    await vi.waitFor(async () =>
      expect((await stored()).customRules.map((rule) => rule.pattern)).toEqual(['Room (\\d{4})']),
    );
  });

  it('tests text live with the saved settings and the rule being written', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await mount();
      const tester = fieldsetOf('Try it');
      const text = tester.querySelector('textarea') as HTMLTextAreaElement;
      type(text, 'Call trueconf:smith@video.example.com or meet in Room 4154.');
      vi.advanceTimersByTime(300);
      const results = () =>
        [...tester.querySelectorAll('.matches li code')].map((code) => code.textContent);
      expect(results()).toEqual(['trueconf:smith@video.example.com']);

      const form = fieldsetOf('Custom rules').querySelector('form') as HTMLFormElement;
      type(form.querySelector('input[name=rulePattern]') as HTMLInputElement, 'Room (\\d{4})');
      type(
        form.querySelector('input[name=ruleTemplate]') as HTMLInputElement,
        'trueconf:\\c\\room$1',
      );
      vi.advanceTimersByTime(300);
      expect(results()).toEqual(['trueconf:smith@video.example.com', 'trueconf:\\c\\room4154']);
      expect(tester.querySelector('.tester-summary')?.textContent).toBe('Links found: 2');
    } finally {
      vi.useRealTimers();
    }
  });

  it('builds links, warns about a password in them, and never stores the password', async () => {
    await mount();
    const builder = root.querySelector('form.builder') as HTMLFormElement;
    const kind = builder.querySelector('select') as HTMLSelectElement;
    kind.value = 'signIn';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    const field = (name: string) =>
      builder.querySelector(`[name=builder-${name}]`) as HTMLInputElement;
    expect(field('login').closest('.field')?.hasAttribute('hidden')).toBe(true);
    type(field('signInLogin'), 'user');
    const warning = builder.querySelector('.warning') as HTMLElement;
    expect(warning.hidden).toBe(true);
    type(field('password'), 'top"secret');
    const output = (name: string) =>
      (builder.querySelector(`textarea[name=${name}]`) as HTMLTextAreaElement).value;
    expect(output('builderUri')).toBe(
      'trueconf:login=user&password=top%22secret&encrypt=1&force=1',
    );
    expect(output('builderLinkHtml')).toBe(
      '<a href="trueconf:login=user&amp;password=top%22secret&amp;encrypt=1&amp;force=1">Sign in to TrueConf as user</a>',
    );
    expect(warning.hidden).toBe(false);
    expect(warning.textContent).toContain('contains the password in plain text');
    expect(field('password').getAttribute('type')).toBe('password');
    const everything = JSON.stringify([
      await fakeBrowser.storage.sync.get(null),
      await fakeBrowser.storage.local.get(null),
    ]);
    expect(everything).not.toContain('secret');
  });

  it('switches a form off and shows each change in the page', async () => {
    await mount();
    const box = root.querySelector('input[name=form-conferenceId]') as HTMLInputElement;
    expect(box.checked).toBe(true);
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect((await stored()).forms.conferenceId).toBe(false));
  });
});

describe('the account section', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, account: null }));
  });
  afterEach(() => {
    state?.close();
  });

  const serverField = () =>
    root.querySelector('#account .account-form input[name="server"]') as HTMLInputElement;

  it('switches presence on pages on, off by default', async () => {
    await mount();
    const input = fieldsetOf('Presence on pages').querySelector('input') as HTMLInputElement;
    expect(input.checked).toBe(false);
    input.click();
    await vi.waitFor(async () => expect((await stored()).serverPresence).toBe(true));
  });

  it('presets the administrator’s server, and locks it only when told to', async () => {
    await fakeBrowser.storage.managed.set({ serverAddress: 'https://video.corp.example' });
    await mount();
    expect(serverField().value).toBe('video.corp.example');
    expect(serverField().readOnly).toBe(false);
    state.close();
    await fakeBrowser.storage.managed.set({
      serverAddress: 'http://10.0.0.5:8888',
      locked: ['serverAddress', 'serverPresence'],
    });
    await mount();
    expect(serverField().value).toBe('http://10.0.0.5:8888');
    expect(serverField().readOnly).toBe(true);
    const note = root.querySelector('#account .account-server-locked') as HTMLElement;
    expect(note.hidden).toBe(false);
    expect(fieldsetOf('Presence on pages').disabled).toBe(true);
  });
});
