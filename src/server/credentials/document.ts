// Issuing and checking signed micro-credentials. The document format is shared with the app
// (src/scenario/progress/credential-document.ts, docs/credentials.md): the signature covers
// utf8(canonicalJson(credential)); the embedded public key checks integrity, and pinning the issuer's key
// (--public-key) checks origin.
import { randomUUID } from 'node:crypto';
import {
  CREDENTIAL_TYPE,
  credentialDocumentProblems,
  credentialSigningText,
  type CompetitionHolder,
  type CredentialPayload,
  type SignedCredentialDocument,
} from '../../scenario/progress/index.ts';
import type { CredentialDefinition, EvidenceCandidate } from './definition.ts';
import { keyIdOf, verifySignature, type CredentialSigner } from './signing.ts';

export { CREDENTIAL_TYPE, type CredentialPayload, type SignedCredentialDocument };

export function issueCredential(
  signer: CredentialSigner,
  def: CredentialDefinition,
  holder: CompetitionHolder,
  evidence: EvidenceCandidate[],
  issuedAt: Date,
  issuerName: string,
): SignedCredentialDocument {
  const credential: CredentialPayload = {
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
    signature: {
      alg: 'Ed25519',
      keyId: signer.keyId,
      publicKey: signer.publicKey,
      value: signer.sign(credentialSigningText(credential)),
    },
  };
}

export type CheckOutcome =
  | { valid: true; keyId: string; pinned: boolean; credential: CredentialPayload }
  | { valid: false; reason: string };

/** Structural problems (not a credential document at all): the CLI reports these as bad input (exit 2). */
export function structuralProblems(doc: unknown): string[] {
  return credentialDocumentProblems(doc);
}

/** Checks a structurally valid document in the order of docs/credentials.md; `trustedPublicKey` pins the issuer. */
export function checkCredential(doc: SignedCredentialDocument, trustedPublicKey?: string): CheckOutcome {
  const { credential, signature } = doc;
  if (
    !/^[A-Za-z0-9_-]{43}$/.test(signature.publicKey) ||
    Buffer.from(signature.publicKey, 'base64url').length !== 32
  ) {
    return { valid: false, reason: 'signature.publicKey is not a 32-byte Ed25519 key in base64url' };
  }
  if (keyIdOf(signature.publicKey) !== signature.keyId) {
    return {
      valid: false,
      reason: `signature.keyId ${signature.keyId} does not match the embedded public key`,
    };
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
    ok = verifySignature(credentialSigningText(credential), signature.value, signature.publicKey);
  } catch {
    ok = false;
  }
  if (!ok)
    return {
      valid: false,
      reason: 'the signature does not match the credential: it was altered after signing',
    };
  return { valid: true, keyId: signature.keyId, pinned: trustedPublicKey !== undefined, credential };
}
