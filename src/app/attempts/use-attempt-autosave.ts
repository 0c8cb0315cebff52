// Autosave of the running attempt: every second (and when the tab is hidden or the page goes away) the new tail
// of the run's input log goes to IndexedDB as one chunk, with the step reached. The run itself is untouched.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { LoggedAnyIntent } from '../../scenario/index.ts';
import { attemptRecorder } from './default-recorder.ts';
import type { AttemptRecorder, RecorderHealth, RecorderStatus } from './recorder.ts';

/** At least once a second, as the attempts issue asks: a crash loses at most a second of work. */
export const AUTOSAVE_INTERVAL_MS = 1000;

export interface AutosaveSource {
  /** The run's input log (append-only), e.g. `run.log`. */
  log: readonly LoggedAnyIntent[];
  /** Steps completed, e.g. `run.state.tick`. */
  tick: number;
}

export interface AutosaveOptions {
  /** @default the app's recorder */
  recorder?: AttemptRecorder;
  /** @default AUTOSAVE_INTERVAL_MS */
  intervalMs?: number;
}

/** The recorder's full status (re-renders on every save: for a notice shown while something is wrong). */
export function useRecorderStatus(recorder: AttemptRecorder = attemptRecorder()): RecorderStatus {
  return useSyncExternalStore(
    (fn) => recorder.subscribe(fn),
    () => recorder.status,
    () => recorder.status,
  );
}

/** Whether saving works; re-renders only when that changes. */
export function useRecorderHealth(recorder: AttemptRecorder = attemptRecorder()): RecorderHealth {
  return useSyncExternalStore(
    (fn) => recorder.subscribe(fn),
    () => recorder.health,
    () => recorder.health,
  );
}

/**
 * Keep `attemptId` saved while it runs. `read` is called once per save (not per frame) and returns the run's
 * log and tick, or null while there is nothing to save. Returns whether saving works (re-rendering only when
 * that changes, never per save).
 */
export function useAttemptAutosave(
  attemptId: string | null,
  read: () => AutosaveSource | null,
  opts: AutosaveOptions = {},
): RecorderHealth {
  const recorder = opts.recorder ?? attemptRecorder();
  const intervalMs = opts.intervalMs ?? AUTOSAVE_INTERVAL_MS;
  const readRef = useRef(read);
  readRef.current = read;
  useEffect(() => {
    if (attemptId === null) return;
    // A save slower than the interval (a busy disk) must not queue up behind itself: the periodic save skips
    // while one is in flight, so finishing or leaving never waits behind a backlog. Leaving always saves.
    let inFlight = false;
    const saveNow = (force = true) => {
      if (inFlight && !force) return;
      const s = readRef.current();
      if (!s) return;
      inFlight = true;
      void recorder
        .sync(attemptId, s.log, s.tick)
        .catch(() => undefined)
        .finally(() => {
          inFlight = false;
        });
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    const timer = setInterval(() => saveNow(false), intervalMs);
    document.addEventListener('visibilitychange', onHidden);
    const onPageHide = () => saveNow();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      saveNow();
    };
  }, [attemptId, recorder, intervalMs]);
  return useRecorderHealth(recorder);
}
