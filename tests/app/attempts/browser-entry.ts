// Bundled for the real-browser test of the IndexedDB store (dexie-store.browser.test.ts): exposes the store
// and the recorder on `window` so the test can drive them with page.evaluate.
import { DexieAttemptStore } from '../../../src/app/attempts/dexie-store.ts';
import { WeldTwinDb } from '../../../src/app/attempts/db.ts';
import { AttemptRecorder } from '../../../src/app/attempts/recorder.ts';

const api = { DexieAttemptStore, WeldTwinDb, AttemptRecorder };
(window as unknown as { __attempts: typeof api }).__attempts = api;
export type BrowserAttemptsApi = typeof api;
