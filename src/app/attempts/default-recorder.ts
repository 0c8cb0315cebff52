// The app's one attempt recorder, on IndexedDB, and the short API the scenario flow calls.
import type { LoggedAnyIntent } from '../../scenario/index.ts';
import { DexieAttemptStore } from './dexie-store.ts';
import { MemoryAttemptStore } from './memory-store.ts';
import { AttemptRecorder, type FinishAttempt, type ResumePoint, type StartAttempt } from './recorder.ts';
import type { StoredAttempt } from './types.ts';

let recorder: AttemptRecorder | undefined;

/** The recorder every screen shares (created on first use; memory-only when IndexedDB does not exist). */
export function attemptRecorder(): AttemptRecorder {
  recorder ??= new AttemptRecorder(
    typeof indexedDB === 'undefined' ? new MemoryAttemptStore() : new DexieAttemptStore(),
  );
  return recorder;
}

/** Use another recorder (tests, a second trainee profile database). */
export function setAttemptRecorder(r: AttemptRecorder): void {
  recorder = r;
}

let persistAsked = false;

/** Ask the browser not to evict attempts under storage pressure (it may say no; nothing depends on it). */
async function askPersistentStorage(): Promise<void> {
  if (persistAsked) return;
  persistAsked = true;
  try {
    if (
      typeof navigator !== 'undefined' &&
      navigator.storage?.persist &&
      !(await navigator.storage.persisted())
    ) {
      await navigator.storage.persist();
    }
  } catch {
    // Not supported here: attempts are still saved, only evictable.
  }
}

export function startAttempt(input: StartAttempt): Promise<StoredAttempt> {
  void askPersistentStorage();
  return attemptRecorder().start(input);
}

export function appendIntents(attemptId: string, entries: readonly LoggedAnyIntent[]): void {
  attemptRecorder().append(attemptId, entries);
}

export function finishAttempt(attemptId: string, f: FinishAttempt): Promise<StoredAttempt> {
  return attemptRecorder().finish(attemptId, f);
}

export function loadUnfinished(): Promise<ResumePoint | null> {
  return attemptRecorder().loadUnfinished();
}
