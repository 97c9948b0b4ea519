import {
  buildUri,
  callStringProtocol,
  describeError,
  isValidConferenceId,
  isValidLogin,
  isValidRtspAddress,
  isValidServer,
  isValidTrueConfId,
  launchCommand,
  rtspUrlToCommand,
  validateCommand,
  type Command,
  type SignIn,
  type Target,
} from '../protocol';
import type { Message } from '../i18n/message';

/**
 * The link builder: a form for every command of protocol.md, turned into a `trueconf:` URI with
 * `buildUri` and into HTML snippets for intranet pages. Pure, so every output is unit-tested.
 * Nothing here is ever stored: the password in particular lives only in the form.
 */

export const BUILDER_KINDS = [
  'launch',
  'signIn',
  'callUser',
  'callString',
  'rtsp',
  'conference',
  'moderatorConference',
  'conferenceWithSignIn',
] as const;
export type BuilderKind = (typeof BUILDER_KINDS)[number];

export interface BuilderInput {
  kind: BuilderKind;
  /** The user to call, or the moderator whose conference to join. */
  login: string;
  /** Their server; empty means the server the app is signed in to. */
  server: string;
  callString: string;
  /** `rtsp://host:554/path` or `//host:554/path`. */
  rtsp: string;
  conferenceId: string;
  /** Empty means the server the app is signed in to. */
  conferenceServer: string;
  /** `h=`: empty signs in on the server the app already knows. */
  signInServer: string;
  signInLogin: string;
  password: string;
  encrypt: boolean;
  force: boolean;
  autoclose: boolean;
}

export type BuilderField = Exclude<keyof BuilderInput, 'kind'>;

/** Which fields each kind of command uses, in the order the form shows them. */
export const BUILDER_FIELDS: Readonly<Record<BuilderKind, readonly BuilderField[]>> = {
  launch: [],
  signIn: ['signInServer', 'signInLogin', 'password', 'encrypt', 'force', 'autoclose'],
  callUser: ['login', 'server', 'autoclose'],
  callString: ['callString', 'autoclose'],
  rtsp: ['rtsp', 'autoclose'],
  conference: ['conferenceId', 'conferenceServer', 'autoclose'],
  moderatorConference: ['login', 'server', 'autoclose'],
  conferenceWithSignIn: [
    'conferenceId',
    'conferenceServer',
    'signInServer',
    'signInLogin',
    'password',
    'encrypt',
    'force',
    'autoclose',
  ],
};

/** Fields a kind cannot do without. */
const REQUIRED_FIELDS: Readonly<Partial<Record<BuilderKind, readonly BuilderField[]>>> = {
  signIn: ['signInLogin'],
  callUser: ['login'],
  callString: ['callString'],
  rtsp: ['rtsp'],
  conference: ['conferenceId'],
  moderatorConference: ['login'],
  conferenceWithSignIn: ['conferenceId', 'conferenceServer', 'signInServer', 'signInLogin'],
};

export const EMPTY_BUILDER_INPUT: Readonly<BuilderInput> = Object.freeze({
  kind: 'callUser',
  login: '',
  server: '',
  callString: '',
  rtsp: '',
  conferenceId: '',
  conferenceServer: '',
  signInServer: '',
  signInLogin: '',
  password: '',
  // The article calls encrypt=1 required and shows force=1 in every sign-in example.
  encrypt: true,
  force: true,
  autoclose: false,
});

export interface FieldProblem extends Message {
  /** The field to point at; `null` for a problem with the whole command. */
  field: BuilderField | null;
}

export type BuilderResult =
  | { ok: true; command: Command; uri: string; carriesPassword: boolean }
  | { ok: false; problems: FieldProblem[] };

function problem(
  field: BuilderField | null,
  key: string,
  substitutions: string[] = [],
): FieldProblem {
  return { field, key, substitutions };
}

type TextField = {
  [K in BuilderField]: BuilderInput[K] extends string ? K : never;
}[BuilderField];

/** Trimmed text of a field: people paste addresses with spaces around them. */
function text(input: BuilderInput, field: TextField): string {
  return input[field].trim();
}

function checkServer(
  input: BuilderInput,
  field: TextField,
  problems: FieldProblem[],
): string | null {
  const server = text(input, field).toLowerCase();
  if (server === '') return null;
  if (!isValidServer(server))
    problems.push(problem(field, 'options_builder_invalid_server', [server]));
  return server;
}

