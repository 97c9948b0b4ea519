import { describe, expect, it } from 'vitest';
import { isHostListed } from './sites';

describe('isHostListed', () => {
  it('matches a listed host and its subdomains, case-insensitively', () => {
    expect(isHostListed('example.com', ['example.com'])).toBe(true);
    expect(isHostListed('WWW.Example.com', ['example.com'])).toBe(true);
    expect(isHostListed('example.com.', ['EXAMPLE.COM'])).toBe(true);
  });

  it('does not match look-alikes or empty entries', () => {
    expect(isHostListed('notexample.com', ['example.com'])).toBe(false);
    expect(isHostListed('example.com.evil.test', ['example.com'])).toBe(false);
    expect(isHostListed('example.com', [''])).toBe(false);
  });
});
