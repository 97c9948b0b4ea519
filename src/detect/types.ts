import type { Command } from '../protocol';

/** F1..F6 of detection.md, in that order. */
export type Form =
  'uri' | 'callString' | 'conferenceId' | 'trueconfId' | 'knownServerUser' | 'custom';

export type BuiltInForm = Exclude<Form, 'custom'>;

export interface Match {
  /** UTF-16 offset into the run text, inclusive. */
  start: number;
  /** UTF-16 offset into the run text, exclusive. */
  end: number;
  /** Always `runText.slice(start, end)`: the link text is exactly what the page says. */
  text: string;
  /** Canonical `trueconf:` URI. */
  href: string;
  form: Form;
  command: Command;
}

/** F6, as stored by the options page. */
export interface CustomRule {
  id: string;
  pattern: string;
  flags?: string;
  /** `$1`..`$9` are replaced by the capture groups, `$$` by a dollar sign. */
  hrefTemplate: string;
  /** Host names the rule is limited to (a name also covers its subdomains); empty or absent means everywhere. */
  sites?: string[];
}

/** A custom rule that passed `compileCustomRule`; only that function creates these. */
export interface CompiledRule {
  readonly id: string;
  readonly source: Readonly<CustomRule>;
  /** Global regexp owned by the detector; callers must not run it themselves. */
  readonly regexp: RegExp;
  readonly hrefTemplate: string;
  /** Lower-case host names without ports; empty means every site. */
  readonly sites: readonly string[];
}

/** Why `compileCustomRule` refused a rule, for the options page to say in the user's language. */
export type RuleRefusal =
  | { code: 'unchecked' }
  | { code: 'empty-pattern' }
  | { code: 'pattern-too-long'; maxLength: number }
  | { code: 'unsupported-flags'; flags: string }
  | { code: 'invalid-pattern'; engineMessage: string }
  | { code: 'slow' }
  | { code: 'matches-empty' }
  | { code: 'template-scheme' }
  | { code: 'template-group'; reference: string; groupCount: number }
  | { code: 'no-valid-site' };

/**
 * `reason` says the same as `refusal` in English, with details `refusal` leaves out (such as which
 * part of a pattern is slow), for tests and debugging; the options page shows `refusal`.
 */
export type CompileCustomRuleResult =
  { ok: true; rule: CompiledRule } | { ok: false; refusal: RuleRefusal; reason: string };

export interface DetectOptions {
  forms: Record<BuiltInForm, boolean>;
  /** Hosts, maybe with `:port`; F5 and the page-context rule use them. */
  knownServers: readonly string[];
  /** From `compileCustomRule`, already filtered for the current site (see `customRuleAppliesToHost`). */
  customRules: readonly CompiledRule[];
  /** TrueConf context known for the whole page: title mentions TrueConf or page is on a known server. */
  pageHasTrueConfContext: boolean;
  /** Up to 500 chars of page text before / after this run (neighbouring blocks), for the F3 context rule. */
  textBefore?: string;
  textAfter?: string;
  /**
   * Text of the run's nearest heading, table row and list item (the linkifier reads it only for
   * runs with a conference label): another service named there keeps an ID unlinked, TrueConf
   * named there is context (detection.md).
   */
  surroundingText?: string;
}
