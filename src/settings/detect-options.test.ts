import { describe, expect, it } from 'vitest';
import { compileCustomRules } from '../detect';
import { detectOptionsFromSettings } from './detect-options';
import { DEFAULT_SETTINGS, type Settings } from './schema';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  defaultServer: 'Video.Example.com',
  knownServers: ['tc.acme.example', 'video.example.com'],
  forms: { ...DEFAULT_SETTINGS.forms, conferenceId: false },
};

describe('detectOptionsFromSettings', () => {
  it('takes the forms and the known servers, the default server first and each once', () => {
    const options = detectOptionsFromSettings(settings, {
      customRules: [],
      pageHasTrueConfContext: false,
    });
    expect(options).toEqual({
      forms: settings.forms,
      knownServers: ['video.example.com', 'tc.acme.example'],
      customRules: [],
      pageHasTrueConfContext: false,
    });
  });

  it('uses the rules and the page context the caller chose', () => {
    const { compiled } = compileCustomRules([
      { id: 'room', pattern: 'Room (\\d{4})', hrefTemplate: 'trueconf:\\c\\$1' },
    ]);
    const options = detectOptionsFromSettings(settings, {
      customRules: compiled,
      pageHasTrueConfContext: true,
    });
    expect(options.customRules).toBe(compiled);
    expect(options.pageHasTrueConfContext).toBe(true);
  });

  it('keeps its own forms, so later changes to the settings object do not reach detection', () => {
    const forms = { ...settings.forms };
    const options = detectOptionsFromSettings(
      { ...settings, forms },
      { customRules: [], pageHasTrueConfContext: false },
    );
    forms.uri = false;
    expect(options.forms.uri).toBe(true);
  });
});
