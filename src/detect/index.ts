export { detect, DEFAULT_DETECT_OPTIONS } from './detect';
export { findCandidates, isLikelyTrueConfText } from './prefilter';
export { hasTrueConfMention } from './context';
export { detectFieldValue, fieldLabelOf, isLoneValue } from './field-value';
export type { CompiledRules } from './custom-rules';
export { compileCustomRule, compileCustomRules, customRuleAppliesToHost } from './custom-rules';
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
