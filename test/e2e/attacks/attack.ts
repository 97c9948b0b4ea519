import type { ExtensionBrowser } from '../harness/extension-browser';

/**
 * One attack on the extension, for the attack suite (`test/e2e/attacks.e2e.ts`). Each file in
 * this folder exports a list of them; the suite runs every one in a fresh page of one browser and
 * checks that it ends as `outcome` says: never a silent launch.
 */
export interface Attack {
  /** What the attacker tries, in a few words ("invisible full-page link"). */
  name: string;
  /** Who attacks: a web page, a frame in a page, a settings file, a policy. */
  attacker: 'page' | 'frame' | 'settings file' | 'policy';
  /**
   * How it must end: nothing handed to the TrueConf app and no confirmation window, or a
   * confirmation window that the attack cannot skip (and nothing handed over before it).
   */
  outcome: 'nothing launched' | 'confirmation shown';
  /** Sets the attack up and performs it; the suite checks the outcome afterwards. */
  run(browser: ExtensionBrowser): Promise<void>;
}
