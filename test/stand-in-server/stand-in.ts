/**
 * A stand-in TrueConf Server for the tests: the subset of the API this extension uses, as
 * src/server/assumptions.ts guesses it, on 127.0.0.1 only, over http or https (a self-signed
 * certificate made with openssl when the tests start). Tests flip its switches to make each
 * failure happen; nothing here is a real server's behaviour beyond those guesses.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface StandInUser {
  password: string;
  displayName: string;
}

export interface StandInContact {
  id: string;
  display_name: string;
  /** Presence code as the API gives it. */
  status: number;
}

export interface StandInConference {
  id: string;
  topic: string;
  owner: string;
  schedule: { type: 'none' | 'once'; start_time?: number };
  url: string;
  /** Logins invited besides the owner; the list shows a user what they own or are invited to. */
  invited?: string[];
}

export interface StandInSwitches {
  /** 403 `auth_method_disabled` on the password grant. */
  passwordDisabled: boolean;
  /** No API v4: every `/api/v4…` path answers 404. */
  noV4: boolean;
  /** Answers this much later (ms). */
  delayMs: number;
  /** API answers are JSON of the wrong shape (`garbage`) or not JSON at all (`not-json`). */
  malformed: 'no' | 'garbage' | 'not-json';
  /** Refresh grants are refused (400 invalid_grant). */
  refreshRefused: boolean;
  /** `expires_in` of new access tokens, seconds. */
  tokenLifetime: number;
  /**
   * The conference list only: `garbage` (no list), `not-json`, or `mixed` (the real entries among
   * unreadable ones, which the client drops).
   */
  conferenceList: 'ok' | 'garbage' | 'not-json' | 'mixed';
  /** The conference list only answers this much later (ms). */
  conferenceListDelayMs: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
}

export interface StandIn {
  origin: string;
  switches: StandInSwitches;
  users: Map<string, StandInUser>;
  contacts: StandInContact[];
  conferences: StandInConference[];
  requests: RecordedRequest[];
  /** A scheduled conference of `owner` (alice by default) starting at `startsAt` (Unix ms). */
  addConference(conference: {
    id: string;
    topic: string;
    startsAt: number;
    owner?: string;
    invited?: string[];
  }): StandInConference;
  /** Makes every access token issued so far answer 401 (as after a server restart). */
  revokeAccessTokens(): void;
  close(): Promise<void>;
}

const DEFAULT_SWITCHES: StandInSwitches = {
  passwordDisabled: false,
  noV4: false,
  delayMs: 0,
  malformed: 'no',
  refreshRefused: false,
  tokenLifetime: 604_800,
  conferenceList: 'ok',
  conferenceListDelayMs: 0,
};

export interface StandInCertificate {
  key: string;
  cert: string;
  /** base64 SHA-256 of the public key, for Chromium's --ignore-certificate-errors-spki-list. */
  spkiHash: string;
}

