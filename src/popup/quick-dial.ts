import { addFavourite, readFavourites, type StoreResult } from '../favourites';
import { commandInWords } from '../i18n/command-words';
import { translate, translateMessage } from '../i18n/translate';
import { buildUri, launchCommand } from '../protocol';
import { showStatus, type StatusKind } from '../ui/status-line';
import { isSigningIn, planCall, type CallPlan, type SignInFields } from './call-plan';
import { favouriteToSave } from './favourite-to-save';
import { renderChoices } from './choices';
import { handToTrueConf } from './hand-to-trueconf';
import { adviceForInvalid, doubtfulUserServer, type PhoneCallsState } from './input-advice';
import { interpretInput, type Interpretation, type Reading } from './interpret';
import type { PopupPhone } from './phone-reading';
import { renderPreview } from './preview';
import { renderQrPanel } from './qr-panel';
import type { PopupView } from './view';

/** Launch failures the popup can explain; anything else gets the general message. */
const LAUNCH_ERROR_KEYS: Record<string, string> = {
  'not-a-trueconf-uri': 'popup_launch_error_invalid',
  'invalid-uri': 'popup_launch_error_invalid',
  'no-tab': 'popup_launch_error_no_tab',
  'browser-refused': 'popup_launch_error_refused',
};

const FAVOURITE_RESULT_KEYS: Record<string, string> = {
  full: 'popup_favourites_full',
  'storage-failed': 'popup_favourites_storage_failed',
  'invalid-uri': 'popup_favourites_invalid',
  'invalid-name': 'popup_favourites_invalid',
  'not-found': 'popup_favourites_not_found',
};

/** An address book entry as the quick dial needs it (src/popup/contact-search.ts). */
export interface DialContact {
  uri: string;
  name: string;
  /** TrueConf ID as the server lists it. */
  id: string;
}

/**
 * The field, its readings and options, the preview and the actions that act on it: Call, Copy,
 * Add to favourites, Open TrueConf. Every change re-plans the call from scratch (it is cheap).
 */
export class QuickDial {
  private knownServers: string[] = [];
  private phone: PopupPhone | undefined;
  private chosenId: string | null = null;
  private interpretation: Interpretation = { status: 'empty' };
  private reading: Reading | null = null;
  private plan: CallPlan = { status: 'empty' };
  private suggestion: string | undefined;
  private launching = false;
  /** A contact of the signed-in server's address book that Enter calls instead (see popup.ts). */
  contactFor: (text: string) => DialContact | null = () => null;
  /** The contact Enter calls now, when the address book answered for exactly the field's text. */
  private contact: DialContact | null = null;

  constructor(private readonly view: PopupView) {}

