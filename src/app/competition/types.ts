// The competition server's JSON as a station sees it (docs/competition.md), and what the app keeps about a
// station and its competition attempts.
export type RoundStatus = 'upcoming' | 'open' | 'closed';

/** One input-log entry on the wire: the intent applied at step `tick` (the server validates the intent). */
export interface LogEntryJson {
  tick: number;
  intent: unknown;
}

export interface RoundJson {
  id: number;
  position: number;
  name: string;
  scenarioId: string;
  version: number | string;
  /** null until the round opens (nobody rehearses the exact exercise in advance). */
  seed: number | null;
  /** ISO 8601 (server clock). */
  opensAt: string;
  closesAt: string;
  /** Submissions are accepted until closesAt + graceS. */
  graceS: number;
  status: RoundStatus;
}

export interface StationJson {
  id: number;
  eventId: number;
  name: string;
  joined: boolean;
  joinedAt: string | null;
  disqualified: boolean;
  disqualifiedReason: string | null;
}

export interface StationEventJson {
  id: number;
  name: string;
  rounds: RoundJson[];
}

/** `GET /api/station/me` */
export interface StationMe {
  station: StationJson;
  event: StationEventJson;
}

/** `POST /api/stations/join` */
export interface JoinAnswer extends StationMe {
  token: string;
  expiresAt: string;
}

/** `GET /healthz` */
export interface HealthAnswer {
  ok: boolean;
  store: string;
  verifier: string;
  scenarios: string[] | null;
}

/** The attempt as the server verified and stored it (its own score, never the station's). */
export interface VerifiedAttemptJson {
  id: number;
  eventId: number;
  roundId: number;
  stationId: number;
  idempotencyKey: string;
  scenarioId: string;
  version: number | string;
  seed: number;
  hash: string;
  score: number;
  grade: string;
  passed: boolean;
  durationS: number;
  verifiedAt: string;
  disqualified: boolean;
}

/** `POST /api/attempts` answer: 201 (stored now) or 200 with `replayed: true` (the same key again). */
export interface SubmitAnswer {
  attempt: VerifiedAttemptJson;
  replayed: boolean;
}

/** `POST /api/attempts` body: the input log, never a score. */
export interface SubmitBody {
  scenarioId: string;
  version: number | string;
  seed: number;
  appVersion: string;
  idempotencyKey: string;
  log: LogEntryJson[];
  endTick?: number;
  roundId?: number;
  stationId?: number;
  hash?: string;
}

/** `POST /api/attempts/live` body: the log entries since `from`. */
export interface LiveBody {
  idempotencyKey: string;
  scenarioId: string;
  version: number | string;
  seed: number;
  appVersion: string;
  roundId: number;
  /** Index of this chunk's first entry in the attempt's log. */
  from: number;
  log: LogEntryJson[];
  /** Every entry with a tick below this has been sent (this chunk included). */
  throughTick: number;
}

export interface LiveAnswer {
  live: { received: number; throughTick: number; replayedThroughTick: number };
}

/** The station this app has joined (kept in localStorage). */
export interface StationSession {
  /** Normalised server address (`http://192.168.1.10:8787`). */
  server: string;
  token: string;
  /** When the station token stops working (ISO 8601). */
  expiresAt: string;
  event: { id: number; name: string };
  station: { id: number; name: string };
}
