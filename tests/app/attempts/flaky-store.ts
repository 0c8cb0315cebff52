// A store that fails on command (private mode, full disk), wrapping the in-memory one; counts what was written.
import { MemoryAttemptStore } from '../../../src/app/attempts/memory-store.ts';
import {
  StorageError,
  type AttemptStore,
  type StorageProblem,
  type StoredAttempt,
  type StoredChunk,
} from '../../../src/app/attempts/types.ts';

export class FlakyStore implements AttemptStore {
  readonly kind = 'indexeddb' as const;
  readonly inner = new MemoryAttemptStore();
  /** Fail every call with this problem while set. */
  failing: StorageProblem | null = null;
  calls: string[] = [];
  chunksWritten: StoredChunk[] = [];

  private check(op: string): void {
    this.calls.push(op);
    if (this.failing) throw new StorageError(this.failing, `${op}: simulated ${this.failing}`);
  }

  async create(a: StoredAttempt) {
    this.check('create');
    return this.inner.create(a);
  }
  async save(id: string, chunk: StoredChunk | null, tick: number) {
    this.check('save');
    if (chunk) this.chunksWritten.push(structuredClone(chunk));
    return this.inner.save(id, chunk, tick);
  }
  async update(id: string, patch: Partial<Omit<StoredAttempt, 'id'>>) {
    this.check('update');
    return this.inner.update(id, patch);
  }
  async get(id: string) {
    this.check('get');
    return this.inner.get(id);
  }
  async log(id: string) {
    this.check('log');
    return this.inner.log(id);
  }
  async unfinished() {
    this.check('unfinished');
    return this.inner.unfinished();
  }
  async list(trainee?: string) {
    this.check('list');
    return this.inner.list(trainee);
  }
  async remove(id: string) {
    this.check('remove');
    return this.inner.remove(id);
  }
}
