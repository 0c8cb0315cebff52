// Content digests for idempotency and copy detection: SHA-256 over canonical JSON (key order and number
// formatting do not matter, so a retry that re-serialises the same attempt still matches).
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../sim/core/hash.ts';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Digest of an input log. Costs about as much as serialising it, so the pool computes it in a worker. */
export function logDigest(log: unknown[]): string {
  return sha256Hex(canonicalJson(log));
}

/** Digest of a whole submission from its log's digest and its other fields (cheap: the log is not re-read). */
export function bodyDigest(logDigestHex: string, bodyWithoutLog: Record<string, unknown>): string {
  return sha256Hex(`${logDigestHex}\n${canonicalJson(bodyWithoutLog)}`);
}
