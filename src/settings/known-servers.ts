import type { Settings } from './schema';

/**
 * The servers treated as TrueConf's: the default server first, then the list (the user's and the
 * policy's, already merged by loadSettings), each once whatever its case.
 */
export function knownServersOf(
  settings: Pick<Settings, 'knownServers' | 'defaultServer'>,
): string[] {
  const servers = settings.defaultServer
    ? [settings.defaultServer, ...settings.knownServers]
    : settings.knownServers;
  return [...new Set(servers.map((server) => server.toLowerCase()))];
}
