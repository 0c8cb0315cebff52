// Where the device signing key and the signed credentials live: IndexedDB (the app's Dexie database), or memory
// when the browser has none (documents signed then still verify: the public key is inside each).
import type { SignedCredentialDocument } from '../../scenario/progress/index.ts';
import { WeldTwinDb } from '../attempts/db.ts';
import type { DeviceKey, KeyVault } from './credential-signing.ts';

export interface CredentialShelf extends KeyVault {
  keep(trainee: string, doc: SignedCredentialDocument): Promise<void>;
  list(trainee: string): Promise<SignedCredentialDocument[]>;
}

export class MemoryShelf implements CredentialShelf {
  private key: DeviceKey | undefined;
  private readonly docs: Array<{ trainee: string; doc: SignedCredentialDocument }> = [];
  async load() {
    return this.key;
  }
  async save(k: DeviceKey) {
    this.key = k;
  }
  async keep(trainee: string, doc: SignedCredentialDocument) {
    this.docs.push({ trainee, doc });
  }
  async list(trainee: string) {
    return this.docs.filter((d) => d.trainee === trainee).map((d) => d.doc);
  }
}

export class DexieShelf implements CredentialShelf {
  constructor(private readonly db: WeldTwinDb = new WeldTwinDb()) {}
  async load(): Promise<DeviceKey | undefined> {
    const k = await this.db.keys.get('credential-signing');
    return k && { keyPair: k.keyPair, publicKey: k.publicKey, keyId: k.keyId };
  }
  async save(k: DeviceKey): Promise<void> {
    await this.db.keys.put({
      id: 'credential-signing',
      keyPair: k.keyPair,
      publicKey: k.publicKey,
      keyId: k.keyId,
    });
  }
  async keep(trainee: string, doc: SignedCredentialDocument): Promise<void> {
    await this.db.credentials.put({
      id: doc.credential.id,
      trainee,
      definitionId: doc.credential.definition.id,
      document: doc,
    });
  }
  async list(trainee: string): Promise<SignedCredentialDocument[]> {
    return (await this.db.credentials.where('trainee').equals(trainee).toArray()).map((c) => c.document);
  }
}

/** Falls back to memory for good once IndexedDB fails. */
export class FallbackShelf implements CredentialShelf {
  private memory = new MemoryShelf();
  private broken = false;
  constructor(private readonly primary: CredentialShelf) {}
  private async use<T>(op: (s: CredentialShelf) => Promise<T>): Promise<T> {
    if (!this.broken) {
      try {
        return await op(this.primary);
      } catch {
        this.broken = true;
      }
    }
    return op(this.memory);
  }
  load() {
    return this.use((s) => s.load());
  }
  save(k: DeviceKey) {
    return this.use((s) => s.save(k));
  }
  keep(trainee: string, doc: SignedCredentialDocument) {
    return this.use((s) => s.keep(trainee, doc));
  }
  list(trainee: string) {
    return this.use((s) => s.list(trainee));
  }
}

let shelf: CredentialShelf | undefined;

export function credentialShelf(): CredentialShelf {
  shelf ??= new FallbackShelf(typeof indexedDB === 'undefined' ? new MemoryShelf() : new DexieShelf());
  return shelf;
}
