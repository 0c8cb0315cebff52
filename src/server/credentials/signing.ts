// Ed25519 with node:crypto over UTF-8 text (for credentials: canonicalJson(credential), src/sim/core/hash.ts), so
// the app verifies the same bytes with Web Crypto (`crypto.subtle.verify('Ed25519', key, signature, bytes)`).
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

export interface CredentialSigner {
  /** First 16 hex digits of SHA-256 over the raw 32-byte public key. */
  readonly keyId: string;
  /** Raw 32-byte Ed25519 public key, base64url (the JWK `x`). */
  readonly publicKey: string;
  readonly publicKeyPem: string;
  /** Signature (base64url, 64 bytes) over utf8(`text`). */
  sign(text: string): string;
}

export function keyIdOf(publicKeyB64url: string): string {
  return createHash('sha256').update(Buffer.from(publicKeyB64url, 'base64url')).digest('hex').slice(0, 16);
}

export function generateSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

export function signerFromPem(privateKeyPem: string): CredentialSigner {
  const key: KeyObject = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(
      `the credential signing key must be Ed25519, got ${key.asymmetricKeyType ?? 'a symmetric key'}`,
    );
  }
  const pub = createPublicKey(key);
  const x = (pub.export({ format: 'jwk' }) as { x: string }).x;
  return {
    keyId: keyIdOf(x),
    publicKey: x,
    publicKeyPem: pub.export({ format: 'pem', type: 'spki' }).toString(),
    sign: (text) => sign(null, Buffer.from(text, 'utf8'), key).toString('base64url'),
  };
}

/** A public key given as raw base64url (32 bytes), a PEM SPKI block, or a JWK JSON text. */
export function publicKeyFromText(text: string): string {
  const t = text.trim();
  if (t.startsWith('-----BEGIN')) {
    const k = createPublicKey(t);
    if (k.asymmetricKeyType !== 'ed25519') throw new Error('the public key is not an Ed25519 key');
    return (k.export({ format: 'jwk' }) as { x: string }).x;
  }
  if (t.startsWith('{')) {
    const j = JSON.parse(t) as { kty?: string; crv?: string; x?: string };
    if (j.kty !== 'OKP' || j.crv !== 'Ed25519' || typeof j.x !== 'string')
      throw new Error('the JWK is not an Ed25519 public key');
    return j.x;
  }
  if (/^[A-Za-z0-9_-]{43}=?$/.test(t) && Buffer.from(t, 'base64url').length === 32)
    return t.replace(/=$/, '');
  throw new Error('expected an Ed25519 public key: PEM, JWK, or 32 raw bytes in base64url');
}

export function verifySignature(text: string, signatureB64url: string, publicKeyB64url: string): boolean {
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKeyB64url }, format: 'jwk' });
  const sig = Buffer.from(signatureB64url, 'base64url');
  if (sig.length !== 64) return false;
  return verify(null, Buffer.from(text, 'utf8'), key, sig);
}