/** A fresh self-signed certificate for 127.0.0.1, made with openssl. */
export function makeCertificate(): StandInCertificate {
  const dir = mkdtempSync(path.join(tmpdir(), 'stand-in-cert-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const spki = execFileSync('sh', [
      '-c',
      `openssl x509 -in '${certFile}' -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`,
    ])
      .toString()
      .trim();
    return {
      key: readFileSync(keyFile, 'utf8'),
      cert: readFileSync(certFile, 'utf8'),
      spkiHash: spki,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sampleData(origin: string): Pick<StandIn, 'users' | 'contacts' | 'conferences'> {
  const now = Math.floor(Date.now() / 1000);
  return {
    users: new Map([['alice', { password: 'correct horse', displayName: 'Alice Adams' }]]),
    contacts: [
      { id: 'bob@video.example', display_name: 'Bob Brown', status: 1 },
      { id: 'bella@video.example', display_name: 'Bella Black', status: 2 },
      { id: 'boris@video.example', display_name: 'Boris Blue', status: 5 },
      { id: 'bert@video.example', display_name: 'Bert Grey', status: 0 },
      { id: 'carol@video.example', display_name: 'Carol Cole', status: 1 },
    ],
    conferences: [
      {
        id: '0012345678',
        topic: 'Weekly planning',
        owner: 'alice',
        schedule: { type: 'once', start_time: now + 15 * 60 },
        url: `${origin}/c/0012345678`,
      },
      {
        id: '0087654321',
        topic: 'Design review',
        owner: 'bob',
        invited: ['alice'],
        schedule: { type: 'once', start_time: now + 3 * 60 * 60 },
        url: `${origin}/c/0087654321`,
      },
    ],
  };
}

export async function startStandIn(
  options: { certificate?: StandInCertificate } = {},
): Promise<StandIn> {
  const switches: StandInSwitches = { ...DEFAULT_SWITCHES };
  const accessTokens = new Map<string, { user: string; expiresAt: number }>();
  const refreshTokens = new Map<string, string>();
  const requests: RecordedRequest[] = [];
  let serial = 0;
  // Filled in once the port is known; the handlers only read it after that.
  const state = {} as StandIn;

  function issue(user: string): Record<string, unknown> {
    serial += 1;
    const access = `access-${serial}-${Math.random().toString(36).slice(2)}`;
    const refresh = `refresh-${serial}-${Math.random().toString(36).slice(2)}`;
    accessTokens.set(access, { user, expiresAt: Date.now() + switches.tokenLifetime * 1000 });
    refreshTokens.set(refresh, user);
    return {
      access_token: access,
      token_type: 'Bearer',
      expires_in: switches.tokenLifetime,
      refresh_token: refresh,
    };
  }

  function userOf(authorization: string | null): string | null {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : null;
    const entry = token ? accessTokens.get(token) : undefined;
    return entry && entry.expiresAt > Date.now() ? entry.user : null;
  }

  function answer(response: http.ServerResponse, status: number, body: unknown): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(text);
  }

  function apiAnswer(response: http.ServerResponse, body: unknown): void {
    if (switches.malformed === 'not-json') return answer(response, 200, '<html>oops</html>');
    if (switches.malformed === 'garbage') {
      return answer(response, 200, { contacts: 'nope', conferences: [{ id: '../x' }], user: 7 });
    }
    answer(response, 200, body);
  }

  /** `after`/`before` (Unix seconds) filter scheduled conferences by start, as the guess goes. */
  async function listConferences(response: http.ServerResponse, url: URL, user: string) {
    if (switches.conferenceListDelayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, switches.conferenceListDelayMs));
    }
    const after = Number(url.searchParams.get('after') ?? '-Infinity');
    const before = Number(url.searchParams.get('before') ?? 'Infinity');
    const conferences = state.conferences.filter((conference) => {
      if (conference.owner !== user && !conference.invited?.includes(user)) return false;
      const start = conference.schedule.start_time;
      return start === undefined || (start >= after && start <= before);
    });
    if (switches.conferenceList === 'not-json') return answer(response, 200, '<html>oops</html>');
    if (switches.conferenceList === 'garbage') {
      return answer(response, 200, { conferences: { '<b>bold</b>': 1 }, error: 'trace' });
    }
    const listed =
      switches.conferenceList === 'mixed'
        ? [{ id: '../admin', topic: '<img src=x onerror=alert(1)>' }, 7, ...conferences]
        : conferences;
    apiAnswer(response, { conferences: listed, results: listed.length });
  }

  function handleToken(response: http.ServerResponse, body: Record<string, unknown>): void {
    if (body.client_id !== 'trueconf_server_users') {
      return answer(response, 401, { error: 'invalid_client' });
    }
    if (body.grant_type === 'password') {
      if (switches.passwordDisabled)
        return answer(response, 403, { error: 'auth_method_disabled' });
      const user = state.users.get(String(body.username));
      if (!user || user.password !== body.password) {
        return answer(response, 400, { error: 'invalid_grant' });
      }
      return answer(response, 200, issue(String(body.username)));
    }
    if (body.grant_type === 'refresh_token') {
      const user = refreshTokens.get(String(body.refresh_token));
      if (!user || switches.refreshRefused) {
        return answer(response, 400, { error: 'invalid_grant' });
      }
      refreshTokens.delete(String(body.refresh_token));
      return answer(response, 200, issue(user));
    }
    answer(response, 400, { error: 'unsupported_grant_type' });
  }

  async function handleApi(
    response: http.ServerResponse,
    method: string,
    url: URL,
    user: string,
    body: Record<string, unknown>,
  ): Promise<void> {
    const route = url.pathname.replace(/^\/api\/v4(\.1)?/, '');
    if (method === 'GET' && route === '/me') {
      const profile = state.users.get(user);
      return apiAnswer(response, { user: { id: user, display_name: profile?.displayName } });
    }
    const book = /^\/users\/([^/]+)\/addressbook$/.exec(route);
    if (method === 'GET' && book && url.pathname.startsWith('/api/v4.1/')) {
      if (decodeURIComponent(book[1] ?? '') !== user) return answer(response, 403, {});
      const word = (url.searchParams.get('filter_search') ?? '').toLowerCase();
      const pageSize = Number(url.searchParams.get('page_size') ?? '20') || 20;
      const pageId = Number(url.searchParams.get('page_id') ?? '0') || 0;
      const found = state.contacts.filter(
        (contact) =>
          contact.id.toLowerCase().includes(word) ||
          contact.display_name.toLowerCase().includes(word),
      );
      const page = found.slice(pageId * pageSize, (pageId + 1) * pageSize);
      const next = (pageId + 1) * pageSize < found.length ? pageId + 1 : -1;
      return apiAnswer(response, {
        contacts: page.map((contact) => ({ ...contact, uid: contact.id, is_user: true })),
        next_page_id: next,
      });
    }
    if (method === 'GET' && route === '/conferences') return listConferences(response, url, user);
    if (method === 'POST' && route === '/conferences') {
      if (typeof body.topic !== 'string' || body.owner !== user) {
        return answer(response, 400, { error: 'bad request' });
      }
      serial += 1;
      const id = String(5_000_000_000 + serial);
      const conference: StandInConference = {
        id,
        topic: body.topic,
        owner: user,
        schedule: { type: 'none' },
        url: `${state.origin}/c/${id}`,
      };
      state.conferences.push(conference);
      return apiAnswer(response, { conference });
    }
    const deeplinks = /^\/conferences\/([^/]+)\/deeplinks$/.exec(route);
    if (method === 'GET' && deeplinks) {
      const id = decodeURIComponent(deeplinks[1] ?? '');
      return apiAnswer(response, {
        default: `trueconf:\\c\\${id}@${url.host}#vcs`,
        android: `${state.origin}/c/${id}`,
      });
    }
    answer(response, 404, { error: 'not found' });
  }

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      body = {};
    }
    const url = new URL(request.url ?? '/', state.origin);
    const method = request.method ?? 'GET';
    const authorization = request.headers.authorization ?? null;
    requests.push({ method, path: url.pathname + url.search, authorization, body });
    // CORS is the browser's business for pages only; the extension has host permission. A real
    // server is not assumed to send CORS headers, so neither does the stand-in.
    if (switches.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, switches.delayMs));
    if (method === 'POST' && url.pathname === '/oauth2/v1/token')
      return handleToken(response, body);
    if (/^\/api\/v4(\.1)?\//.test(url.pathname)) {
      if (switches.noV4) return answer(response, 404, { error: 'not found' });
      const user = userOf(authorization);
      if (!user) return answer(response, 401, { error: 'invalid_token' });
      return handleApi(response, method, url, user, body);
    }
    answer(response, 404, '');
  }

  const listener = (request: http.IncomingMessage, response: http.ServerResponse) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  };
  const server = options.certificate
    ? https.createServer({ key: options.certificate.key, cert: options.certificate.cert }, listener)
    : http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `${options.certificate ? 'https' : 'http'}://127.0.0.1:${port}`;
  Object.assign(state, {
    origin,
    switches,
    ...sampleData(origin),
    requests,
    revokeAccessTokens: () => accessTokens.clear(),
    addConference: ({ id, topic, startsAt, owner = 'alice', invited = [] }) => {
      const conference: StandInConference = {
        id,
        topic,
        owner,
        invited,
        schedule: { type: 'once', start_time: Math.round(startsAt / 1000) },
        url: `${origin}/c/${id}`,
      };
      state.conferences.push(conference);
      return conference;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  } satisfies StandIn);
  return state;
}
