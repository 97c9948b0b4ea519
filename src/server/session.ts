/**
 * The signed-in session: who, on which server, and the tokens. The password is sent once, in
 * `signIn`, and never kept. Tokens are refreshed shortly before they run out and once after a
 * 401; when a refresh is refused the session is dropped and the caller hears `signed-out`.
 * Storage is injected (browser.storage.local in the service, a map in tests).
 */
import { DEFAULT_TOKEN_LIFETIME_SECONDS, REFRESH_MARGIN_SECONDS } from './assumptions';
import { failure, ok, type Result, type ServerErrorKind } from './errors';
import type { ServerClient } from './client';
import type { Tokens } from './schema';

/**
 * The `storage.local` key the background keeps the session under. Extension pages watch it to
 * learn of a sign-in or sign-out elsewhere; only the background reads what it holds.
 */
export const SESSION_STORAGE_KEY = 'serverSession';

export interface Session {
  origin: string;
  userId: string;
  displayName: string;
  accessToken: string;
  refreshToken: string | null;
  /** Unix milliseconds when the access token runs out. */
  expiresAt: number;
}

export interface SessionStore {
  read(): Promise<Session | null>;
  write(session: Session): Promise<void>;
  clear(): Promise<void>;
}

export interface SessionDeps {
  store: SessionStore;
  clientFor(origin: string): ServerClient;
  now(): number;
}

/** A stored session as read back; anything else (another version, a hand edit) is none. */
export function parseSession(value: unknown): Session | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const strings = [v.origin, v.userId, v.displayName, v.accessToken];
  if (!strings.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 8192)) return null;
  if (!(v.refreshToken === null || (typeof v.refreshToken === 'string' && v.refreshToken !== ''))) {
    return null;
  }
  if (typeof v.expiresAt !== 'number' || !Number.isFinite(v.expiresAt)) return null;
  try {
    if (new URL(v.origin as string).origin !== v.origin) return null;
  } catch {
    return null;
  }
  return {
    origin: v.origin as string,
    userId: v.userId as string,
    displayName: v.displayName as string,
    accessToken: v.accessToken as string,
    refreshToken: v.refreshToken as string | null,
    expiresAt: v.expiresAt,
  };
}

function expiryOf(tokens: Tokens, now: number): number {
  const seconds = tokens.expiresIn > 0 ? tokens.expiresIn : DEFAULT_TOKEN_LIFETIME_SECONDS;
  return now + seconds * 1000;
}

/** What the UI may know of a session: never the tokens. */
export interface SessionSummary {
  origin: string;
  userId: string;
  displayName: string;
}

export function summaryOf(session: Session): SessionSummary {
  return { origin: session.origin, userId: session.userId, displayName: session.displayName };
}

/** Signs in: token by password, then `/me`. Nothing is stored unless both succeed. */
export async function signIn(
  deps: SessionDeps,
  origin: string,
  login: string,
  password: string,
): Promise<Result<Session>> {
  const client = deps.clientFor(origin);
  const tokens = await client.passwordGrant(login, password);
  if (!tokens.ok) return tokens;
  const profile = await client.me(tokens.value.accessToken);
  if (!profile.ok) {
    // A token that works nowhere else is a server this extension cannot use.
    return profile.error.kind === 'unauthorized' || profile.error.kind === 'forbidden'
      ? failure('bad-answer')
      : profile;
  }
  const session: Session = {
    origin,
    userId: profile.value.id,
    displayName: profile.value.displayName,
    accessToken: tokens.value.accessToken,
    refreshToken: tokens.value.refreshToken,
    expiresAt: expiryOf(tokens.value, deps.now()),
  };
  await deps.store.write(session);
  return ok(session);
}

export function signOut(deps: SessionDeps): Promise<void> {
  return deps.store.clear();
}

/** Refusals of a refresh that end the session; a network failure keeps it for later. */
const REFRESH_REFUSED: readonly ServerErrorKind[] = [
  'wrong-password',
  'unauthorized',
  'forbidden',
  'bad-answer',
  'password-sign-in-disabled',
];

const refreshes = new WeakMap<SessionDeps, Promise<Result<Session>>>();

async function refreshNow(deps: SessionDeps, session: Session): Promise<Result<Session>> {
  if (!session.refreshToken) {
    await deps.store.clear();
    return failure('signed-out');
  }
  const tokens = await deps.clientFor(session.origin).refreshGrant(session.refreshToken);
  if (!tokens.ok) {
    if (REFRESH_REFUSED.includes(tokens.error.kind)) {
      await deps.store.clear();
      return failure('signed-out');
    }
    return tokens;
  }
  const current = await deps.store.read();
  // Signed out (or in elsewhere) while the refresh was on its way: its tokens are not wanted.
  if (!current || current.origin !== session.origin || current.userId !== session.userId) {
    return failure('signed-out');
  }
  const refreshed: Session = {
    ...session,
    accessToken: tokens.value.accessToken,
    // A server may keep the refresh token and answer without one.
    refreshToken: tokens.value.refreshToken ?? session.refreshToken,
    expiresAt: expiryOf(tokens.value, deps.now()),
  };
  await deps.store.write(refreshed);
  return ok(refreshed);
}

/** One refresh at a time: parallel requests that all found the token dead share it. */
function refresh(deps: SessionDeps, session: Session): Promise<Result<Session>> {
  const running = refreshes.get(deps);
  if (running) return running;
  const next = refreshNow(deps, session).finally(() => refreshes.delete(deps));
  refreshes.set(deps, next);
  return next;
}

/**
 * Runs `call` with a good access token: refreshed first when it is about to run out, and once
 * more after a 401. `signed-out` when there is no session or it could not be renewed.
 */
export async function withSession<T>(
  deps: SessionDeps,
  call: (client: ServerClient, session: Session) => Promise<Result<T>>,
): Promise<Result<T>> {
  let session = await deps.store.read();
  if (!session) return failure('signed-out');
  if (session.expiresAt - REFRESH_MARGIN_SECONDS * 1000 <= deps.now()) {
    const renewed = await refresh(deps, session);
    if (!renewed.ok) return renewed;
    session = renewed.value;
  }
  const client = deps.clientFor(session.origin);
  const first = await call(client, session);
  if (first.ok || first.error.kind !== 'unauthorized') return first;
  const renewed = await refresh(deps, session);
  if (!renewed.ok) return renewed;
  const second = await call(client, renewed.value);
  if (!second.ok && second.error.kind === 'unauthorized') {
    await deps.store.clear();
    return failure('signed-out');
  }
  return second;
}
