// What the station operator types: the server's address and the one-time join code, checked before anything is
// sent so a typo is named on the spot instead of coming back as a refusal.

export type AddressCheck =
  | { ok: true; server: string }
  /** empty; not a URL (with a suggestion when only the scheme is missing); not http(s); has a user or a query. */
  | { ok: false; problem: 'empty' | 'not-url' | 'scheme' | 'extra'; suggestion?: string };

/** `http(s)://host[:port][/path]` without a trailing slash, user info, query or fragment. */
export function checkServerAddress(typed: string): AddressCheck {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return withScheme(text);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    // `192.168.1.10:8787` parses as the scheme "192.168.1.10:"; `localhost:8787` as "localhost:".
    if (!text.includes('//')) return withScheme(text);
    return { ok: false, problem: 'scheme' };
  }
  if (url.username || url.password || url.search || url.hash) return { ok: false, problem: 'extra' };
  if (!url.hostname) return { ok: false, problem: 'not-url' };
  return { ok: true, server: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

function withScheme(text: string): AddressCheck {
  try {
    const u = new URL(`http://${text}`);
    if (u.hostname && !u.username && !u.search && !u.hash)
      return { ok: false, problem: 'not-url', suggestion: `http://${text.replace(/\/+$/, '')}` };
  } catch {
    // Not even with a scheme.
  }
  return { ok: false, problem: 'not-url' };
}

/** Crockford base32 without I, L, O, U (src/server/auth/tokens.ts): what join codes are made of. */
export const JOIN_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const JOIN_CODE_LENGTH = 16;

export type JoinCodeCheck =
  | { ok: true; code: string }
  | { ok: false; problem: 'empty' | 'length' | 'characters'; count: number; bad: string };

/**
 * `XXXX-XXXX-XXXX-XXXX`, case-insensitive; spaces and dashes anywhere, O read as 0 and I/L as 1 (as the server
 * reads them). The canonical form is what is sent.
 */
export function checkJoinCode(typed: string): JoinCodeCheck {
  const raw = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (raw === '') return { ok: false, problem: 'empty', count: 0, bad: '' };
  const bad = [...new Set([...raw].filter((c) => !JOIN_CODE_ALPHABET.includes(c)))].join(' ');
  if (bad) return { ok: false, problem: 'characters', count: raw.length, bad };
  if (raw.length !== JOIN_CODE_LENGTH) return { ok: false, problem: 'length', count: raw.length, bad: '' };
  return { ok: true, code: raw.match(/.{4}/g)!.join('-') };
}
