import { isRecord } from './guards';

/**
 * What the receivers answer. An answer crosses contexts like a request does, so whoever reads one
 * takes it through its parser here: anything it does not recognise counts as no answer (null).
 */

/** A refusal or a failure; `error` is a code, never text for people. */
export interface Failure {
  ok: false;
  error: string;
}

export type LaunchResponse =
  | { ok: true; uri: string; outcome: 'handed-to-trueconf' }
  | { ok: true; outcome: 'awaiting-confirmation' }
  | Failure;

/**
 * Why a launch waits: a sign-in, "confirm every call", a web link's "ask", or a doubtful click;
 * `refused`: a page's launch that was turned down, and the window only says why.
 */
export type PendingKind = 'sign-in' | 'confirm-call' | 'web-link' | 'unclear-click' | 'refused';

/** A held launch as the confirmation window shows it. */
export interface PendingLaunchView {
  ok: true;
  kind: PendingKind;
  pageOrigin: string;
  /** What a launch would do, described without the password. */
  description: { key: string; substitutions: string[] };
  /** The URI without its password, for display. */
  uri: string;
  /** The link was changed or hidden when it was clicked (the rule against clickjacking). */
  doubtfulClick: boolean;
}

export type PendingLaunchAnswer = PendingLaunchView | Failure;

const PENDING_KINDS: readonly PendingKind[] = [
  'sign-in',
  'confirm-call',
  'web-link',
  'unclear-click',
  'refused',
];

function parseFailure(value: Record<string, unknown>): Failure | null {
  return typeof value.error === 'string' ? { ok: false, error: value.error } : null;
}

export function parseLaunchResponse(value: unknown): LaunchResponse | null {
  if (!isRecord(value)) return null;
  if (value.ok === false) return parseFailure(value);
  if (value.ok !== true) return null;
  if (value.outcome === 'awaiting-confirmation') return { ok: true, outcome: value.outcome };
  if (value.outcome === 'handed-to-trueconf' && typeof value.uri === 'string') {
    return { ok: true, uri: value.uri, outcome: value.outcome };
  }
  return null;
}

function isDescription(value: unknown): value is PendingLaunchView['description'] {
  return (
    isRecord(value) &&
    typeof value.key === 'string' &&
    Array.isArray(value.substitutions) &&
    value.substitutions.every((substitution) => typeof substitution === 'string')
  );
}

export function parsePendingLaunchAnswer(value: unknown): PendingLaunchAnswer | null {
  if (!isRecord(value)) return null;
  if (value.ok === false) return parseFailure(value);
  if (
    value.ok !== true ||
    !PENDING_KINDS.includes(value.kind as PendingKind) ||
    typeof value.pageOrigin !== 'string' ||
    !isDescription(value.description) ||
    typeof value.uri !== 'string' ||
    typeof value.doubtfulClick !== 'boolean'
  )
    return null;
  return {
    ok: true,
    kind: value.kind as PendingKind,
    pageOrigin: value.pageOrigin,
    description: {
      key: value.description.key,
      substitutions: [...value.description.substitutions],
    },
    uri: value.uri,
    doubtfulClick: value.doubtfulClick,
  };
}

/** Reports get no answer anyone reads; whatever comes back is dropped. */
export function ignoreAnswer(): undefined {
  return undefined;
}

