import { browser } from 'wxt/browser';
import { translate } from '../i18n/translate';
import type { ServerAccount, ServerStatusAnswer } from '../messaging/responses';
import { sendToBackground } from '../messaging/send';
import {
  hostPermissionPattern,
  isServerErrorKind,
  serverErrorMessageKey,
  serverOrigin,
  SESSION_STORAGE_KEY,
} from '../server';
import { defineItem, watch } from '../storage';
import { element, uniqueId } from './dom';
import { showStatus, statusLine } from './status-line';

/**
 * Sign-in to the user's own TrueConf Server, the same in the popup and on the options page:
 * address, login, password → the background signs in; signed in, the name and "Sign out".
 * The password field is emptied whatever happens: it is sent once and kept nowhere.
 */
export interface AccountPanel {
  root: HTMLElement;
  form: HTMLFormElement;
  server: HTMLInputElement;
  /** "Set by your administrator", under the address while the policy locks it. */
  serverLockNote: HTMLElement;
  login: HTMLInputElement;
  password: HTMLInputElement;
  signInButton: HTMLButtonElement;
  signedIn: HTMLElement;
  who: HTMLElement;
  signOutButton: HTMLButtonElement;
  status: HTMLElement;
}

function field(label: string, input: HTMLInputElement, doc: Document): HTMLElement {
  return element(
    'div',
    { class: 'field' },
    [element('label', { for: input.id }, [translate(label)], doc), input],
    doc,
  );
}

export function buildAccountPanel(doc: Document): AccountPanel {
  const input = (name: string, attributes: Record<string, string> = {}) =>
    element(
      'input',
      {
        id: uniqueId(`account-${name}`),
        name,
        // A type, so the options page's text-field look applies (password overrides it).
        type: 'text',
        autocomplete: 'off',
        spellcheck: 'false',
        ...attributes,
      },
      [],
      doc,
    );
  const server = input('server', { placeholder: 'video.example.com' });
  const serverLockNote = element(
    'p',
    { class: 'hint locked-note account-server-locked', hidden: true },
    [translate('account_server_locked')],
    doc,
  );
  const login = input('login');
  const password = input('password', { type: 'password' });
  const signInButton = element(
    'button',
    { type: 'submit', class: 'primary' },
    [translate('account_sign_in')],
    doc,
  );
  const form = element(
    'form',
    { class: 'account-form', novalidate: true },
    [
      field('account_server', server, doc),
      serverLockNote,
      field('account_login', login, doc),
      field('account_password', password, doc),
      element('div', { class: 'actions' }, [signInButton], doc),
      element('p', { class: 'hint' }, [translate('account_hint')], doc),
    ],
    doc,
  );
  const who = element('p', { class: 'account-who' }, [], doc);
  const signOutButton = element('button', { type: 'button' }, [translate('account_sign_out')], doc);
  const signedIn = element(
    'div',
    { class: 'account-signed-in', hidden: true },
    [who, element('div', { class: 'actions' }, [signOutButton], doc)],
    doc,
  );
  const status = statusLine();
  const root = element('div', { class: 'account' }, [form, signedIn, status], doc);
  return {
    root,
    form,
    server,
    serverLockNote,
    login,
    password,
    signInButton,
    signedIn,
    who,
    signOutButton,
    status,
  };
}

function messageFor(answer: ServerStatusAnswer | null): string {
  if (answer && !answer.ok && isServerErrorKind(answer.error)) {
    return translate(serverErrorMessageKey(answer.error));
  }
  return translate('account_no_answer');
}

/**
 * Whether the extension may already reach hosts of `pattern`. Chromium answers false for one
 * host even while `<all_urls>` (the content scripts' matches) is granted, and requesting it then
 * opens a prompt for nothing: either answer counts.
 */
export async function hostIsPermitted(pattern: string): Promise<boolean> {
  const [one, all] = await Promise.all([
    browser.permissions.contains({ origins: [pattern] }),
    browser.permissions.contains({ origins: ['<all_urls>'] }),
  ]);
  return one || all;
}

export interface AccountPanelOptions {
  /** Every time the account is known or changes (null: signed out). */
  onAccount?: (account: ServerAccount | null) => void;
  /** The policy's server, locked: the address field shows it and cannot be changed. */
  lockedServer?: string | null;
}

/** The administrator's server (settings `serverAddress`; empty: none) and whether it is locked. */
export interface ServerPolicy {
  address: string;
  locked: boolean;
}

/** What the address field was last filled with by a policy, per panel. */
const presets = new WeakMap<AccountPanel, string>();

