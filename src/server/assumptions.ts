/**
 * Every guess this extension makes about a real TrueConf Server's API, in one place, so an answer
 * from a real server can correct it here and nowhere else. Each guess names where it comes from
 * (docs/server.md lists the public sources). Nothing here was tried against a real server: the
 * stand-in server of the tests (test/stand-in-server) is built from the same guesses.
 */

/** OAuth 2.0 token endpoint (API reference, "Integration with TrueConf Server 4.3.9+"). */
export const TOKEN_PATH = '/oauth2/v1/token';

/** The public client a user's own password sign-in names (API reference's example). */
export const USER_CLIENT_ID = 'trueconf_server_users';

/**
 * The token answer is standard OAuth 2.0 JSON: `access_token`, `token_type: "Bearer"`,
 * `expires_in` seconds (604800 in the reference), and a `refresh_token`. A missing
 * `expires_in` is taken as this many seconds, a missing refresh token as "sign in again".
 */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;

/** A token is refreshed this long before it runs out, so a request never carries a dead one. */
export const REFRESH_MARGIN_SECONDS = 60;

/**
 * Wrong login or password: OAuth 2.0 says `400 {"error":"invalid_grant"}`; some servers answer
 * 401. Both mean "wrong login or password" at the token endpoint.
 */
export const WRONG_PASSWORD_ERRORS: readonly string[] = ['invalid_grant', 'invalid_client'];

/** Password sign-in switched off by the administrator (python-trueconf-bot docs): 403 + this. */
export const PASSWORD_DISABLED_ERROR = 'auth_method_disabled';

/** API v4 (TrueConf Server 5.5.3+), base of `/me` and `conferences` (trueconf-server-mcp). */
export const API_V4 = '/api/v4';

/** The address book lives in v4.1 (TrueConf Server 5.5.6+). */
export const API_V4_1 = '/api/v4.1';

/**
 * A server without API v4 answers 404 on `GET /api/v4/me`: that is how "server too old" is told
 * apart from a wrong address (which fails at the token endpoint already).
 */
export const TOO_OLD_STATUS = 404;

/**
 * `GET /me` answers the profile either bare or wrapped as `{ user: {...} }`; `id` is the login
 * (used in `users/{id}/addressbook` and as a conference's `owner`), `display_name` the name.
 */
export const ME_PATH = '/me';

/** Address book search: one word only (trueconf-server-mcp); the page size we ask for. */
export const ADDRESS_BOOK_PAGE_SIZE = 20;

/** `next_page_id` of the last page. */
export const LAST_PAGE_ID = -1;

/**
 * Presence codes (VideoSDK / Room API): −1 invalid, 0 offline, 1 available, 2 busy,
 * 5 in a group conference; the React Native SDK calls 2–5 busy. Unknown codes show as offline
 * rather than as something they may not be.
 */
export const PRESENCE_CODES: Readonly<Record<number, 'available' | 'busy' | 'in-conference'>> = {
  1: 'available',
  2: 'busy',
  3: 'busy',
  4: 'busy',
  5: 'in-conference',
};

/**
 * An instant conference: `POST /conferences` with a topic, the owner's id, a mode and
 * `schedule: { type: "none" }` (trueconf-server-mcp's create model). `symmetric` is `PxP`
 * ("all on screen") there.
 */
export const INSTANT_CONFERENCE_MODE = 'PxP';

/**
 * A conference is answered bare or as `{ conference: {...} }`; a list as `{ conferences: [...] }`.
 * `schedule.start_time` is Unix seconds; `url` the conference page (`https://S/c/CID`).
 */
export const CONFERENCES_PATH = '/conferences';

/** `GET conferences/{id}/deeplinks` → `{ default, android }`. */
export const DEEPLINKS_SUFFIX = '/deeplinks';

/** How long one request may take before the user hears "the server did not answer in time". */
export const REQUEST_TIMEOUT_MS = 10_000;

/** Answers larger than this are not read: no real answer of this subset comes near. */
export const MAX_ANSWER_BYTES = 1_000_000;

/**
 * Presence on pages. No endpoint in the public sources answers presence for a list of TrueConf
 * IDs; the address book does, per contact (`status`). The whole book is read without
 * `filter_search` (trueconf-server-mcp's `get_user_addressbook`: "view the full address book"),
 * page by page, this many contacts a page (a server that caps the page size lower still pages).
 * A contact names itself twice: `id` short (`elisa`) and `uid` full (`elisa@video.example.net`),
 * as trueconf-server-mcp documents; either may be the one a page links.
 */
export const PRESENCE_PAGE_SIZE = 200;

/**
 * A listed conference's end is not known (the list names a start, `schedule.start_time`, and
 * nothing this extension reads as a length), so a scheduled conference counts as running, shown
 * as "now" with its Join button, for this long after its start. A guess, not the API's word.
 */
export const RUNNING_WINDOW_MS = 60 * 60 * 1000;

/**
 * "Your conferences": the list is asked for with `after`/`before` (Unix seconds, the filters the
 * official MCP server names) from the start of a running one until this far ahead; a server that
 * ignores the filters is filtered again here.
 */
export const UPCOMING_HORIZON_MS = 7 * 24 * 60 * 60 * 1000;
