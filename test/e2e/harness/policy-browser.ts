import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { POLICY_DIR } from './chromium';
import { EXTENSION_DIR, launchExtensionBrowser, type ExtensionBrowser } from './extension-browser';

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, a–p for 0–f. */
function unpackedExtensionId(absolutePath: string): string {
  const hash = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hash].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface PolicyBrowser {
  browser: ExtensionBrowser;
  /** Removes the policy file, closes the browser and deletes the extension's copy. */
  close(): Promise<void>;
}

/**
 * Chromium with an administrator's `policy` for the extension. The extension runs from its own
 * copy, so it gets its own id: the policy (written before the launch, since Chromium reads
 * policies when it starts) applies to this test's extension only, never to another test's
 * Chromium running at the same time. `name` keeps the policy files of two tests apart.
 */
export async function launchWithPolicy(
  name: string,
  policy: Record<string, unknown>,
): Promise<PolicyBrowser> {
  const workDir = await mkdtemp(path.join(tmpdir(), `trueconf-e2e-${name}-`));
  const extensionDir = path.join(await realpath(workDir), 'extension');
  await cp(EXTENSION_DIR, extensionDir, { recursive: true });
  const extensionId = unpackedExtensionId(extensionDir);
  const policyFile = path.join(POLICY_DIR, `trueconf-click-to-call-e2e-${name}.json`);
  await mkdir(POLICY_DIR, { recursive: true });
  await writeFile(
    policyFile,
    JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }),
  );
  const browser = await launchExtensionBrowser({ extensionDir });
  if (browser.extensionId !== extensionId) {
    throw new Error(
      `The policy was written for ${extensionId}, Chromium gave ${browser.extensionId}`,
    );
  }
  return {
    browser,
    async close() {
      await rm(policyFile, { force: true });
      await browser.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
