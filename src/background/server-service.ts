import { browser } from 'wxt/browser';
import type {
  ConferenceView,
  ContactView,
  ServerConferencesAnswer,
  ServerContactsAnswer,
  ServerDoneAnswer,
  ServerMeetNowAnswer,
  ServerStatusAnswer,
} from '../messaging/responses';
import type { Failure } from '../messaging/responses';
import { loadSettings } from '../settings';
import { defineItem, getValue, removeValue, setValue } from '../storage';
import {
  contactUri,
  conferenceUri,
  conferenceWebLink,
  createServerClient,
  hostPermissionPattern,
  invitationOf,
  parseSession,
  searchWord,
  serverOrigin,
  SESSION_STORAGE_KEY,
  signIn,
  signOut,
  summaryOf,
  withSession,
  type Conference,
  type NetworkFailure,
  type Result,
  type ServerErrorKind,
  type Session,
  type SessionDeps,
} from '../server';

/**
 * The background's side of the user's own TrueConf Server: the session (tokens in
 * storage.local, never synced, never the password), and the calls the popup, the options page
 * and the omnibox make. Only this worker talks to the server: it holds the host permission and
 * is not bound by CORS, and pages never see a token.
 */

/** storage.local only: tokens must not travel to other devices with storage.sync. */
export const sessionItem = defineItem<Session | null>('local', SESSION_STORAGE_KEY, parseSession);

const deps: SessionDeps = {
  store: {
    read: () => getValue(sessionItem),
    write: (session) => setValue(sessionItem, session),
    clear: () => removeValue(sessionItem),
  },
  clientFor: (origin) =>
    createServerClient({
      origin,
      // The worker's own fetch, called unbound it throws "Illegal invocation".
      fetch: (url, init) => fetch(url, init),
      diagnose: async (url) => networkFailureOf(url),
    }),
  now: () => Date.now(),
};

/**
 * A failed request says only "failed": the browser does not tell scripts whether the server was
 * unreachable or its certificate refused. Over https both are possible, and the message says so.
 */
export function networkFailureOf(url: string): NetworkFailure {
  return url.startsWith('https:') ? 'certificate' : 'unreachable';
}

function refusal(kind: ServerErrorKind): Failure {
  return { ok: false, error: kind };
}

async function mayReach(origin: string): Promise<boolean> {
  try {
    // Chromium says false for one host while `<all_urls>` is granted: either will do.
    const [one, all] = await Promise.all([
      browser.permissions.contains({ origins: [hostPermissionPattern(origin)] }),
      browser.permissions.contains({ origins: ['<all_urls>'] }),
    ]);
    return one || all;
  } catch {
    return false;
  }
}

/** Calls the server for the signed-in user; the host permission is checked first each time. */
export async function signedIn<T>(call: Parameters<typeof withSession<T>>[1]): Promise<Result<T>> {
  const session = await deps.store.read();
  if (!session) return { ok: false, error: { kind: 'signed-out' } };
  // A session from before the administrator locked another server is not used.
  if (!isAllowedServer(session.origin, await loadSettings())) {
    return { ok: false, error: { kind: 'server-locked' } };
  }
  if (!(await mayReach(session.origin))) return { ok: false, error: { kind: 'no-permission' } };
  return withSession(deps, call);
}

/** Whether the administrator's policy lets the user sign in to `origin` (`serverAddress`). */
export function isAllowedServer(
  origin: string,
  { settings, locked }: { settings: { serverAddress: string }; locked: readonly string[] },
): boolean {
  return (
    !locked.includes('serverAddress') ||
    settings.serverAddress === '' ||
    settings.serverAddress === origin
  );
}

export async function serverStatus(): Promise<ServerStatusAnswer> {
  const session = await deps.store.read();
  return { ok: true, account: session ? summaryOf(session) : null };
}

/**
 * Signs in. The page asked for the host permission first (it must: `permissions.request` needs
 * the person's click); without it the answer is `no-permission` and nothing is sent.
 */
export async function serverSignIn(
  server: string,
  login: string,
  password: string,
): Promise<ServerStatusAnswer> {
  const origin = serverOrigin(server);
  if (!origin) return refusal('bad-address');
  // Not only the panels: whatever asks, no other server than the locked one is signed in to.
  if (!isAllowedServer(origin, await loadSettings())) return refusal('server-locked');
  if (!(await mayReach(origin))) return refusal('no-permission');
  const result = await signIn(deps, origin, login.trim(), password);
  return result.ok ? { ok: true, account: summaryOf(result.value) } : refusal(result.error.kind);
}

export async function serverSignOut(): Promise<ServerDoneAnswer> {
  await signOut(deps);
  return { ok: true };
}

function contactViews(
  contacts: readonly { id: string; name: string; presence: ContactView['presence'] }[],
  origin: string,
): ContactView[] {
  const views: ContactView[] = [];
  for (const contact of contacts) {
    const uri = contactUri(contact.id, origin);
    if (uri) views.push({ ...contact, uri });
  }
  return views;
}

/** Address book entries for the first word of `query`; none for an empty one (no request). */
export async function searchContacts(query: string): Promise<ServerContactsAnswer> {
  const word = searchWord(query);
  if (word === '') return { ok: true, contacts: [] };
  const result = await signedIn(async (client, session) => {
    const page = await client.searchAddressBook(session.accessToken, session.userId, word);
    return page.ok
      ? { ok: true as const, value: contactViews(page.value.contacts, session.origin) }
      : page;
  });
  return result.ok ? { ok: true, contacts: result.value } : refusal(result.error.kind);
}

function conferenceView(conference: Conference, origin: string): ConferenceView {
  return {
    id: conference.id,
    topic: conference.topic,
    startsAt: conference.startsAt,
    webLink: conferenceWebLink(conference, origin),
    uri: conferenceUri(conference, origin),
  };
}

export async function listConferences(filter: {
  after?: number;
  before?: number;
}): Promise<ServerConferencesAnswer> {
  const result = await signedIn(async (client, session) => {
    const list = await client.listConferences(session.accessToken, filter);
    return list.ok
      ? {
          ok: true as const,
          value: list.value.map((conference) => conferenceView(conference, session.origin)),
        }
      : list;
  });
  return result.ok ? { ok: true, conferences: result.value } : refusal(result.error.kind);
}

/** Creates an instant conference; the caller joins it and copies `invitation`. */
export async function meetNow(topic: string, defaultTopic: string): Promise<ServerMeetNowAnswer> {
  const result = await signedIn(async (client, session) => {
    const created = await client.createInstantConference(
      session.accessToken,
      session.userId,
      topic.trim() || defaultTopic,
    );
    return created.ok
      ? {
          ok: true as const,
          value: {
            conference: conferenceView(created.value, session.origin),
            invitation: invitationOf(created.value, session.origin).text,
          },
        }
      : created;
  });
  return result.ok ? { ok: true, ...result.value } : refusal(result.error.kind);
}
