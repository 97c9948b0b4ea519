/**
 * A typed client for the subset of the TrueConf Server API this extension uses, over an injected
 * `fetch` (the background's own; a fake one in tests). Every answer is checked by schema.ts and
 * every failure becomes a `ServerError`: callers see `Result`s only, never throw on the network.
 */
import {
  ADDRESS_BOOK_PAGE_SIZE,
  API_V4,
  API_V4_1,
  CONFERENCES_PATH,
  DEEPLINKS_SUFFIX,
  INSTANT_CONFERENCE_MODE,
  MAX_ANSWER_BYTES,
  ME_PATH,
  PASSWORD_DISABLED_ERROR,
  PRESENCE_PAGE_SIZE,
  REQUEST_TIMEOUT_MS,
  TOKEN_PATH,
  TOO_OLD_STATUS,
  USER_CLIENT_ID,
  WRONG_PASSWORD_ERRORS,
} from './assumptions';
import { failure, ok, type Result, type ServerErrorKind } from './errors';
import { parsePresencePage, type PresencePage } from './presence';
import {
  oauthErrorCode,
  parseConference,
  parseConferenceList,
  parseContactPage,
  parseDeeplinks,
  parseProfile,
  parseTokens,
  type Conference,
  type ContactPage,
  type Deeplinks,
  type Profile,
  type Tokens,
} from './schema';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Why a request never got an answer; only the browser knows, so it is asked (see the service). */
export type NetworkFailure = 'certificate' | 'unreachable';

export interface ClientOptions {
  /** `https://video.example.com` (see address.ts). */
  origin: string;
  fetch: FetchLike;
  timeoutMs?: number;
  /** Which of the two a failed request may have met (see the service); unreachable without it. */
  diagnose?: (url: string) => Promise<NetworkFailure>;
}

export interface ConferenceFilter {
  /** Unix milliseconds. */
  after?: number;
  before?: number;
}

export interface ServerClient {
  readonly origin: string;
  passwordGrant(login: string, password: string): Promise<Result<Tokens>>;
  refreshGrant(refreshToken: string): Promise<Result<Tokens>>;
  me(accessToken: string): Promise<Result<Profile>>;
  /** `word` is one word: the API searches for one (anything after a space is dropped). */
  searchAddressBook(
    accessToken: string,
    userId: string,
    word: string,
    pageId?: number,
  ): Promise<Result<ContactPage>>;
  listConferences(accessToken: string, filter?: ConferenceFilter): Promise<Result<Conference[]>>;
  createInstantConference(
    accessToken: string,
    owner: string,
    topic: string,
  ): Promise<Result<Conference>>;
  deeplinks(accessToken: string, conferenceId: string): Promise<Result<Deeplinks>>;
  /** A page of the whole address book (no search), read for presence on pages. */
  presencePage(accessToken: string, userId: string, pageId?: number): Promise<Result<PresencePage>>;
}

interface Answer {
  status: number;
  /** The parsed JSON body, or undefined when there was none or it was not JSON. */
  body: unknown;
}

/** The first word of a search, as the address book takes it. */
export function searchWord(query: string): string {
  return query.trim().split(/\s+/)[0] ?? '';
}

function statusError(status: number): ServerErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 500) return 'server-error';
  return 'bad-answer';
}

