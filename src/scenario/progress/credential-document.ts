// The micro-credential document both issuers sign (docs/credentials.md): the app with Web Crypto, the competition
// server with node:crypto. Signed bytes are utf8(canonicalJson(credential)).
import { canonicalJson } from '../../sim/core/hash.ts';
import type { CredentialDefinition } from './credential-definition.ts';
import type { AttemptSummary } from './summary.ts';

export const CREDENTIAL_TYPE = 'WeldTwinMicroCredential';
export const CREDENTIAL_FORMAT_VERSION = 1;

export interface CompetitionHolder {
  stationId: number;
  name: string;
  eventId: number;
  eventName: string;
}

export interface TraineeHolder {
  traineeId: string;
  name: string;
}

export interface CredentialEvidence {
  attemptId: number | string;
  scenarioId: string;
  scenarioVersion: number | string;
  score: number;
  grade: string;
  /** The attempt's replay hash (`weldtwin replay`). */
  hash: string;
}

export interface CredentialPayload {
  type: typeof CREDENTIAL_TYPE;
  formatVersion: typeof CREDENTIAL_FORMAT_VERSION;
  id: string;
  definition: { id: string; name: CredentialDefinition['name']; points: number };
  holder: CompetitionHolder | TraineeHolder;
  evidence: CredentialEvidence[];
  issuer: { name: string; keyId: string };
  issuedAt: string;
}

export interface CredentialSignature {
  alg: 'Ed25519';
  keyId: string;
  /** Raw 32-byte public key, base64url without padding. */
  publicKey: string;
  /** 64-byte signature, base64url without padding. */
  value: string;
}

export interface SignedCredentialDocument {
  credential: CredentialPayload;
  signature: CredentialSignature;
}

export interface CredentialIssue {
  /** `urn:uuid:…`, made by the issuer. */
  id: string;
  definition: CredentialDefinition;
  holder: CompetitionHolder | TraineeHolder;
  evidence: readonly AttemptSummary[];
  issuer: { name: string; keyId: string };
  /** ISO 8601, UTC. */
  issuedAt: string;
}

export function buildCredential(x: CredentialIssue): CredentialPayload {
  return {
    type: CREDENTIAL_TYPE,
    formatVersion: CREDENTIAL_FORMAT_VERSION,
    id: x.id,
    definition: { id: x.definition.id, name: x.definition.name, points: x.definition.points },
    holder: { ...x.holder },
    evidence: x.evidence.map((e) => ({
      attemptId: e.attemptId,
      scenarioId: e.scenarioId,
      scenarioVersion: e.version,
      score: e.score,
      grade: e.grade,
      hash: e.hash ?? missingHash(e),
    })),
    issuer: { ...x.issuer },
    issuedAt: x.issuedAt,
  };
}

function missingHash(e: AttemptSummary): never {
  throw new Error(
    `attempt ${e.attemptId} on ${e.scenarioId} has no replay hash; only replayed attempts can be evidence`,
  );
}

/** The exact text that is signed. */
export function credentialSigningText(credential: CredentialPayload): string {
  return canonicalJson(credential);
}

/** Structural problems (not a credential document at all), `path: message` lines. */
export function credentialDocumentProblems(doc: unknown): string[] {
  const p: string[] = [];
  const o = doc as Partial<SignedCredentialDocument> | null;
  if (o === null || typeof o !== 'object' || Array.isArray(o))
    return ['expected a JSON object {credential, signature}'];
  const c = o.credential as Partial<CredentialPayload> | undefined;
  if (c === null || typeof c !== 'object' || Array.isArray(c)) p.push('credential: expected an object');
  else if (c.type !== CREDENTIAL_TYPE)
    p.push(`credential.type: expected "${CREDENTIAL_TYPE}", got ${JSON.stringify(c.type ?? null)}`);
  const s = o.signature as Partial<CredentialSignature> | undefined;
  if (s === null || typeof s !== 'object' || Array.isArray(s)) p.push('signature: expected an object');
  else {
    if (s.alg !== 'Ed25519')
      p.push(`signature.alg: expected "Ed25519", got ${JSON.stringify(s.alg ?? null)}`);
    for (const k of ['keyId', 'publicKey', 'value'] as const)
      if (typeof s[k] !== 'string') p.push(`signature.${k}: expected a string`);
  }
  return p;
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding (the encoding of keys and signatures). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    out += B64URL[(n >> 18) & 63]! + B64URL[(n >> 12) & 63]!;
    if (left > 1) out += B64URL[(n >> 6) & 63]!;
    if (left > 2) out += B64URL[n & 63]!;
  }
  return out;
}

/** Decodes base64url (padding allowed); undefined for any other character. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  const t = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(t) || t.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((t.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const ch of t) {
    acc = (acc << 6) | B64URL.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** keyId: the first 16 hex digits of SHA-256 over the raw public key (the digest is computed by the caller). */
export function keyIdFromDigest(sha256OfRawKey: Uint8Array): string {
  let hex = '';
  for (let i = 0; i < 8; i++) hex += sha256OfRawKey[i]!.toString(16).padStart(2, '0');
  return hex;
}
