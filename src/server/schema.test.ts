import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invitationOf, initialsOf } from './invitation';
import {
  parseConference,
  parseConferenceList,
  parseContactPage,
  parseProfile,
  parseTokens,
  presenceOf,
} from './schema';

describe('answers of the server', () => {
  it('never throw and give null or a value on any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const parse of [
          parseTokens,
          parseProfile,
          parseContactPage,
          parseConference,
          parseConferenceList,
        ]) {
          expect(() => parse(value)).not.toThrow();
        }
      }),
    );
  });

  it('reads a profile bare or wrapped', () => {
    expect(parseProfile({ user: { id: 'alice', display_name: 'Alice' } })).toEqual({
      id: 'alice',
      displayName: 'Alice',
    });
    expect(parseProfile({ id: 'bob' })).toEqual({ id: 'bob', displayName: 'bob' });
    expect(parseProfile({ user: { display_name: 'no id' } })).toBeNull();
  });

  it('maps presence codes, unknown ones to offline', () => {
    expect([1, 2, 5, 0, -1, 42, '1', null].map(presenceOf)).toEqual([
      'available',
      'busy',
      'in-conference',
      'offline',
      'offline',
      'offline',
      'offline',
      'offline',
    ]);
  });

  it('takes control and direction characters out of names', () => {
    const page = parseContactPage({
      contacts: [{ id: 'x', display_name: 'Eve\u202e\u0000 Evil', status: 1 }],
    });
    expect(page?.contacts[0]?.name).toBe('Eve   Evil');
  });

  it('keeps only http(s) conference pages', () => {
    expect(parseConference({ id: '1', url: 'javascript:alert(1)' })?.webUrl).toBeNull();
    expect(parseConference({ id: '1', url: 'https://s.example/c/1' })?.webUrl).toBe(
      'https://s.example/c/1',
    );
  });
});

describe('the invitation', () => {
  it('holds the web page and the trueconf: link of the conference on the server', () => {
    const invitation = invitationOf(
      { id: '5000000001', topic: 'Meet now', startsAt: null, webUrl: null },
      'https://video.example:4443',
    );
    expect(invitation.webLink).toBe('https://video.example:4443/c/5000000001');
    expect(invitation.uri).toBe('trueconf:\\c\\5000000001@video.example:4443%23vcs');
    expect(invitation.text.split('\n')).toEqual(['Meet now', invitation.webLink, invitation.uri]);
  });

  it('makes initials from names', () => {
    expect(initialsOf('bob brown')).toBe('BB');
    expect(initialsOf('Анна')).toBe('А');
    expect(initialsOf('  ')).toBe('?');
  });
});

describe('the conference list', () => {
  it('reads a wrapped or bare list and drops the items it cannot read', () => {
    const good = {
      id: '0012345678',
      topic: 'Plan',
      schedule: { type: 'once', start_time: 1_800_000_000 },
    };
    expect(parseConferenceList({ conferences: [good, { id: '../x' }, 7, null] })).toEqual([
      { id: '0012345678', topic: 'Plan', startsAt: 1_800_000_000_000, webUrl: null },
    ]);
    expect(parseConferenceList([good])).toHaveLength(1);
    expect(parseConferenceList({ conferences: [] })).toEqual([]);
  });

  it('is a bad answer when it is no list or nothing in it reads as a conference', () => {
    expect(parseConferenceList({ conferences: [{ id: '../x' }, 'x'] })).toBeNull();
    expect(parseConferenceList({ conferences: 'nope' })).toBeNull();
    expect(parseConferenceList({ user: 7 })).toBeNull();
  });
});
