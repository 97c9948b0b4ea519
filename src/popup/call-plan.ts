import {
  buildUri,
  describeCommand,
  describeError,
  hasSignIn,
  isValidLogin,
  isValidServer,
  isValidTrueConfId,
  validateCommand,
  targetHidesParameters,
  withoutPassword,
  type Command,
  type CommandDescription,
  type ErrorDescription,
  type SignIn,
} from '../protocol';
import type { Reading } from './interpret';

/**
 * The command the Call button launches: the chosen reading of the field, with the popup's own
 * options (close after the call, sign in) applied. Pure, so every combination is testable.
 */

export interface SignInFields {
  server: string;
  login: string;
  /** Used for this one launch; the popup clears it after handing the call over. */
  password: string;
  /** `force=1`: sign out whoever is signed in. */
  force: boolean;
}

export interface CallOptions {
  autoclose: boolean;
  signIn: SignInFields;
}

export type CallPlan =
  | { status: 'empty' }
  | { status: 'invalid'; error: ErrorDescription }
  | {
      status: 'ready';
      command: Command;
      /** Exactly what is handed to TrueConf. */
      uri: string;
      /** `uri` with the sign-in password masked, for the preview. */
      displayUri: string;
      /** `uri` without any password: what may be copied, shown in a QR code or saved. */
      uriWithoutPassword: string;
      hasPassword: boolean;
      /** True when the command signs someone in (or out): never shown as a QR code. */
      signsIn: boolean;
      description: CommandDescription;
    };

/** A fixed-length mask, so the preview does not give away how long the password is. */
export const PASSWORD_MASK = '••••••';

/** The sign-in counts once a login or a password is typed; a server alone is just prefilled. */
export function isSigningIn(fields: SignInFields): boolean {
  return fields.login.trim() !== '' || fields.password !== '';
}

type SignInResult = { ok: true; signIn: SignIn } | { ok: false; error: ErrorDescription };

function signInFrom(fields: SignInFields): SignInResult {
  const server = fields.server.trim();
  const login = fields.login.trim();
  if (login === '')
    return { ok: false, error: { key: 'popup_error_sign_in_login', substitutions: [] } };
  if (!isValidLogin(login) && !isValidTrueConfId(login)) {
    return { ok: false, error: describeError({ code: 'invalid-login' }) };
  }
  if (server !== '' && !isValidServer(server)) {
    return { ok: false, error: describeError({ code: 'invalid-server', detail: server }) };
  }
  return {
    ok: true,
    // The article calls encrypt=1 required: the app encrypts the password before sending it.
    signIn: {
      server: server || null,
      login,
      // No password: the app asks for it rather than trying an empty one.
      password: fields.password === '' ? null : fields.password,
      encrypt: true,
      force: fields.force,
    },
  };
}

/** The password is written `password=<encoded>`; parameters after it start with `&`. */
function maskedUri(command: Command): string {
  if (command.signIn?.password == null) return buildUri(command);
  const unmasked = buildUri({ ...command, signIn: { ...command.signIn, password: '' } });
  // Targets encode `&`, so the first `&password=` is the sign-in's.
  return unmasked.replace('&password=', `&password=${PASSWORD_MASK}`);
}

export function planCall(reading: Reading | null, options: CallOptions): CallPlan {
  const signingIn = isSigningIn(options.signIn);
  if (!reading && !signingIn) return { status: 'empty' };
  let signIn = reading?.command.signIn ?? null;
  if (signingIn) {
    const result = signInFrom(options.signIn);
    if (!result.ok) return { status: 'invalid', error: result.error };
    signIn = result.signIn;
  }
  const original = reading?.command;
  const command: Command = {
    target: original?.target ?? null,
    signIn,
    autoclose: (original?.autoclose ?? false) || options.autoclose,
    unknownParameters: original?.unknownParameters ?? [],
  };
  const error =
    validateCommand(command) ??
    (targetHidesParameters(command) ? { code: 'hidden-parameter' as const } : null);
  if (error) return { status: 'invalid', error: describeError(error) };
  // A pasted URI keeps its own canonical form when nothing was added to it.
  const unchanged = reading && !signingIn && command.autoclose === reading.command.autoclose;
  const uri = unchanged ? reading.uri : buildUri(command);
  const uriWithoutPassword = buildUri(withoutPassword(command));
  const hasPassword = uriWithoutPassword !== buildUri(command);
  return {
    status: 'ready',
    command,
    uri,
    displayUri: hasPassword ? maskedUri(command) : uri,
    uriWithoutPassword,
    hasPassword,
    signsIn: hasSignIn(command),
    description: phoneDescription(reading, command) ?? describeCommand(command),
  };
}

/** A phone number is shown as it is written, `+7 916 555 12 34`, with its extension. */
function phoneDescription(reading: Reading | null, command: Command): CommandDescription | null {
  const phone = reading?.phone;
  if (!phone || command.signIn) return null;
  return phone.extension === null
    ? { key: 'popup_phone_call', substitutions: [phone.display] }
    : { key: 'popup_phone_call_extension', substitutions: [phone.display, phone.extension] };
}

/** What "add to favourites" saves: the call itself, never a sign-in. Null when there is no call. */
export function favouriteCommand(command: Command): Command | null {
  if (!command.target) return null;
  return withoutPassword({ ...command, signIn: null });
}
