// The signed credential document and its offline check. The signature covers canonicalJson(credential); the
// embedded public key lets anyone check integrity, and pinning the issuer's key (--public-key) checks origin.
import { randomUUID } from 'node:crypto';
import type { CredentialDefinition, EvidenceCandidate } from './definition.ts';
import { keyIdOf, verifySignature, type CredentialSigner } from './signing.ts';

export const CREDENTIAL_TYPE = 'WeldTwinMicroCredential';

export interface Credential {
  type: typeof CREDENTIAL_TYPE;
  formatVersion: 1;
  id: string;
  definition: { id: string; name: CredentialDefinition['name']; points: number };
  holder: { stationId: number; name: string; eventId: number; eventName: string };
  evidence: {
    attemptId: number;
    scenarioId: string;
    scenarioVersion: number | string;
    score: number;
    grade: string;
    hash: string;
  }[];
  issuer: { name: string; keyId: string };
  issuedAt: string;
}

export interface SignedCredential {
  credential: Credential;
  signature: { alg: 'Ed25519'; keyId: string; publicKey: string; value: string };
}

export function issueCredential(
  signer: CredentialSigner,
  def: CredentialDefinition,
  holder: Credential['holder'],
  evidence: EvidenceCandidate[],
  issuedAt: Date,
  issuerName: string,
): SignedCredential {
  const credential: Credential = {
    type: CREDENTIAL_TYPE,
    formatVersion: 1,
    id: `urn:uuid:${randomUUID()}`,
    definition: { id: def.id, name: def.name, points: def.points },
    holder,
    evidence: evidence.map((e) => ({
      attemptId: e.attemptId,
      scenarioId: e.scenarioId,
      scenarioVersion: e.scenarioVersion,
      score: e.score,
      grade: e.grade,
      hash: e.hash,
    })),
    issuer: { name: issuerName, keyId: signer.keyId },
    issuedAt: issuedAt.toISOString(),
  };
  return {
    credential,
    signature: { alg: 'Ed25519', keyId: signer.keyId, publicKey: signer.publicKey, value: signer.sign(credential) },
  };
}

export type CheckOutcome =
  | { valid: true; keyId: string; pinned: boolean; credential: Credential }
  | { valid: false; reason: string };

/** Structural problems (not a credential at all): the CLI reports these as bad input (exit 2). */
export function structuralProblems(doc: unknown): string[] {
  const p: string[] = [];
  const o = doc as Partial<SignedCredential> | null;
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return ['expected a JSON object {credential, signature}'];
  if (o.credential === null || typeof o.credential !== 'object' || Array.isArray(o.credential)) {
    p.push('credential: expected an object');
  } else if (o.credential.type !== CREDENTIAL_TYPE) {
    p.push(`credential.type: expected ${JSON.stringify(CREDENTIAL_TYPE)}, got ${JSON.stringify(o.credential.type)}`);
  }
  const s = o.signature as Partial<SignedCredential['signature']> | undefined;
  if (s === null || typeof s !== 'object' || Array.isArray(s)) p.push('signature: expected an object');
  else {
    if (s.alg !== 'Ed25519') p.push(`signature.alg: expected "Ed25519", got ${JSON.stringify(s.alg)}`);
    for (const k of ['keyId', 'publicKey', 'value'] as const) {
      if (typeof s[k] !== 'string') p.push(`signature.${k}: expected a string`);
    }
  }
  return p;
}

/** Checks a structurally valid document; `trustedPublicKey` (base64url raw) pins the issuer. */
export function checkCredential(doc: SignedCredential, trustedPublicKey?: string): CheckOutcome {
  const { credential, signature } = doc;
  if (!/^[A-Za-z0-9_-]{43}$/.test(signature.publicKey) || Buffer.from(signature.publicKey, 'base64url').length !== 32) {
    return { valid: false, reason: 'signature.publicKey is not a 32-byte Ed25519 key in base64url' };
  }
  if (keyIdOf(signature.publicKey) !== signature.keyId) {
    return { valid: false, reason: `signature.keyId ${signature.keyId} does not match the embedded public key` };
  }
  if (credential.issuer?.keyId !== signature.keyId) {
    return { valid: false, reason: 'credential.issuer.keyId does not match the signing key' };
  }
  if (trustedPublicKey !== undefined && trustedPublicKey !== signature.publicKey) {
    return {
      valid: false,
      reason: `signed by key ${signature.keyId}, not by the trusted issuer key ${keyIdOf(trustedPublicKey)}`,
    };
  }
  let ok = false;
  try {
    ok = verifySignature(credential, signature.value, signature.publicKey);
  } catch {
    ok = false;
  }
  if (!ok) {
    return { valid: false, reason: 'the signature does not match the credential: it was altered after signing' };
  }
  return { valid: true, keyId: signature.keyId, pinned: trustedPublicKey !== undefined, credential };
}
