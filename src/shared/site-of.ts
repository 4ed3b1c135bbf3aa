// The site a URL belongs to, as the per-site list stores it: the hostname without "www.", or "file".
export function siteOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol === 'file:') return 'file';
    return u.hostname.replace(/^www\./, '') || undefined;
  } catch {
    // Not a URL (e.g. about:blank written oddly): no site, so only the global switch applies.
    return undefined;
  }
}