  start(): void {
    const { view } = this;
    view.address.addEventListener('input', () => {
      this.chosenId = null;
      this.say('');
      this.update();
    });
    view.address.addEventListener('keydown', (event) => {
      // Enter calls; Shift+Enter keeps a line break in a pasted invitation; IME input is left alone.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        view.form.requestSubmit();
      }
    });
    for (const input of [
      view.autoclose,
      view.signInServer,
      view.signInLogin,
      view.signInPassword,
      view.signInForce,
    ]) {
      input.addEventListener('input', () => this.update());
      input.addEventListener('change', () => this.update());
    }
    // What was handed over (or refused) was about the text before: it must not stand beside the next.
    view.address.addEventListener('input', () => this.say(''));
    view.form.addEventListener('keydown', (event) => {
      // Browsers submit on Enter only from text fields; on a reading or a checkbox it should call too.
      const target = event.target;
      const isChoice =
        target instanceof HTMLInputElement &&
        (target.type === 'radio' || target.type === 'checkbox');
      if (event.key === 'Enter' && isChoice) {
        event.preventDefault();
        view.form.requestSubmit();
      }
    });
    view.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.callFromField();
    });
    // A bare `trueconf:` only brings the app up.
    view.openAppButton.addEventListener('click', () => {
      const command = launchCommand();
      void this.launch(buildUri(command), commandInWords(command));
    });
    view.suggestion.addEventListener('click', () => {
      if (this.suggestion === undefined) return;
      view.address.value = this.suggestion;
      view.address.focus();
      this.update();
    });
    view.phoneSettingsButton.addEventListener('click', () => this.onOpenPhoneSettings());
    view.copyButton.addEventListener('click', () => void this.copy());
    view.favouriteButton.addEventListener('click', () => void this.addToFavourites());
    this.update();
  }

  setKnownServers(servers: string[]): void {
    this.knownServers = servers;
    this.update();
  }

  setPhone(phone: PopupPhone): void {
    this.phone = phone;
    this.update();
  }

  /** Set by the popup: opens the options page at its phone calls section. */
  onOpenPhoneSettings: () => void = () => undefined;

  private signInFields(): SignInFields {
    const { view } = this;
    return {
      server: view.signInServer.value,
      login: view.signInLogin.value,
      password: view.signInPassword.value,
      force: view.signInForce.checked,
    };
  }

  update(): void {
    const { view } = this;
    // Enter calls the address book's first contact for this text: the preview, Copy, the
    // favourite and the QR code are about that contact's link, not about the typed word.
    this.contact = this.contactFor(view.address.value);
    this.interpretation = interpretInput(this.contact?.uri ?? view.address.value, {
      knownServers: this.knownServers,
      ...(this.phone ? { phone: this.phone } : {}),
    });
    const readings = this.interpretation.status === 'ready' ? this.interpretation.readings : [];
    this.reading = readings.find((reading) => reading.id === this.chosenId) ?? readings[0] ?? null;
    const advice =
      this.interpretation.status === 'invalid'
        ? adviceForInvalid(view.address.value, this.interpretation.error, this.phoneCallsState())
        : null;
    this.suggestion = advice?.suggestion;
    this.plan = advice
      ? { status: 'invalid', error: advice.error }
      : planCall(this.reading, {
          autoclose: view.autoclose.checked,
          signIn: this.signInFields(),
        });
    renderChoices(view, this.interpretation, this.reading?.id ?? null, (id) => {
      this.chosenId = id;
      this.say('');
      this.update();
    });
    renderPreview(view, this.interpretation, this.reading, this.plan, {
      suggestion: this.suggestion,
      doubtfulServer: this.contact ? null : doubtfulUserServer(this.reading, this.knownServers),
      phoneSettings: advice?.phoneSettings === true,
      contact: this.contact,
    });
    renderQrPanel(view, this.plan);
    const ready = this.plan.status === 'ready';
    view.copyButton.disabled = !ready;
    view.favouriteButton.disabled = !(this.plan.status === 'ready' && this.plan.command.target);
  }

  private phoneCallsState(): PhoneCallsState {
    if (this.phone?.phoneCalls) return 'on';
    return this.phone?.locked ? 'locked-off' : 'off';
  }

  /** The result line is a live region: screen readers hear every outcome. */
  private say(text: string, kind?: StatusKind, spokenOnly?: string): void {
    showStatus(this.view.result, text, kind, spokenOnly);
  }

  private async callFromField(): Promise<void> {
    // The address book answered for exactly this text: its first entry is who was meant, and
    // the preview already says so (Enter does what the preview shows).
    const contact = this.contact;
    if (contact) {
      await this.launch(contact.uri, contact.name);
      return;
    }
    const plan = this.plan;
    if (plan.status === 'empty') {
      this.say(translate('popup_nothing_to_call'), 'error');
      return;
    }
    if (plan.status === 'invalid') {
      // The reason is drawn under the field already; drawn twice it was noise, yet the live
      // region must still say it to someone who cannot see it.
      this.say(translate('popup_not_handed_refused'), 'error', translateMessage(plan.error));
      return;
    }
    const handed = await this.launch(plan.uri, commandInWords(plan.command));
    // The password was for this one launch.
    if (handed) {
      this.view.signInPassword.value = '';
      this.update();
    }
  }

  async launch(uri: string, inWords: string): Promise<boolean> {
    if (this.launching) return false;
    this.launching = true;
    try {
      const result = await handToTrueConf(uri);
      if (result.ok) {
        const key =
          result.outcome === 'awaiting-confirmation'
            ? 'popup_awaiting_confirmation'
            : 'popup_handed';
        this.say(translate(key, [inWords]), 'ok');
        return true;
      }
      const reason = translate(LAUNCH_ERROR_KEYS[result.error] ?? 'popup_launch_error_other');
      this.say(translate('popup_not_handed', [reason]), 'error');
      return false;
    } finally {
      this.launching = false;
    }
  }

  private async copy(): Promise<void> {
    if (this.plan.status !== 'ready') return;
    // The clipboard is shared with every app: a password never goes there.
    const { uriWithoutPassword, hasPassword } = this.plan;
    try {
      await navigator.clipboard.writeText(uriWithoutPassword);
      this.say(translate(hasPassword ? 'popup_copied_without_password' : 'popup_copied'), 'ok');
    } catch {
      this.say(translate('popup_copy_failed'), 'error');
    }
  }

  private async addToFavourites(): Promise<void> {
    if (this.plan.status !== 'ready') return;
    const toSave = favouriteToSave(
      this.plan.command,
      this.reading?.command.signIn != null,
      isSigningIn(this.signInFields()),
    );
    if (!toSave) return;
    const { command, keptLogin } = toSave;
    const uri = buildUri(command);
    const before = await readFavourites();
    const result = await addFavourite({ name: commandInWords(command), uri });
    if (!result.ok) {
      this.sayFavouriteError(result);
      return;
    }
    const existed = before.some((favourite) => favourite.id === result.favourite.id);
    const key = existed
      ? 'popup_favourite_exists'
      : keptLogin === null
        ? 'popup_favourite_added'
        : 'popup_favourite_added_with_login';
    this.say(translate(key, [result.favourite.name, keptLogin ?? '']), 'ok');
  }

  sayFavouriteError(result: StoreResult): void {
    if (result.ok) return;
    this.say(
      translate(FAVOURITE_RESULT_KEYS[result.error] ?? 'popup_favourites_storage_failed'),
      'error',
    );
  }
}
