// Public face of src/app/competition: the station mode of the app (join an event, take its rounds, live upload,
// final submissions kept until the server has them) and its typed client for the competition server.
import type { StoredAttempt } from '../attempts/types.ts';
import { loadAttempts, submissions } from './station-store.ts';

export { CompetitionScreen } from './competition-screen.tsx';
export { CompetitionHudBadge } from './competition-hud.tsx';
export { useLiveUpload, type LiveRun } from './use-live-upload.ts';
export { startStationBackground, useStationStore } from './station-store.ts';
export { ServerError } from './server-error.ts';
export * as competitionClient from './client.ts';

/** A competition attempt has ended and is stored: submit it now (kept pending and retried until it goes). */
export async function submitFinishedAttempt(a: StoredAttempt): Promise<void> {
  if (!a.competition) return;
  try {
    await submissions().enqueue(a);
  } catch (e) {
    console.warn('competition: the submission could not be queued:', e);
  }
  await loadAttempts();
}
