// While a competition attempt runs: its log goes to the server's live endpoint every few seconds (best effort).
// Only what autosave has already put in IndexedDB is sent, so after a reload the server's live copy is never ahead
// of the log the attempt resumes with (the server then asks for the rest with `expectedFrom`).
import { useEffect, useRef } from 'react';
import { APP_VERSION } from '../attempts/app-version.ts';
import { attemptRecorder } from '../attempts/default-recorder.ts';
import type { CompetitionTag } from '../attempts/types.ts';
import type { LoggedAnyIntent } from '../../scenario/index.ts';
import { uploadLive } from './client.ts';
import { LiveUploader, type LiveSource } from './live-uploader.ts';
import { connection, useStationStore } from './station-store.ts';

export interface LiveRun {
  scenarioId: string;
  version: string | number;
  seed: number;
  log: readonly LoggedAnyIntent[];
  tick: number;
}

/**
 * Upload `attemptId` live while it runs, when it is a competition attempt of the station this app has joined.
 * `read` gives the running attempt (called once per upload, never per frame).
 */
export function useLiveUpload(
  attemptId: string | null,
  tag: CompetitionTag | null,
  read: () => LiveRun | null,
): void {
  const readRef = useRef(read);
  readRef.current = read;
  useEffect(() => {
    if (!attemptId || !tag) return;
    const session = useStationStore.getState().session;
    if (!session || session.server !== tag.server || session.station.id !== tag.stationId) return;
    const first = readRef.current();
    if (!first) return;
    const recorder = attemptRecorder();
    const source = (): LiveSource | null => {
      const run = readRef.current();
      if (!run) return null;
      const saved = recorder.savedProgress(attemptId);
      // Without IndexedDB nothing survives a reload anyway: then the running log itself is sent.
      if (!saved || !saved.persistent) return { log: run.log, tick: run.tick };
      return { log: run.log.slice(0, saved.entries), tick: saved.tick };
    };
    const uploader = new LiveUploader({
      attempt: {
        idempotencyKey: attemptId,
        scenarioId: first.scenarioId,
        version: first.version,
        seed: first.seed,
        appVersion: APP_VERSION,
        roundId: tag.roundId,
      },
      read: source,
      send: (body, signal) => uploadLive(connection(session), body, { signal }),
    });
    return uploader.start();
  }, [attemptId, tag]);
}
