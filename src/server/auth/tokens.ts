// Secrets handed to people (session tokens, station join codes) are random and stored only as SHA-256 hashes:
// a copy of the database lets nobody log in or join as a station.
import { createHash, randomBytes } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** 256-bit bearer token. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

// Crockford base32 without I, L, O, U: easy to read aloud and type on a station keyboard.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 80-bit one-time join code shown as XXXX-XXXX-XXXX-XXXX. */
export function newJoinCode(): string {
  const bytes = randomBytes(16);
  let code = '';
  for (let i = 0; i < 16; i++) code += CODE_ALPHABET[bytes[i]! & 31];
  return code.match(/.{4}/g)!.join('-');
}

/** Canonical form of a typed join code: upper case, no separators or spaces, O read as 0 and I/L as 1. */
export function normaliseJoinCode(typed: string): string {
  const c = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return c.match(/.{1,4}/g)?.join('-') ?? '';
}

export function hashJoinCode(code: string): string {
  return sha256Hex('weldtwin-join:' + normaliseJoinCode(code));
}
