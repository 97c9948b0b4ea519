import { isKnownServer, type Command } from '../protocol';
import type { Reading } from './interpret';

/**
 * Which of the addresses in a pasted invitation Enter calls (the first) and how the rest are
 * listed. An invitation often names one conference several ways, "Conference ID: 0003172451" and
 * "https://video.acme.example/c/0003172451": the one with its server is the more specific address
 * of the same conference, so the bare ID is not offered beside it, and Enter never hands the app
 * an ID without the server the invitation names.
 */

type Addressed = { kind: 'conference' | 'user'; name: string; server: string | null };

function addressOf(command: Command): Addressed | null {
  const target = command.target;
  if (target?.type === 'conference')
    return { kind: 'conference', name: target.id, server: target.server };
  if (target?.type === 'user') return { kind: 'user', name: target.login, server: target.server };
  return null;
}

/** Only the plain call can be replaced by its more specific form; a sign-in or options stay. */
function isPlainCall(command: Command): boolean {
  return command.signIn === null && !command.autoclose && command.unknownParameters.length === 0;
}

const sameName = (kind: Addressed['kind'], a: string, b: string): boolean =>
  kind === 'conference' ? a === b : a.toLowerCase() === b.toLowerCase();

/** 2: on a known TrueConf server; 1: on a server the invitation names; 0: no server. */
function serverRank(reading: Reading, knownServers: readonly string[]): number {
  const server = addressOf(reading.command)?.server ?? null;
  if (server === null) return 0;
  return isKnownServer(server, knownServers) ? 2 : 1;
}

export function orderInvitationReadings(
  readings: readonly Reading[],
  knownServers: readonly string[],
): Reading[] {
  const withServer = readings
    .map((reading) => addressOf(reading.command))
    .filter((address): address is Addressed => address !== null && address.server !== null);
  const kept = readings.filter((reading) => {
    const address = addressOf(reading.command);
    if (address === null || address.server !== null || !isPlainCall(reading.command)) return true;
    return !withServer.some(
      (other) => other.kind === address.kind && sameName(address.kind, other.name, address.name),
    );
  });
  const conferenceFirst = (reading: Reading): number =>
    reading.command.target?.type === 'conference' ? 0 : 1;
  // Array sort is stable: equal readings stay in the order the text gives them.
  return kept
    .map((reading) => ({ reading, rank: serverRank(reading, knownServers) }))
    .sort((a, b) => b.rank - a.rank || conferenceFirst(a.reading) - conferenceFirst(b.reading))
    .map(({ reading }) => reading);
}
