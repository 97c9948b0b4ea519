import { DEFAULT_DETECT_OPTIONS } from '../../src/detect/detect';
import type { DetectOptions } from '../../src/detect/types';

export interface OptionOverrides extends Partial<Omit<DetectOptions, 'forms'>> {
  forms?: Partial<DetectOptions['forms']>;
}

export function optionsWith(overrides: OptionOverrides = {}): DetectOptions {
  return {
    ...DEFAULT_DETECT_OPTIONS,
    ...overrides,
    forms: { ...DEFAULT_DETECT_OPTIONS.forms, ...overrides.forms },
  };
}

/** "mentions TrueConf" for tests that are not about the context rule. */
export const IN_TRUECONF_CONTEXT = optionsWith({ pageHasTrueConfContext: true });
