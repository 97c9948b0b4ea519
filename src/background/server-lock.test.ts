import { describe, expect, it } from 'vitest';
import { isAllowedServer } from './server-service';

describe('the administrator’s locked server', () => {
  const policy = (serverAddress: string, locked: string[]) => ({
    settings: { serverAddress },
    locked,
  });

  it('refuses every other server while `serverAddress` is locked', () => {
    const locked = policy('https://video.corp.example', ['serverAddress']);
    expect(isAllowedServer('https://video.corp.example', locked)).toBe(true);
    expect(isAllowedServer('https://evil.example', locked)).toBe(false);
    expect(isAllowedServer('http://video.corp.example', locked)).toBe(false);
    expect(isAllowedServer('https://video.corp.example:8443', locked)).toBe(false);
  });

  it('lets the user choose while the address is only preset, or locked without a value', () => {
    expect(isAllowedServer('https://other.example', policy('https://video.corp.example', []))).toBe(
      true,
    );
    expect(isAllowedServer('https://other.example', policy('', ['serverAddress']))).toBe(true);
  });
});

describe('a session on another server than the locked one', () => {
  it('is not used: the address book answers server-locked', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { searchContacts } = await import('./server-service');
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      serverSession: {
        origin: 'https://old.example',
        userId: 'alice',
        displayName: 'Alice',
        accessToken: 'secret-token',
        refreshToken: null,
        expiresAt: Date.now() + 3_600_000,
      },
    });
    await fakeBrowser.storage.managed.set({
      serverAddress: 'https://video.corp.example',
      locked: ['serverAddress'],
    });
    await expect(searchContacts('bob')).resolves.toEqual({ ok: false, error: 'server-locked' });
  });
});
