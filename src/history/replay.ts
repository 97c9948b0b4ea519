import { buildUri, describeCommand, parseUri } from '../protocol';
import type { HistoryEntry } from './history';

/**
 * What a history entry offers to call again with one click. History keeps a sign-in without its
 * password, and such a link handed back to the app would sign out whoever is signed in there
 * (`force=1`) only to ask for a password: so a call keeps its target and drops the sign-in, and an
 * entry with nothing to call (a sign-in alone, "open the app") is not offered at all. The entry
 * itself stays in history as it happened.
 */
export function replayOf(entry: HistoryEntry): HistoryEntry | null {
  const parsed = parseUri(entry.uri);
  if (!parsed.ok || parsed.command.target === null) return null;
  if (parsed.command.signIn === null) return entry;
  const call = { ...parsed.command, signIn: null };
  try {
    return { ...entry, uri: buildUri(call), description: describeCommand(call) };
  } catch {
    return null;
  }
}
