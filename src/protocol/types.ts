/**
 * The typed model of a `trueconf:` command (docs/protocol.md). A `Command` is plain JSON
 * data so it can cross extension messaging and be stored. All strings are decoded values, never
 * percent-encoded text; `buildUri` does the encoding.
 *
 * Invariant: every command that `validateCommand` accepts builds to exactly one URI, and parsing
 * that URI gives back a deep-equal command. `null` marks an absent part so the shape never varies.
 */

/** Call-string prefixes the TrueConf Server knows, plus `other` for anything else. */
export type CallProtocol = 'sip' | 'h323' | 'tel' | 'guest' | 'e164' | 'other';

/** `trueconf:smith` or `trueconf:smith@conf.company.com`. */
export interface UserTarget {
  type: 'user';
  /** The user part of the TrueConf ID, valid under `isValidLogin`. */
  login: string;
  /** Valid under `isValidServer`; `null` calls on the server the app is signed in to. */
  server: string | null;
}

/** `trueconf:smith&conftype=hotquery`: the conference whose moderator is `login`. */
export interface ModeratorConferenceTarget {
  type: 'moderatorConference';
  login: string;
  server: string | null;
}

/** `trueconf:\c\CID` or `trueconf:\c\CID@S%23vcs`. */
export interface ConferenceTarget {
  type: 'conference';
  /** Valid under `isValidConferenceId`. */
  id: string;
  server: string | null;
}

/** `trueconf:#rtsp:%2f%2fhost:554%2fpath`. */
export interface RtspTarget {
  type: 'rtsp';
  /** The RTSP URL without its `rtsp:` scheme, e.g. `//host:554/path` (see `isValidRtspAddress`). */
  address: string;
}

/**
 * Any other call string: `#sip:alice@10.0.0.5`, `#h323:10.0.0.9`, `#tel:89261112233`,
 * `#guest:Name`, `\e\1234`, or a string with no known prefix (`+79261112233`).
 * `protocol` is always what `callStringProtocol(callString)` says; it is there for readers.
 */
export interface CallStringTarget {
  type: 'callString';
  protocol: CallProtocol;
  /** The whole call string, prefix included. */
  callString: string;
}

export type Target =
  UserTarget | ModeratorConferenceTarget | ConferenceTarget | RtspTarget | CallStringTarget;

export type TargetType = Target['type'];

/** `h=S&login=L&password=P&encrypt=1&force=1`; any subset, but never none of them. */
export interface SignIn {
  /** `h=`: the server to sign in to, valid under `isValidServer`. */
  server: string | null;
  /** `login=`: a login (`isValidLogin`) or a full TrueConf ID `login@server`. */
  login: string | null;
  /** `password=`: anything, including the empty string. */
  password: string | null;
  /** `encrypt=1` */
  encrypt: boolean;
  /** `force=1` */
  force: boolean;
}

/** A parameter this library does not know; kept in order so nothing the author wrote is lost. */
export interface UnknownParameter {
  /** Matches `^[A-Za-z_][A-Za-z0-9_.-]*$` and is none of the known names (any case). */
  name: string;
  value: string;
}

export interface Command {
  /** `null` for a launch or a sign-in only. */
  target: Target | null;
  signIn: SignIn | null;
  /** `autoclose=1` */
  autoclose: boolean;
  unknownParameters: UnknownParameter[];
}

export type UriScheme = 'trueconf' | 'visicall';

/** The parameters this library models, in the order `buildUri` writes them. */
export const KNOWN_PARAMETERS = [
  'conftype',
  'h',
  'login',
  'password',
  'encrypt',
  'force',
  'autoclose',
] as const;

export type KnownParameter = (typeof KNOWN_PARAMETERS)[number];

export const HOTQUERY = 'hotquery';

/** A command that only opens the app. */
export function launchCommand(): Command {
  return { target: null, signIn: null, autoclose: false, unknownParameters: [] };
}

export function commandWithTarget(target: Target): Command {
  return { target, signIn: null, autoclose: false, unknownParameters: [] };
}
