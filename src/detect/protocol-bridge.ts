import {
  canonicalizeFoundCommand,
  commandWithTarget,
  isValidConferenceId,
  isValidLogin,
  isValidServer,
  type Command,
} from '../protocol';

export interface ResolvedHref {
  href: string;
  command: Command;
}

/**
 * The canonical href of a URI written on a page (`visicall:` → `trueconf:`, `%vcs` → `%23vcs`, …)
 * with its command. The protocol library is not supposed to throw, but one bad candidate must
 * never cost the whole run.
 */
export function resolveFoundUri(uriText: string): ResolvedHref | null {
  try {
    const canonical = canonicalizeFoundCommand(uriText);
    return canonical.ok ? { href: canonical.uri, command: canonical.command } : null;
  } catch {
    return null;
  }
}

/*
 * F2–F5 read only ASCII conference IDs, logins and servers, which need no percent-encoding, so
 * the href is the spec's string and the command is built directly: parsing each of the thousands
 * of matches a long page may hold would double the cost of detection. properties.test.ts checks
 * that parseUri(href) gives exactly this command and buildUri(command) exactly this href.
 */

/** `trueconf:\c\CID` or `trueconf:\c\CID@server%23vcs`. */
export function conferenceHref(id: string, server: string | null): ResolvedHref | null {
  try {
    if (!isValidConferenceId(id)) return null;
    if (server !== null && !isValidServer(server)) return null;
    return {
      href: server === null ? `trueconf:\\c\\${id}` : `trueconf:\\c\\${id}@${server}%23vcs`,
      command: commandWithTarget({ type: 'conference', id, server }),
    };
  } catch {
    return null;
  }
}

/** `trueconf:login` or `trueconf:login@server`. */
export function userHref(login: string, server: string | null): ResolvedHref | null {
  try {
    if (!isValidLogin(login)) return null;
    if (server !== null && !isValidServer(server)) return null;
    return {
      href: server === null ? `trueconf:${login}` : `trueconf:${login}@${server}`,
      command: commandWithTarget({ type: 'user', login, server }),
    };
  } catch {
    return null;
  }
}