/** The host a person would type for an origin: `https://` left out, `http://` written out. */
function typedFormOf(origin: string): string {
  return origin.startsWith('https://') ? new URL(origin).host : origin;
}

/**
 * Shows the administrator's server in the panel, live: preset in the address field (unless the
 * person typed another), and while locked read-only with "Set by your administrator". The
 * background refuses any other server too (src/background/server-service.ts).
 */
export function applyServerPolicy(panel: AccountPanel, policy: ServerPolicy): void {
  const preset = policy.address === '' ? '' : typedFormOf(policy.address);
  const previous = presets.get(panel) ?? '';
  const locked = policy.locked && preset !== '';
  if (locked || panel.server.value === previous) {
    panel.server.value = preset;
    presets.set(panel, preset);
  }
  panel.server.readOnly = locked;
  panel.serverLockNote.hidden = !locked;
  panel.server.dispatchEvent(new Event('input'));
}

/** Wires the panel; resolves once the current state is shown. */
export async function startAccountPanel(
  panel: AccountPanel,
  options: AccountPanelOptions = {},
): Promise<void> {
  const show = (account: ServerAccount | null) => {
    panel.form.hidden = account !== null;
    panel.signedIn.hidden = account === null;
    panel.who.textContent = account
      ? translate('account_signed_in_as', [account.displayName, new URL(account.origin).host])
      : '';
    options.onAccount?.(account);
  };
  if (options.lockedServer) {
    applyServerPolicy(panel, { address: options.lockedServer, locked: true });
  }

  // Whether the host permission is already held, known before the click: the request must be
  // made inside the click (browsers prompt only from a gesture), and asking again for a host
  // already granted (Chromium: the content scripts' <all_urls>) opens a needless prompt.
  const held = new Map<string, boolean>();
  const learn = (typed: string) => {
    const origin = serverOrigin(typed);
    if (!origin) return;
    const pattern = hostPermissionPattern(origin);
    if (held.has(pattern)) return;
    void hostIsPermitted(pattern)
      .then((granted) => held.set(pattern, granted))
      .catch(() => undefined);
  };
  panel.server.addEventListener('input', () => learn(panel.server.value));

  panel.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const origin = serverOrigin(panel.server.value);
    const login = panel.login.value.trim();
    const password = panel.password.value;
    panel.password.value = '';
    if (!origin) {
      showStatus(panel.status, translate(serverErrorMessageKey('bad-address')), 'error');
      panel.server.focus();
      return;
    }
    if (login === '') {
      showStatus(panel.status, translate('account_login_missing'), 'error');
      panel.login.focus();
      return;
    }
    panel.signInButton.disabled = true;
    showStatus(panel.status, translate('account_signing_in'));
    // Asked inside the click, before anything else is awaited: browsers allow the prompt only
    // from a person's gesture.
    const pattern = hostPermissionPattern(origin);
    const asked = held.get(pattern)
      ? Promise.resolve(true)
      : browser.permissions.request({ origins: [pattern] }).catch(() => false);
    void asked
      .then(async (granted) => {
        if (!granted) {
          showStatus(panel.status, translate(serverErrorMessageKey('no-permission')), 'error');
          return;
        }
        const answer = await sendToBackground({
          type: 'server-sign-in',
          server: origin,
          login,
          password,
        }).catch(() => null);
        if (answer?.ok) {
          showStatus(panel.status, translate('account_signed_in'), 'ok');
          show(answer.account);
        } else {
          showStatus(panel.status, messageFor(answer), 'error');
          // Back where the person types again: the password was cleared for the next try.
          panel.password.focus();
        }
      })
      .finally(() => {
        panel.signInButton.disabled = false;
      });
  });

  panel.signOutButton.addEventListener('click', () => {
    void sendToBackground({ type: 'server-sign-out' })
      .catch(() => null)
      .then(() => {
        showStatus(panel.status, translate('account_signed_out'), 'ok');
        show(null);
      });
  });

  const refresh = async (): Promise<void> => {
    const answer = await sendToBackground({ type: 'server-status' }).catch(() => null);
    show(answer?.ok ? answer.account : null);
    if (answer?.ok && answer.account && !panel.server.readOnly) {
      // `http://` stays written out: dropped, signing in again would try https.
      panel.server.value = typedFormOf(answer.account.origin);
    }
  };
  await refresh();
  learn(panel.server.value);
  // Signed in or out elsewhere (the popup, the other page, the server refusing a refresh): the
  // session's key changes, and this panel asks the background again. It never reads the tokens.
  watch(
    defineItem('local', SESSION_STORAGE_KEY, () => null),
    () => void refresh(),
  );
}
