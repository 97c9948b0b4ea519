// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { detectOptionsFor } from './detect-options';

const room = {
  id: 'room',
  pattern: 'Room (\\d{4})',
  flags: '',
  hrefTemplate: 'trueconf:\\c\\$1',
  sites: [],
};

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  knownServers: ['tc.acme.example'],
  customRules: [
    room,
    { ...room, id: 'intranet', sites: ['intranet.example'] },
    { ...room, id: 'slow', pattern: '(a+)+$' },
  ],
};

describe('detectOptionsFor', () => {
  it('takes the rules for this site and silently leaves out those the detector refuses', () => {
    const ids = (host: string) =>
      detectOptionsFor(settings, document, host).customRules.map((rule) => rule.id);
    expect(ids('www.intranet.example')).toEqual(['room', 'intranet']);
    expect(ids('elsewhere.example')).toEqual(['room']);
  });

  it('gives the page TrueConf context on a known server', () => {
    document.title = 'Welcome';
    expect(detectOptionsFor(settings, document, 'tc.acme.example').pageHasTrueConfContext).toBe(
      true,
    );
    expect(detectOptionsFor(settings, document, 'elsewhere.example').pageHasTrueConfContext).toBe(
      false,
    );
  });
});
