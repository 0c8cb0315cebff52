// The station's side of a competition in the app: the joined station (localStorage), what the server last said
// about the event and its rounds, and this station's competition attempts with their uploads. Screens read the
// zustand store; the actions below are the only writers.
import { create } from 'zustand';
import { attemptRecorder } from '../attempts/default-recorder.ts';
import type { StoredAttempt } from '../attempts/types.ts';
import { getHealth, getStationMe, joinStation, submitAttempt, type Connection } from './client.ts';
import { ServerError } from './server-error.ts';
import { forgetSession, loadSession, saveSession } from './session.ts';
import { SubmissionQueue } from './submission-queue.ts';
import type { StationMe, StationSession } from './types.ts';

export interface StationState {
  session: StationSession | null;
  /** The last answer of GET /api/station/me (or the join's). */
  me: StationMe | null;
  /** Wall clock of that answer, ms. */
  meAt: number | null;
  /** Why the last refresh failed (the last known rounds stay shown). */
  meError: ServerError | null;
  refreshing: boolean;
  /** This station's attempts for its event, newest first, with their uploads. */
  attempts: StoredAttempt[];
}

export const useStationStore = create<StationState>()(() => ({
  session: loadSession(),
  me: null,
  meAt: null,
  meError: null,
  refreshing: false,
  attempts: [],
}));

const state = () => useStationStore.getState();

export function connection(s: StationSession): Connection {
  return { server: s.server, token: s.token };
}

let queue: SubmissionQueue | undefined;

/** The app's one queue of final submissions (IndexedDB through the attempts recorder). */
export function submissions(): SubmissionQueue {
  if (!queue) {
    queue = new SubmissionQueue({
      records: attemptRecorder(),
      session: () => state().session,
      submit: (conn, body) => submitAttempt(conn, body),
    });
    queue.subscribe(() => void loadAttempts());
  }
  return queue;
}

let backgroundStop: (() => void) | null = null;

/** Retry pending submissions now and in the background (app start, network back, backoff). Idempotent. */
export function startStationBackground(): void {
  if (backgroundStop) return;
  backgroundStop = submissions().start();
  void loadAttempts();
}

/** Re-read this station's competition attempts (after an upload changed, a finish, a join). */
export async function loadAttempts(): Promise<void> {
  const s = state().session;
  if (!s) {
    useStationStore.setState({ attempts: [] });
    return;
  }
  const all = await attemptRecorder().list();
  const mine = all
    .filter((a) => a.competition && a.competition.server === s.server && a.competition.eventId === s.event.id)
    .reverse();
  if (state().session === s) useStationStore.setState({ attempts: mine });
}

/** Join the event with a one-time code; the station token is kept until the station leaves. */
export async function joinEvent(server: string, code: string): Promise<void> {
  const answer = await joinStation(server, code);
  const session: StationSession = {
    server,
    token: answer.token,
    expiresAt: answer.expiresAt,
    event: { id: answer.event.id, name: answer.event.name },
    station: { id: answer.station.id, name: answer.station.name },
  };
  saveSession(session);
  useStationStore.setState({
    session,
    me: { station: answer.station, event: answer.event },
    meAt: Date.now(),
    meError: null,
  });
  await loadAttempts();
  // Submissions left waiting for this station (it had left and joined again) can go now.
  void submissions()
    .flush(true)
    .catch(() => undefined);
}

/** Ask the server for the station, its event and the rounds' status. */
export async function refreshStation(): Promise<void> {
  const s = state().session;
  if (!s || state().refreshing) return;
  useStationStore.setState({ refreshing: true });
  try {
    const me = await getStationMe(connection(s));
    if (state().session !== s) return;
    // The event's name may have been corrected by the organiser since the join.
    if (me.event.name !== s.event.name || me.station.name !== s.station.name) {
      const renamed = {
        ...s,
        event: { id: me.event.id, name: me.event.name },
        station: { id: me.station.id, name: me.station.name },
      };
      saveSession(renamed);
      useStationStore.setState({ session: renamed });
    }
    useStationStore.setState({ me, meAt: Date.now(), meError: null });
  } catch (e) {
    if (state().session !== s) return;
    useStationStore.setState({
      meError: e instanceof ServerError ? e : new ServerError(0, 'unreachable', String(e)),
    });
  } finally {
    useStationStore.setState({ refreshing: false });
  }
}

/** Forget the station token (after the operator confirmed). */
export function leaveEvent(): void {
  forgetSession();
  useStationStore.setState({ session: null, me: null, meAt: null, meError: null, attempts: [] });
}

/** The app's own origin, when a WeldTwin competition server serves it (then that is the server to join). */
export async function ownOriginServer(): Promise<string | null> {
  if (typeof location === 'undefined' || !/^https?:$/.test(location.protocol)) return null;
  try {
    await getHealth(location.origin, { timeoutMs: 3000 });
    return location.origin;
  } catch {
    return null;
  }
}
