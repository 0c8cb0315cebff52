// Public face of src/app/attempts: record attempts to IndexedDB with autosave, resume after a reload, export.
export type {
  AttemptStore,
  CompetitionTag,
  StoredAttempt,
  StoredChunk,
  StoredResult,
  StoredUpload,
  StorageProblem,
  VerifiedUpload,
} from './types.ts';
export { StorageError } from './types.ts';
export { MemoryAttemptStore } from './memory-store.ts';
export { DexieAttemptStore } from './dexie-store.ts';
export { WeldTwinDb, DB_NAME, problemOf } from './db.ts';
export {
  AttemptRecorder,
  type FinishAttempt,
  type RecorderHealth,
  type RecorderOptions,
  type RecorderStatus,
  type ResumePoint,
  type StartAttempt,
} from './recorder.ts';
export {
  attemptRecorder,
  setAttemptRecorder,
  startAttempt,
  appendIntents,
  finishAttempt,
  loadUnfinished,
} from './default-recorder.ts';
export {
  useAttemptAutosave,
  useRecorderHealth,
  useRecorderStatus,
  AUTOSAVE_INTERVAL_MS,
  type AutosaveSource,
} from './use-attempt-autosave.ts';
export { resumeInterrupted, type Resumed } from './resume.ts';
export { finishRecordedRun } from './finish-run.ts';
export { AttemptStorageNotice } from './storage-notice.tsx';
export { ResumePrompt } from './resume-prompt.tsx';
export { downloadJson, attemptFileName } from './download.ts';
export { APP_VERSION } from './app-version.ts';
