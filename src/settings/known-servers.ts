import type { Settings } from './schema';

/** The servers treated as TrueConf's: the user's (or policy's) list plus the default server. */
export function knownServersOf(
  settings: Pick<Settings, 'knownServers' | 'defaultServer'>,
): string[] {
  const servers = [...settings.knownServers];
  if (settings.defaultServer && !servers.includes(settings.defaultServer)) {
    servers.push(settings.defaultServer);
  }
  return servers;
}