async function readJson(response: Response): Promise<unknown> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_ANSWER_BYTES) return undefined;
  const body = await response.text();
  if (body.length > MAX_ANSWER_BYTES || body === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

export function createServerClient(options: ClientOptions): ServerClient {
  const { origin } = options;
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;

  async function request(
    path: string,
    init: { method: 'GET' | 'POST'; token?: string; json?: unknown },
  ): Promise<Result<Answer>> {
    const url = `${origin}${path}`;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    if (init.json !== undefined) headers['Content-Type'] = 'application/json';
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await options.fetch(url, {
        method: init.method,
        headers,
        // Never the browser's cookies or saved HTTP credentials: the token is the only key.
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error',
        signal: controller.signal,
        ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
      });
      const body = await readJson(response);
      return ok({ status: response.status, body });
    } catch {
      if (timedOut) return failure('timeout');
      return failure(options.diagnose ? await options.diagnose(url) : 'unreachable');
    } finally {
      clearTimeout(timer);
    }
  }

  async function tokenRequest(grant: Record<string, string>): Promise<Result<Tokens>> {
    const answer = await request(TOKEN_PATH, {
      method: 'POST',
      json: { ...grant, client_id: USER_CLIENT_ID },
    });
    if (!answer.ok) return answer;
    const { status, body } = answer.value;
    if (status === 200) {
      const tokens = parseTokens(body);
      return tokens ? ok(tokens) : failure('bad-answer');
    }
    const code = oauthErrorCode(body);
    if (status === 403 && code === PASSWORD_DISABLED_ERROR) {
      return failure('password-sign-in-disabled');
    }
    if (
      status === 401 ||
      (status === 400 && code !== null && WRONG_PASSWORD_ERRORS.includes(code))
    ) {
      return failure('wrong-password');
    }
    // No token endpoint where one should be: not a TrueConf Server of 4.3.9 or later.
    if (status === TOO_OLD_STATUS) return failure('too-old');
    return failure(statusError(status));
  }

  async function api<T>(
    path: string,
    token: string,
    parse: (body: unknown) => T | null,
    init: { method?: 'GET' | 'POST'; json?: unknown } = {},
  ): Promise<Result<T>> {
    const answer = await request(path, { method: init.method ?? 'GET', token, json: init.json });
    if (!answer.ok) return answer;
    const { status, body } = answer.value;
    if (status < 200 || status > 299) return failure(statusError(status));
    const value = parse(body);
    return value === null ? failure('bad-answer') : ok(value);
  }

  return {
    origin,
    passwordGrant: (login, password) =>
      tokenRequest({ grant_type: 'password', username: login, password }),
    refreshGrant: (refreshToken) =>
      tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken }),
    async me(accessToken) {
      const result = await api(`${API_V4}${ME_PATH}`, accessToken, parseProfile);
      // The token endpoint answered, API v4 does not: a server older than 5.5.3.
      if (!result.ok && result.error.kind === 'not-found') return failure('too-old');
      return result;
    },
    searchAddressBook(accessToken, userId, word, pageId) {
      const query = new URLSearchParams({
        filter_search: searchWord(word),
        page_size: String(ADDRESS_BOOK_PAGE_SIZE),
      });
      if (pageId !== undefined) query.set('page_id', String(pageId));
      const path = `${API_V4_1}/users/${encodeURIComponent(userId)}/addressbook?${query}`;
      return api(path, accessToken, parseContactPage);
    },
    listConferences(accessToken, filter = {}) {
      const query = new URLSearchParams();
      if (filter.after !== undefined) query.set('after', String(Math.floor(filter.after / 1000)));
      if (filter.before !== undefined) {
        query.set('before', String(Math.floor(filter.before / 1000)));
      }
      const suffix = query.size > 0 ? `?${query}` : '';
      return api(`${API_V4}${CONFERENCES_PATH}${suffix}`, accessToken, parseConferenceList);
    },
    createInstantConference(accessToken, owner, topic) {
      return api(`${API_V4}${CONFERENCES_PATH}`, accessToken, parseConference, {
        method: 'POST',
        json: { topic, owner, mode: INSTANT_CONFERENCE_MODE, schedule: { type: 'none' } },
      });
    },
    deeplinks(accessToken, conferenceId) {
      const path = `${API_V4}${CONFERENCES_PATH}/${encodeURIComponent(conferenceId)}${DEEPLINKS_SUFFIX}`;
      return api(path, accessToken, parseDeeplinks);
    },
    presencePage(accessToken, userId, pageId) {
      const query = new URLSearchParams({ page_size: String(PRESENCE_PAGE_SIZE) });
      if (pageId !== undefined) query.set('page_id', String(pageId));
      const path = `${API_V4_1}/users/${encodeURIComponent(userId)}/addressbook?${query}`;
      return api(path, accessToken, parsePresencePage);
    },
  };
}
