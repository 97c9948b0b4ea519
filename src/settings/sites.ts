/** Host names compare case-insensitively and without a trailing dot. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** A switched-off site covers its subdomains too: switching off example.com covers www.example.com. */
export function isHostListed(hostname: string, list: readonly string[]): boolean {
  const host = normalizeHost(hostname);
  return list.some((entry) => {
    const listed = normalizeHost(entry);
    return listed !== '' && (host === listed || host.endsWith(`.${listed}`));
  });
}
