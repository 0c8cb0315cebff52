// Attempts kept in memory only: the fallback when IndexedDB is unavailable (private mode, blocked storage), and
// the store the recorder logic is tested against.
import type { LoggedAnyIntent } from '../../scenario/index.ts';
import { StorageError, type AttemptStore, type StoredAttempt, type StoredChunk } from './types.ts';

const newestFirst = (a: StoredAttempt, b: StoredAttempt) =>
  a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0;

export class MemoryAttemptStore implements AttemptStore {
  readonly kind = 'memory' as const;
  private readonly attempts = new Map<string, StoredAttempt>();
  private readonly chunks = new Map<string, StoredChunk[]>();

  private must(id: string): StoredAttempt {
    const a = this.attempts.get(id);
    if (!a) throw new StorageError('failed', `no attempt ${id} in the store`);
    return a;
  }

  async create(attempt: StoredAttempt): Promise<void> {
    if (this.attempts.has(attempt.id))
      throw new StorageError('failed', `attempt ${attempt.id} already exists`);
    this.attempts.set(attempt.id, structuredClone(attempt));
    this.chunks.set(attempt.id, []);
  }

  async save(id: string, chunk: StoredChunk | null, tick: number): Promise<void> {
    const a = this.must(id);
    if (chunk) {
      if (chunk.seq !== a.chunks)
        throw new StorageError(
          'failed',
          `attempt ${id}: chunk ${chunk.seq} out of order (expected ${a.chunks})`,
        );
      this.chunks.get(id)!.push(structuredClone(chunk));
      a.chunks++;
      a.savedEntries += chunk.entries.length;
    }
    a.tick = tick;
  }

  async update(id: string, patch: Partial<Omit<StoredAttempt, 'id'>>): Promise<void> {
    Object.assign(this.must(id), structuredClone(patch));
  }

  async get(id: string): Promise<StoredAttempt | undefined> {
    const a = this.attempts.get(id);
    return a && structuredClone(a);
  }

  async log(id: string): Promise<LoggedAnyIntent[]> {
    return (this.chunks.get(id) ?? []).flatMap((c) => structuredClone(c.entries));
  }

  async unfinished(): Promise<StoredAttempt[]> {
    return [...this.attempts.values()]
      .filter((a) => a.status === 'running')
      .sort(newestFirst)
      .map((a) => structuredClone(a));
  }

  async list(trainee?: string): Promise<StoredAttempt[]> {
    return [...this.attempts.values()]
      .filter((a) => trainee === undefined || a.trainee === trainee)
      .sort((a, b) => -newestFirst(a, b))
      .map((a) => structuredClone(a));
  }

  async remove(id: string): Promise<void> {
    this.attempts.delete(id);
    this.chunks.delete(id);
  }
}
