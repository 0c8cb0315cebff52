// Password hashing with scrypt (node:crypto): per-user random salt, parameters stored with the hash so they can
// be raised later, timing-safe comparison. Format: scrypt$N$r$p$salt(base64url)$key(base64url).
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Percival's scrypt paper recommends N=2^14, r=8, p=1 for interactive logins (<100 ms on 2009 hardware); we use
// 2^15 by default (about 170 ms here, 32 MiB). The work factor is stored in each hash, so raising it later only
// affects new passwords. Tests may lower it to the 2^14 floor to stay fast.
export const DEFAULT_SCRYPT_LOG2N = 15;
export const MIN_SCRYPT_LOG2N = 14;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
export const MIN_PASSWORD_LENGTH = 10;

function scrypt(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize('NFKC'), salt, keylen, opts, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

const maxmem = (n: number, r: number) => 128 * n * r + 1024 * 1024;

export async function hashPassword(password: string, log2N = DEFAULT_SCRYPT_LOG2N): Promise<string> {
  const N = 2 ** Math.max(MIN_SCRYPT_LOG2N, Math.min(20, Math.round(log2N)));
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, KEY_BYTES, { N, r: R, p: P, maxmem: maxmem(N, R) });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  // Refuse absurd parameters from a corrupted row rather than allocating gigabytes.
  if (!(n >= 2 ** MIN_SCRYPT_LOG2N && n <= 2 ** 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16)) return false;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const expected = Buffer.from(parts[5]!, 'base64url');
  const key = await scrypt(password, salt, expected.length, { N: n, r, p, maxmem: maxmem(n, r) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

let dummyHash: Promise<string> | undefined;
/** Spend the same time as a real check when the user does not exist, so timing does not reveal usernames. */
export async function burnPasswordCheck(password: string, log2N = DEFAULT_SCRYPT_LOG2N): Promise<false> {
  dummyHash ??= hashPassword('weldtwin-dummy-password', log2N);
  await verifyPassword(password, await dummyHash);
  return false;
}
