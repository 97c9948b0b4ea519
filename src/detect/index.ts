export { detect, isLikelyTrueConfText, DEFAULT_DETECT_OPTIONS } from './detect';
export { hasTrueConfMention } from './context';
export { compileCustomRule, customRuleAppliesToHost } from './custom-rules';
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
