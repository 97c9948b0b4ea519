import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; tests never download a browser. */
export function chromiumPath(): string {
  const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium was not found at ${executable}. Install it with ` +
        '`sudo apt-get update && sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return executable;
}

export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR || '/etc/chromium/policies/managed';
export const LAUNCH_POLICY_FILE = 'trueconf-click-to-call-e2e.json';

/**
 * Chromium asks before handing a scheme to the OS; this managed policy (the recipe in
 * protocol.md) lets every trueconf: launch through, so the stand-in client sees it.
 */
export async function writeLaunchPolicy(): Promise<void> {
  const policy = {
    AutoLaunchProtocolsFromOrigins: [{ protocol: 'trueconf', allowed_origins: ['*'] }],
  };
  try {
    await mkdir(POLICY_DIR, { recursive: true });
    await writeFile(path.join(POLICY_DIR, LAUNCH_POLICY_FILE), JSON.stringify(policy));
  } catch (error) {
    throw new Error(
      `Cannot write the Chromium policy to ${POLICY_DIR} (${(error as Error).message}). ` +
        'The real-browser tests need it to let trueconf: launches through: run them as root ' +
        '(CI does), or create the directory writable for this user: ' +
        `sudo mkdir -p ${POLICY_DIR} && sudo chown "$USER" ${POLICY_DIR}`,
      { cause: error },
    );
  }
}

/** Flags that keep Chromium quiet on a machine with no network beyond loopback. */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
];