function targetOf(input: BuilderInput, problems: FieldProblem[]): Target | null {
  switch (input.kind) {
    case 'launch':
    case 'signIn':
      return null;
    case 'callUser':
    case 'moderatorConference': {
      const login = text(input, 'login');
      const server = checkServer(input, 'server', problems);
      if (login !== '' && !isValidLogin(login)) {
        problems.push(problem('login', 'options_builder_invalid_login', [login]));
      }
      return {
        type: input.kind === 'callUser' ? 'user' : 'moderatorConference',
        login,
        server,
      };
    }
    case 'callString': {
      const callString = text(input, 'callString');
      return { type: 'callString', protocol: callStringProtocol(callString), callString };
    }
    case 'rtsp': {
      const written = text(input, 'rtsp');
      if (written === '') return null;
      const fromUrl = /^rtsp:/i.test(written) ? rtspUrlToCommand(written)?.target : null;
      const address = fromUrl?.type === 'rtsp' ? fromUrl.address : written;
      if (!isValidRtspAddress(address)) {
        problems.push(problem('rtsp', 'options_builder_invalid_rtsp', [written]));
      }
      return { type: 'rtsp', address };
    }
    case 'conference':
    case 'conferenceWithSignIn': {
      const id = text(input, 'conferenceId');
      if (id !== '' && !isValidConferenceId(id)) {
        problems.push(problem('conferenceId', 'options_builder_invalid_conference_id', [id]));
      }
      const server = checkServer(input, 'conferenceServer', problems);
      return { type: 'conference', id, server };
    }
  }
}

function signInOf(input: BuilderInput, problems: FieldProblem[]): SignIn | null {
  if (input.kind !== 'signIn' && input.kind !== 'conferenceWithSignIn') return null;
  const login = text(input, 'signInLogin');
  if (login !== '' && !isValidLogin(login) && !isValidTrueConfId(login)) {
    problems.push(problem('signInLogin', 'options_builder_invalid_login', [login]));
  }
  // The password is taken exactly as typed: spaces can be part of it.
  const password = input.password;
  return {
    server: checkServer(input, 'signInServer', problems),
    login: login === '' ? null : login,
    password: password === '' ? null : password,
    encrypt: input.encrypt,
    force: input.force,
  };
}

/** The command the form describes, or what is wrong with it, field by field. */
export function buildFromInput(input: BuilderInput): BuilderResult {
  if (input.kind === 'launch') {
    return {
      ok: true,
      command: launchCommand(),
      uri: buildUri(launchCommand()),
      carriesPassword: false,
    };
  }
  const problems: FieldProblem[] = [];
  for (const field of REQUIRED_FIELDS[input.kind] ?? []) {
    const value = input[field];
    if (typeof value === 'string' && value.trim() === '') {
      problems.push(problem(field, 'options_builder_required'));
    }
  }
  const target = targetOf(input, problems);
  const signIn = signInOf(input, problems);
  if (problems.length > 0) return { ok: false, problems };
  const command: Command = {
    target,
    signIn,
    autoclose: input.autoclose,
    unknownParameters: [],
  };
  const error = validateCommand(command);
  if (error) {
    const description = describeError(error);
    return { ok: false, problems: [problem(null, description.key, description.substitutions)] };
  }
  return {
    ok: true,
    command,
    uri: buildUri(command),
    carriesPassword: signIn?.password != null,
  };
}

/**
 * Escapes text for HTML element content and for quoted attribute values alike. `&` matters most
 * for URIs: `&login=` in an attribute must be written `&amp;login=`.
 */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function linkSnippet(uri: string, linkText: string): string {
  return `<a href="${escapeHtml(uri)}">${escapeHtml(linkText)}</a>`;
}

/**
 * A link that looks like a button. A real `<button>` would need a script to navigate, which
 * intranet pages with a strict CSP refuse; a link works everywhere, opens with Enter like any
 * link, and the extension sees it like any other trueconf: link.
 */
export function buttonSnippet(uri: string, linkText: string): string {
  const style = [
    'display:inline-block',
    'padding:8px 16px',
    'border-radius:6px',
    'background:#1565c0',
    'color:#fff',
    'font:600 14px/1.2 system-ui,sans-serif',
    'text-decoration:none',
  ].join(';');
  return `<a href="${escapeHtml(uri)}" style="${style}">${escapeHtml(linkText)}</a>`;
}
