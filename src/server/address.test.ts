import { describe, expect, it } from 'vitest';
import { hostPermissionPattern, serverOrigin } from './address';

describe('the server address', () => {
  it('takes what people type and gives the origin, https by default', () => {
    expect(serverOrigin('video.example.com')).toBe('https://video.example.com');
    expect(serverOrigin(' https://Video.Example.com/ ')).toBe('https://video.example.com');
    expect(serverOrigin('http://10.0.0.5:8888')).toBe('http://10.0.0.5:8888');
    expect(serverOrigin('video.example.com:4443')).toBe('https://video.example.com:4443');
  });

  it('refuses what is no server address', () => {
    for (const bad of [
      '',
      'ftp://video.example.com',
      'https://user:pw@video.example.com',
      'https://video.example.com/c/123',
      'https://video.example.com/?x=1',
      'javascript:alert(1)',
      'two words',
    ]) {
      expect(serverOrigin(bad), bad).toBeNull();
    }
  });

  it('asks for the host permission without the port', () => {
    expect(hostPermissionPattern('http://127.0.0.1:8888')).toBe('http://127.0.0.1/*');
    expect(hostPermissionPattern('https://video.example.com')).toBe('https://video.example.com/*');
  });
});
