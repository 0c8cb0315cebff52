// Sign awarded micro-credentials in the browser (Web Crypto Ed25519) in the format of docs/credentials.md, and
// check documents the same way `weldtwin credential verify` does. The private key never leaves the device.
import {
  buildCredential,
  credentialDocumentProblems,
  credentialSigningText,
  fromBase64Url,
  keyIdFromDigest,
  toBase64Url,
  type CredentialDefinition,
  type AttemptSummary,
  type SignedCredentialDocument,
  type TraineeHolder,
} from '../../scenario/progress/index.ts';

export interface DeviceKey {
  keyPair: CryptoKeyPair;
  /** Raw public key, base64url. */
  publicKey: string;
  keyId: string;
}

/** Where the device key lives between visits (IndexedDB in the app, memory in tests). */
export interface KeyVault {
  load(): Promise<DeviceKey | undefined>;
  save(key: DeviceKey): Promise<void>;
}

export const DEVICE_ISSUER_NAME = 'WeldTwin on this device';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Copy into a fresh ArrayBuffer-backed array (what Web Crypto's BufferSource type wants). */
function bytes(u: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(u.length));
  out.set(u);
  return out;
}

export function ed25519Supported(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.generateKey === 'function';
}

export async function keyIdOf(rawPublicKey: Uint8Array): Promise<string> {
  return keyIdFromDigest(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes(rawPublicKey))));
}

/** The device's signing key: loaded, or generated once (private key non-extractable) and saved. */
export async function deviceKey(vault: KeyVault): Promise<DeviceKey> {
  const saved = await vault.load().catch(() => undefined);
  if (saved) return saved;
  const keyPair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', keyPair.publicKey));
  const key: DeviceKey = { keyPair, publicKey: toBase64Url(raw), keyId: await keyIdOf(raw) };
  // Not saved (private mode): documents signed now still verify, they just come from a key used once.
  await vault.save(key).catch(() => undefined);
  return key;
}

export interface AwardInput {
  definition: CredentialDefinition;
  holder: TraineeHolder;
  evidence: readonly AttemptSummary[];
  /** ISO 8601 UTC. */
  issuedAt: string;
  /** `urn:uuid:…`. */
  id: string;
}

export async function signCredential(key: DeviceKey, award: AwardInput): Promise<SignedCredentialDocument> {
  const credential = buildCredential({ ...award, issuer: { name: DEVICE_ISSUER_NAME, keyId: key.keyId } });
  const sig = await crypto.subtle.sign(
    'Ed25519',
    key.keyPair.privateKey,
    utf8(credentialSigningText(credential)),
  );
  return {
    credential,
    signature: {
      alg: 'Ed25519',
      keyId: key.keyId,
      publicKey: key.publicKey,
      value: toBase64Url(new Uint8Array(sig)),
    },
  };
}

export type VerifyOutcome =
  { valid: true; keyId: string; pinned: boolean } | { valid: false; reason: string };

/** The checks of docs/credentials.md, in order; `trustedPublicKey` (raw base64url) pins the issuer. */
export async function verifyCredential(doc: unknown, trustedPublicKey?: string): Promise<VerifyOutcome> {
  const problems = credentialDocumentProblems(doc);
  if (problems.length) return { valid: false, reason: problems.join('; ') };
  const { credential, signature } = doc as SignedCredentialDocument;
  const raw = fromBase64Url(signature.publicKey);
  if (!raw || raw.length !== 32)
    return { valid: false, reason: 'signature.publicKey is not a 32-byte Ed25519 key in base64url' };
  if ((await keyIdOf(raw)) !== signature.keyId)
    return {
      valid: false,
      reason: `signature.keyId ${signature.keyId} does not match the embedded public key`,
    };
  if (credential.issuer?.keyId !== signature.keyId)
    return { valid: false, reason: 'credential.issuer.keyId does not match the signing key' };
  if (trustedPublicKey !== undefined && trustedPublicKey.replace(/=+$/, '') !== signature.publicKey) {
    return { valid: false, reason: `signed by key ${signature.keyId}, not by the trusted issuer key` };
  }
  const sig = fromBase64Url(signature.value);
  let ok = false;
  if (sig && sig.length === 64) {
    try {
      const key = await crypto.subtle.importKey('raw', bytes(raw), { name: 'Ed25519' }, false, ['verify']);
      ok = await crypto.subtle.verify('Ed25519', key, bytes(sig), utf8(credentialSigningText(credential)));
    } catch {
      ok = false;
    }
  }
  if (!ok)
    return {
      valid: false,
      reason: 'the signature does not match the credential: it was altered after signing',
    };
  return { valid: true, keyId: signature.keyId, pinned: trustedPublicKey !== undefined };
}
