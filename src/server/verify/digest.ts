// Content digests for idempotency and copy detection: SHA-256 over canonical JSON (object keys sorted), so a
// retry that re-serialises the same attempt still matches and reordering keys does not disguise a copied log.
import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1]! < keys[i]!;
  if (sorted) return value;
  const out: Record<string, unknown> = {};
  for (const k of keys.sort()) out[k] = (value as Record<string, unknown>)[k];
  return out;
}

/**
 * JSON with object keys sorted at every level. Native JSON.stringify with a key-sorting replacer: several times
 * faster than src/sim/core/hash.ts canonicalJson on large logs; digests need determinism, not the sim's number
 * formatting, and only ever compare with each other.
 */
export function sortedJson(value: unknown): string {
  return JSON.stringify(value, sortKeys) ?? 'null';
}

/** Digest of an input log (the pool computes it in a worker, next to the replay). */
export function logDigest(log: unknown[]): string {
  return sha256Hex(sortedJson(log));
}

/** Digest of a whole submission from its log's digest and its other fields (cheap: the log is not re-read). */
export function bodyDigest(logDigestHex: string, bodyWithoutLog: Record<string, unknown>): string {
  return sha256Hex(`${logDigestHex}\n${sortedJson(bodyWithoutLog)}`);
}
