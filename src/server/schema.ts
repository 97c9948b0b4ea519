/**
 * Checks every answer of the server against what the API documents (see assumptions.ts) and
 * turns it into this extension's own small types. Anything else is null: the caller reports
 * `bad-answer`, and no raw answer reaches a page, the popup or storage.
 */
import { isValidConferenceId } from '../protocol';
import { LAST_PAGE_ID, PRESENCE_CODES } from './assumptions';

export type Presence = 'available' | 'busy' | 'in-conference' | 'offline';

export const PRESENCES: readonly Presence[] = ['available', 'busy', 'in-conference', 'offline'];

export interface Tokens {
  accessToken: string;
  /** null: the server gave none; the session ends when the access token does. */
  refreshToken: string | null;
  /** Seconds the access token lives, as the server said. */
  expiresIn: number;
}

export interface Profile {
  /** The login, as `users/{id}` and a conference's `owner` name it. */
  id: string;
  displayName: string;
}

export interface Contact {
  /** TrueConf ID as the server lists it (`smith` or `smith@server`). */
  id: string;
  name: string;
  presence: Presence;
}

export interface ContactPage {
  contacts: Contact[];
  /** null on the last page. */
  nextPageId: number | null;
}

export interface Conference {
  id: string;
  topic: string;
  /** Unix milliseconds; null for a conference with no schedule (an instant one). */
  startsAt: number | null;
  /** The conference page (`https://S/c/CID`), when the server gave an http(s) one. */
  webUrl: string | null;
}

export interface Deeplinks {
  /** The `trueconf:` (or web) link the server suggests for desktops. */
  default: string | null;
}

const MAX_TEXT = 1000;
const MAX_TOKEN = 8192;
const MAX_LIST = 1000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max = MAX_TEXT): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : null;
}

/** Ids come as strings or numbers depending on the field and the version. */
function idText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return text(value, 256);
}

function unwrap(value: unknown, key: string): unknown {
  return isRecord(value) && isRecord(value[key]) ? value[key] : value;
}

/**
 * An address book page's `next_page_id`: the next page's id, null after the last page (−1, or
 * none given), undefined when it is no page id at all (the answer is then unreadable).
 */
export function nextPageIdOf(next: unknown): number | null | undefined {
  if (next === undefined || next === null) return null;
  if (typeof next !== 'number' || !Number.isInteger(next)) return undefined;
  return next !== LAST_PAGE_ID && next >= 0 ? next : null;
}

/** Control characters never reach the UI, whatever the server's data holds. */
function clean(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
}

export function parseTokens(value: unknown): Tokens | null {
  if (!isRecord(value)) return null;
  const accessToken = text(value.access_token, MAX_TOKEN);
  if (!accessToken) return null;
  if (value.token_type !== undefined && String(value.token_type).toLowerCase() !== 'bearer') {
    return null;
  }
  const refreshToken =
    value.refresh_token === undefined ? null : text(value.refresh_token, MAX_TOKEN);
  if (value.refresh_token !== undefined && refreshToken === null) return null;
  const expiresIn = value.expires_in;
  if (
    expiresIn !== undefined &&
    !(typeof expiresIn === 'number' && expiresIn > 0 && expiresIn < 1e9)
  ) {
    return null;
  }
  return { accessToken, refreshToken, expiresIn: typeof expiresIn === 'number' ? expiresIn : -1 };
}

export function parseProfile(value: unknown): Profile | null {
  const user = unwrap(value, 'user');
  if (!isRecord(user)) return null;
  const id = idText(user.id) ?? idText(user.login);
  if (!id) return null;
  const name = text(user.display_name);
  return { id, displayName: clean(name ?? id) || id };
}

export function presenceOf(code: unknown): Presence {
  if (typeof code !== 'number' || !Number.isInteger(code)) return 'offline';
  return PRESENCE_CODES[code] ?? 'offline';
}

function parseContact(value: unknown): Contact | null {
  if (!isRecord(value)) return null;
  const id = idText(value.id) ?? idText(value.uid);
  if (!id) return null;
  const name = text(value.display_name);
  return { id, name: clean(name ?? id) || id, presence: presenceOf(value.status) };
}

export function parseContactPage(value: unknown): ContactPage | null {
  if (!isRecord(value) || !Array.isArray(value.contacts)) return null;
  if (value.contacts.length > MAX_LIST) return null;
  const contacts: Contact[] = [];
  for (const item of value.contacts) {
    // A group or a non-user entry of the address book is no one to call.
    if (isRecord(item) && item.is_user === false) continue;
    const contact = parseContact(item);
    if (!contact) return null;
    contacts.push(contact);
  }
  const nextPageId = nextPageIdOf(value.next_page_id);
  if (nextPageId === undefined) return null;
  return { contacts, nextPageId };
}

function httpUrl(value: unknown): string | null {
  const candidate = text(value, 2048);
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function parseConference(value: unknown): Conference | null {
  const conference = unwrap(value, 'conference');
  if (!isRecord(conference)) return null;
  const id = idText(conference.id);
  if (!id || !isValidConferenceId(id)) return null;
  const topic = text(conference.topic);
  const schedule = conference.schedule;
  let startsAt: number | null = null;
  if (isRecord(schedule) && schedule.type !== 'none' && schedule.start_time !== undefined) {
    const start = schedule.start_time;
    if (typeof start !== 'number' || !Number.isFinite(start) || start < 0 || start > 1e11) {
      return null;
    }
    startsAt = start * 1000;
  }
  return { id, topic: clean(topic ?? id) || id, startsAt, webUrl: httpUrl(conference.url) };
}

/**
 * `{ conferences: [...] }` (or a bare array). An item that does not read as a conference is
 * dropped, the others kept; a list where nothing could be read is a bad answer.
 */
export function parseConferenceList(value: unknown): Conference[] | null {
  const items = Array.isArray(value)
    ? value
    : isRecord(value) && Array.isArray(value.conferences)
      ? (value.conferences as unknown[])
      : null;
  if (!items || items.length > MAX_LIST) return null;
  const conferences = items.flatMap((item) => parseConference(item) ?? []);
  return items.length > 0 && conferences.length === 0 ? null : conferences;
}

export function parseDeeplinks(value: unknown): Deeplinks | null {
  if (!isRecord(value)) return null;
  const link = text(value.default, 2048);
  if (value.default !== undefined && value.default !== null && link === null) return null;
  return { default: link };
}

/** The error code of an OAuth-style error answer (`{"error":"invalid_grant"}`), if any. */
export function oauthErrorCode(value: unknown): string | null {
  return isRecord(value) ? text(value.error, 100) : null;
}
