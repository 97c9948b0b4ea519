export { detect, DEFAULT_DETECT_OPTIONS } from './detect';
export { findCandidates, isLikelyTrueConfText } from './prefilter';
export { hasTrueConfMention } from './context';
export { detectFieldValue, fieldLabelOf, isLoneValue } from './field-value';
export type { CompiledRules, RuleVerdict } from './custom-rules';
export {
  compileCustomRule,
  compileCustomRules,
  customRuleAppliesToHost,
  judgeRule,
  RULE_CHECKER_VERSION,
  ruleVerdictKey,
} from './custom-rules';
export type {
  BuiltInForm,
  CompileCustomRuleResult,
  CompiledRule,
  CustomRule,
  DetectOptions,
  Form,
  Match,
  RuleRefusal,
} from './types';
