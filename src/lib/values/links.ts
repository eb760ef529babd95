/** Links from data may only be http, https or mailto: anything else (javascript:, data:, file:) is refused. */
export const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

export type LinkCheck = { ok: true; url: string } | { ok: false; reason: 'invalid' | 'scheme' };

export function checkLink(raw: string): LinkCheck {
  const text = raw.trim();
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so judge without them.
  const compact = text.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  if (scheme && !SAFE_SCHEMES.includes(`${scheme.toLowerCase()}:` as (typeof SAFE_SCHEMES)[number])) {
    return { ok: false, reason: 'scheme' };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!SAFE_SCHEMES.includes(url.protocol as (typeof SAFE_SCHEMES)[number])) return { ok: false, reason: 'scheme' };
  if (url.protocol !== 'mailto:' && !url.hostname) return { ok: false, reason: 'invalid' };
  return { ok: true, url: url.href };
}

/** A last guard for presentation code: returns the link only if it is safe, otherwise undefined. */
export function safeHref(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const checked = checkLink(raw);
  return checked.ok ? checked.url : undefined;
}

export function isExternal(href: string, siteOrigin?: string): boolean {
  if (href.startsWith('mailto:')) return false;
  try {
    return new URL(href).origin !== siteOrigin;
  } catch {
    return false;
  }
}
