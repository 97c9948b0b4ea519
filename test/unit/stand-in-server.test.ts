import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerClient, type ServerClient } from '../../src/server/client';
import { makeCertificate, startStandIn, type StandIn } from '../stand-in-server/stand-in';

// The client against the stand-in, over node's own fetch: the two read the same guesses
// (src/server/assumptions.ts) the same way, so the browser tests can lean on the stand-in.
describe('the stand-in server and the client agree', () => {
  let standIn: StandIn;
  let client: ServerClient;

  beforeAll(async () => {
    standIn = await startStandIn();
    client = createServerClient({ origin: standIn.origin, fetch: (url, init) => fetch(url, init) });
  });
  afterAll(() => standIn.close());

  async function token(): Promise<string> {
    const tokens = await client.passwordGrant('alice', 'correct horse');
    if (!tokens.ok) throw new Error(tokens.error.kind);
    return tokens.value.accessToken;
  }

  it('signs in, reads the profile, searches, lists and creates', async () => {
    const access = await token();
    await expect(client.me(access)).resolves.toEqual({
      ok: true,
      value: { id: 'alice', displayName: 'Alice Adams' },
    });
    const found = await client.searchAddressBook(access, 'alice', 'bo');
    expect(found.ok && found.value.contacts.map((contact) => contact.presence)).toEqual([
      'available',
      'in-conference',
    ]);
    const created = await client.createInstantConference(access, 'alice', 'Meet now');
    expect(created.ok && created.value.startsAt).toBeNull();
    const listed = await client.listConferences(access);
    expect(listed.ok && listed.value.map((conference) => conference.topic)).toEqual([
      'Weekly planning',
      'Design review',
      'Meet now',
    ]);
  });

  it('makes each failure on its switch', async () => {
    await expect(client.passwordGrant('alice', 'wrong')).resolves.toEqual({
      ok: false,
      error: { kind: 'wrong-password' },
    });
    standIn.switches.passwordDisabled = true;
    await expect(client.passwordGrant('alice', 'correct horse')).resolves.toEqual({
      ok: false,
      error: { kind: 'password-sign-in-disabled' },
    });
    standIn.switches.passwordDisabled = false;
    const access = await token();
    standIn.switches.noV4 = true;
    await expect(client.me(access)).resolves.toEqual({ ok: false, error: { kind: 'too-old' } });
    standIn.switches.noV4 = false;
    standIn.switches.malformed = 'garbage';
    await expect(client.searchAddressBook(access, 'alice', 'b')).resolves.toEqual({
      ok: false,
      error: { kind: 'bad-answer' },
    });
    standIn.switches.malformed = 'no';
    standIn.revokeAccessTokens();
    await expect(client.me(access)).resolves.toEqual({
      ok: false,
      error: { kind: 'unauthorized' },
    });
  });

  it('answers late when told to, so the client times out', async () => {
    standIn.switches.delayMs = 400;
    const impatient = createServerClient({
      origin: standIn.origin,
      fetch: (url, init) => fetch(url, init),
      timeoutMs: 50,
    });
    await expect(impatient.me('x')).resolves.toEqual({ ok: false, error: { kind: 'timeout' } });
    standIn.switches.delayMs = 0;
  });

  it('serves https with a certificate nobody trusts', async () => {
    const secure = await startStandIn({ certificate: makeCertificate() });
    try {
      expect(secure.origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const refused = createServerClient({
        origin: secure.origin,
        fetch: (url, init) => fetch(url, init),
      });
      await expect(refused.passwordGrant('alice', 'correct horse')).resolves.toEqual({
        ok: false,
        error: { kind: 'unreachable' },
      });
    } finally {
      await secure.close();
    }
  });

  it('lists what the user owns or is invited to, within after/before, and breaks on its switches', async () => {
    const access = await token();
    const now = Date.now();
    standIn.addConference({ id: '0011112222', topic: 'Soon', startsAt: now + 2 * 60_000 });
    standIn.addConference({ id: '0033334444', topic: 'Not mine', startsAt: now, owner: 'bob' });
    const listed = await client.listConferences(access, { after: now, before: now + 3_600_000 });
    expect(listed.ok && listed.value.map((conference) => conference.topic)).toEqual([
      'Weekly planning',
      'Meet now',
      'Soon',
    ]);
    standIn.switches.conferenceList = 'mixed';
    const mixed = await client.listConferences(access, { after: now, before: now + 3_600_000 });
    expect(mixed.ok && mixed.value.map((conference) => conference.id)).toContain('0011112222');
    for (const broken of ['garbage', 'not-json'] as const) {
      standIn.switches.conferenceList = broken;
      await expect(client.listConferences(access)).resolves.toEqual({
        ok: false,
        error: { kind: 'bad-answer' },
      });
    }
    standIn.switches.conferenceList = 'ok';
  });
});