export function parseText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function parseFlag(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/**
 * Answers about the user's TrueConf Server. `error` of a failure is a server error kind
 * (src/server/errors.ts) or `bad-request`. These shapes are what the background lets out of
 * src/server: never tokens, never a raw answer of the server.
 */
export interface ServerAccount {
  origin: string;
  userId: string;
  displayName: string;
}

export type ServerStatusAnswer = { ok: true; account: ServerAccount | null } | Failure;

export type ServerDoneAnswer = { ok: true } | Failure;

export type ContactPresence = 'available' | 'busy' | 'in-conference' | 'offline';

export interface ContactView {
  /** TrueConf ID as the server lists it. */
  id: string;
  name: string;
  presence: ContactPresence;
  /** The `trueconf:` link that calls this contact. */
  uri: string;
}

export type ServerContactsAnswer = { ok: true; contacts: ContactView[] } | Failure;

export interface ConferenceView {
  id: string;
  topic: string;
  /** Unix ms; null for a conference with no schedule. */
  startsAt: number | null;
  /** The conference page, for people without the app. */
  webLink: string;
  /** The `trueconf:` link that joins it (through the launcher). */
  uri: string;
}

export type ServerConferencesAnswer = { ok: true; conferences: ConferenceView[] } | Failure;

export type ServerMeetNowAnswer =
  { ok: true; conference: ConferenceView; invitation: string } | Failure;

const PRESENCES: readonly ContactPresence[] = ['available', 'busy', 'in-conference', 'offline'];

function isShortText(value: unknown, max = 8192): value is string {
  return typeof value === 'string' && value.length <= max;
}

function parseAccount(value: unknown): ServerAccount | null {
  if (!isRecord(value)) return null;
  const { origin, userId, displayName } = value;
  if (!isShortText(origin) || !isShortText(userId) || !isShortText(displayName)) return null;
  return { origin, userId, displayName };
}

export function parseServerStatusAnswer(value: unknown): ServerStatusAnswer | null {
  if (!isRecord(value)) return null;
  if (value.ok === false) return parseFailure(value);
  if (value.ok !== true) return null;
  if (value.account === null) return { ok: true, account: null };
  const account = parseAccount(value.account);
  return account ? { ok: true, account } : null;
}

export function parseServerDoneAnswer(value: unknown): ServerDoneAnswer | null {
  if (!isRecord(value)) return null;
  if (value.ok === false) return parseFailure(value);
  return value.ok === true ? { ok: true } : null;
}

function parseContactView(value: unknown): ContactView | null {
  if (!isRecord(value)) return null;
  const { id, name, presence, uri } = value;
  if (!isShortText(id) || !isShortText(name) || !isShortText(uri)) return null;
  if (!PRESENCES.includes(presence as ContactPresence)) return null;
  return { id, name, presence: presence as ContactPresence, uri };
}

function parseConferenceView(value: unknown): ConferenceView | null {
  if (!isRecord(value)) return null;
  const { id, topic, startsAt, webLink, uri } = value;
  if (!isShortText(id) || !isShortText(topic) || !isShortText(webLink) || !isShortText(uri)) {
    return null;
  }
  if (!(startsAt === null || (typeof startsAt === 'number' && Number.isFinite(startsAt)))) {
    return null;
  }
  return { id, topic, startsAt, webLink, uri };
}

function parseList<T>(value: unknown, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const items: T[] = [];
  for (const item of value) {
    const parsed = parse(item);
    if (!parsed) return null;
    items.push(parsed);
  }
  return items;
}

export function parseServerContactsAnswer(value: unknown): ServerContactsAnswer | null {
  if (!isRecord(value)) return null;
  if (value.ok === false) return parseFailure(value);
  if (value.ok !== true) return null;
  const contacts = parseList(value.contacts, parseContactView);
  return contacts ? { ok: true, contacts } : null;
}

export function parseServerConferencesAnswer(value: unknown): ServerConferencesAnswer | null {
  if (!isRecord(value)) return null;
  if (value.ok === false) return parseFailure(value);
  if (value.ok !== true) return null;
  const conferences = parseList(value.conferences, parseConferenceView);
  return conferences ? { ok: true, conferences } : null;
}

export function parseServerMeetNowAnswer(value: unknown): ServerMeetNowAnswer | null {
  if (!isRecord(value)) return null;
  if (value.ok === false) return parseFailure(value);
  if (value.ok !== true || !isShortText(value.invitation)) return null;
  const conference = parseConferenceView(value.conference);
  return conference ? { ok: true, conference, invitation: value.invitation } : null;
}

/** Presence on pages: `[id as the page sent it, presence]` for the IDs the server knows. */
export type PresenceAnswer = { ok: true; presence: [string, ContactPresence][] } | Failure;

export function parsePresenceAnswer(value: unknown): PresenceAnswer | null {
  if (!isRecord(value)) return null;
  if (value.ok === false) return parseFailure(value);
  if (value.ok !== true || !Array.isArray(value.presence)) return null;
  const presence: [string, ContactPresence][] = [];
  for (const pair of value.presence) {
    if (!Array.isArray(pair) || pair.length !== 2) return null;
    const [id, state] = pair as unknown[];
    if (!isShortText(id, 400) || !PRESENCES.includes(state as ContactPresence)) return null;
    presence.push([id, state as ContactPresence]);
  }
  return { ok: true, presence };
}
