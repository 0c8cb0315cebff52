// Attempts in IndexedDB through Dexie. An autosave is one transaction: add the next log chunk, move the tick.
import type { LoggedAnyIntent } from '../../scenario/index.ts';
import { asStorageError, WeldTwinDb } from './db.ts';
import { StorageError, type AttemptStore, type StoredAttempt, type StoredChunk } from './types.ts';

export class DexieAttemptStore implements AttemptStore {
  readonly kind = 'indexeddb' as const;

  constructor(readonly db: WeldTwinDb = new WeldTwinDb()) {}

  private async guard<T>(what: string, op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (e) {
      throw asStorageError(e, what);
    }
  }

  create(attempt: StoredAttempt): Promise<void> {
    return this.guard(`cannot save attempt ${attempt.id}`, async () => {
      await this.db.attempts.add(attempt);
    });
  }

  save(id: string, chunk: StoredChunk | null, tick: number): Promise<void> {
    return this.guard(`cannot autosave attempt ${id}`, () =>
      this.db.transaction('rw', this.db.attempts, this.db.chunks, async () => {
        const a = await this.db.attempts.get(id);
        if (!a) throw new StorageError('failed', `no attempt ${id} in the store`);
        if (chunk) {
          if (chunk.seq !== a.chunks)
            throw new StorageError(
              'failed',
              `attempt ${id}: chunk ${chunk.seq} out of order (expected ${a.chunks})`,
            );
          await this.db.chunks.add(chunk);
          await this.db.attempts.update(id, {
            tick,
            chunks: a.chunks + 1,
            savedEntries: a.savedEntries + chunk.entries.length,
          });
        } else await this.db.attempts.update(id, { tick });
      }),
    );
  }

  update(id: string, patch: Partial<Omit<StoredAttempt, 'id'>>): Promise<void> {
    return this.guard(`cannot update attempt ${id}`, async () => {
      const n = await this.db.attempts.update(id, patch);
      if (n === 0 && !(await this.db.attempts.get(id)))
        throw new StorageError('failed', `no attempt ${id} in the store`);
    });
  }

  get(id: string): Promise<StoredAttempt | undefined> {
    return this.guard(`cannot read attempt ${id}`, () => this.db.attempts.get(id));
  }

  log(id: string): Promise<LoggedAnyIntent[]> {
    return this.guard(`cannot read the log of attempt ${id}`, async () => {
      const chunks = await this.db.chunks.where('[attemptId+seq]').between([id, 0], [id, Infinity]).toArray();
      return chunks.flatMap((c) => c.entries);
    });
  }

  unfinished(): Promise<StoredAttempt[]> {
    return this.guard('cannot look for unfinished attempts', async () => {
      const list = await this.db.attempts.where('status').equals('running').toArray();
      return list.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
    });
  }

  list(trainee?: string): Promise<StoredAttempt[]> {
    return this.guard('cannot list attempts', async () => {
      const list =
        trainee === undefined
          ? await this.db.attempts.toArray()
          : await this.db.attempts.where('trainee').equals(trainee).toArray();
      return list.sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
    });
  }

  remove(id: string): Promise<void> {
    return this.guard(`cannot delete attempt ${id}`, () =>
      this.db.transaction('rw', this.db.attempts, this.db.chunks, async () => {
        await this.db.chunks.where('attemptId').equals(id).delete();
        await this.db.attempts.delete(id);
      }),
    );
  }
}
