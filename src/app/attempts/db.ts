// The app's IndexedDB database (Dexie): attempts with their log chunks, awarded credentials, the device's
// credential signing key. Schema changes add a version here, never edit an old one.
import Dexie, { type Table } from 'dexie';
import type { SignedCredentialDocument } from '../../scenario/progress/index.ts';
import { StorageError, type StorageProblem, type StoredAttempt, type StoredChunk } from './types.ts';

export const DB_NAME = 'weldtwin';

export interface StoredCredential {
  /** The credential's `urn:uuid:…`. */
  id: string;
  trainee: string;
  definitionId: string;
  document: SignedCredentialDocument;
}

export interface StoredKey {
  id: 'credential-signing';
  /** Non-extractable private key and its public key (IndexedDB stores CryptoKeys by structured clone). */
  keyPair: CryptoKeyPair;
  publicKey: string;
  keyId: string;
}

export class WeldTwinDb extends Dexie {
  attempts!: Table<StoredAttempt, string>;
  chunks!: Table<StoredChunk, [string, number]>;
  credentials!: Table<StoredCredential, string>;
  keys!: Table<StoredKey, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      attempts: 'id, status, trainee, startedAt',
      chunks: '[attemptId+seq], attemptId',
      credentials: 'id, trainee, definitionId',
      keys: 'id',
    });
  }
}

const UNAVAILABLE = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'InvalidStateError',
  'SecurityError',
  'DatabaseClosedError',
  'VersionError',
  'UnknownError',
]);

/** Classifies an IndexedDB / Dexie failure: no database at all, a full disk, or something else. */
export function problemOf(e: unknown): StorageProblem {
  const names: string[] = [];
  for (
    let x = e as { name?: unknown; inner?: unknown } | undefined, i = 0;
    x && i < 4;
    x = x.inner as typeof x, i++
  ) {
    if (typeof x.name === 'string') names.push(x.name);
  }
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.some((n) => UNAVAILABLE.has(n))) return 'unavailable';
  return 'failed';
}

export function asStorageError(e: unknown, what: string): StorageError {
  if (e instanceof StorageError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new StorageError(problemOf(e), `${what}: ${message}`);
}
