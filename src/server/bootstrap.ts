// Start-up pieces shared by `npm run server` and the admin scripts: the first organiser, and the credential
// signing key (a file given by the operator, or one generated once and kept in the database so every server
// process behind one PostgreSQL signs with the same key).
import { readFileSync } from 'node:fs';
import { hashPassword, MIN_PASSWORD_LENGTH } from './auth/passwords.ts';
import { generateSigningKeyPem, signerFromPem, type CredentialSigner } from './credentials/signing.ts';
import type { Store, UserRole } from './store/types.ts';

export async function ensureUser(
  store: Store,
  username: string,
  password: string,
  role: UserRole,
  now: number,
  log2N?: number,
): Promise<'created' | 'exists'> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`the password for ${username} must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (await store.findUserByName(username)) return 'exists';
  const created = await store.createUser(
    { username, role, passwordHash: await hashPassword(password, log2N), createdAt: now },
    {
      at: now,
      actorRole: 'system',
      actorId: null,
      actorName: 'bootstrap',
      action: 'user.create',
      eventId: null,
      target: `user:${username}`,
      detail: { role },
    },
  );
  return created ? 'created' : 'exists';
}

export async function loadSigner(store: Store, keyFile: string | undefined): Promise<CredentialSigner> {
  if (keyFile) {
    let pem: string;
    try {
      pem = readFileSync(keyFile, 'utf8');
    } catch (e) {
      throw new Error(`WELDTWIN_CREDENTIAL_KEY_FILE: cannot read ${keyFile}: ${(e as Error).message}`);
    }
    return signerFromPem(pem);
  }
  return signerFromPem(await store.getOrCreateSetting('credential-signing-key', generateSigningKeyPem()));
}
