// The competition server's storage interface: one contract, implemented over SQLite (embedded default) and
// PostgreSQL (several server processes behind one database). Correctness lives in the database (transactions and
// unique constraints), never in process memory, so any number of server processes may share one PostgreSQL.

export type UserRole = 'organiser' | 'judge';
export type Role = UserRole | 'station';

/** Milliseconds since the Unix epoch (server wall clock). */
export type EpochMs = number;

/** A scenario's version as its file states it: an integer (3) or semver ("1.2.0"). */
export type ScenarioVersion = number | string;

export interface User {
  id: number;
  username: string;
  role: UserRole;
  passwordHash: string;
  createdAt: EpochMs;
}

export interface Session {
  role: Role;
  userId: number | null;
  stationId: number | null;
  /** Username, or the station's name. */
  name: string;
  expiresAt: EpochMs;
}

export interface CompetitionEvent {
  id: number;
  name: string;
  createdAt: EpochMs;
}

export interface Round {
  id: number;
  eventId: number;
  position: number;
  name: string;
  scenarioId: string;
  scenarioVersion: ScenarioVersion;
  seed: number;
  opensAt: EpochMs;
  closesAt: EpochMs;
  /** Submissions are still accepted this long after closesAt (uploads of attempts finished in time). */
  graceS: number;
}

export interface Station {
  id: number;
  eventId: number;
  name: string;
  joinedAt: EpochMs | null;
  disqualifiedAt: EpochMs | null;
  disqualifiedReason: string | null;
  createdAt: EpochMs;
}

/** What the server computed by replaying the log: never taken from the station. */
export interface VerifiedResult {
  hash: string;
  score: number;
  grade: string;
  durationS: number;
  passed: boolean;
  breakdown: unknown;
}

export interface Attempt extends VerifiedResult {
  id: number;
  eventId: number;
  roundId: number;
  stationId: number;
  idempotencyKey: string;
  /** sha256 of the canonical submission body (idempotency: same key must mean same body). */
  bodyDigest: string;
  /** sha256 of the canonical input log (one log, one attempt, one station). */
  logDigest: string;
  scenarioId: string;
  scenarioVersion: ScenarioVersion;
  seed: number;
  appVersion: string;
  endTick: number | null;
  verifier: string;
  receivedAt: EpochMs;
  verifiedAt: EpochMs;
  disqualifiedAt: EpochMs | null;
  disqualifiedReason: string | null;
  disqualifiedBy: string | null;
}

export interface AttemptWithLog extends Attempt {
  log: unknown[];
}

export type NewAttempt = Omit<Attempt, 'id' | 'disqualifiedAt' | 'disqualifiedReason' | 'disqualifiedBy'> & {
  /** The input log as JSON text (serialised once by the caller, stored as is). */
  logJson: string;
};

export interface AuditInput {
  at: EpochMs;
  actorRole: Role | 'system';
  actorId: number | null;
  actorName: string;
  action: string;
  eventId: number | null;
  target: string;
  detail: unknown;
}

export interface AuditEntry extends AuditInput {
  id: number;
}

export interface CredentialDefinitionRow {
  eventId: number;
  key: string;
  definition: unknown;
}

export interface CredentialAward {
  id: number;
  eventId: number;
  stationId: number;
  definitionKey: string;
  credentialId: string;
  /** The signed document, exactly as handed out. */
  document: unknown;
  issuedAt: EpochMs;
}

export type InsertAttemptOutcome =
  | { kind: 'inserted'; attempt: Attempt }
  | { kind: 'duplicate-key'; existing: Attempt }
  | { kind: 'duplicate-log'; existing: Attempt };

export type RedeemOutcome = { kind: 'joined'; station: Station } | { kind: 'used' } | { kind: 'unknown' };

export interface NewRound {
  name: string;
  scenarioId: string;
  scenarioVersion: ScenarioVersion;
  seed: number;
  opensAt: EpochMs;
  closesAt: EpochMs;
  graceS: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Create or upgrade the schema; safe to run from several processes at once. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  createUser(u: Omit<User, 'id'>, audit: AuditInput): Promise<User | null>;
  findUserByName(username: string): Promise<User | null>;
  listUsers(): Promise<User[]>;

  createSession(tokenHash: string, s: Omit<Session, 'name'>, createdAt: EpochMs): Promise<void>;
  /** The session for a token hash if it has not expired at `now`. */
  findSession(tokenHash: string, now: EpochMs): Promise<Session | null>;
  deleteSession(tokenHash: string): Promise<void>;

  createEvent(name: string, rounds: NewRound[], at: EpochMs, audit: AuditInput): Promise<CompetitionEvent>;
  getEvent(id: number): Promise<CompetitionEvent | null>;
  listEvents(): Promise<CompetitionEvent[]>;
  listRounds(eventId: number): Promise<Round[]>;
  getRound(id: number): Promise<Round | null>;

  createStations(
    eventId: number,
    stations: { name: string; joinCodeHash: string }[],
    at: EpochMs,
    audit: AuditInput,
  ): Promise<Station[]>;
  /** Single use: marks the code used and creates the station's session in one transaction. */
  redeemJoinCode(
    codeHash: string,
    at: EpochMs,
    sessionTokenHash: string,
    sessionExpiresAt: EpochMs,
  ): Promise<RedeemOutcome>;
  getStation(id: number): Promise<Station | null>;
  listStations(eventId: number): Promise<Station[]>;
  setStationDisqualified(
    id: number,
    dq: { at: EpochMs; reason: string } | null,
    audit: AuditInput,
  ): Promise<Station | null>;

  findAttemptByKey(stationId: number, idempotencyKey: string): Promise<Attempt | null>;
  findAttemptByLogDigest(roundId: number, logDigest: string): Promise<Attempt | null>;
  /** Durable when it resolves: the row and its audit entry are committed together. */
  insertAttempt(a: NewAttempt, audit: AuditInput): Promise<InsertAttemptOutcome>;
  getAttempt(id: number): Promise<AttemptWithLog | null>;
  listAttempts(filter: { eventId?: number; stationId?: number }): Promise<Attempt[]>;
  setAttemptDisqualified(
    id: number,
    dq: { at: EpochMs; reason: string; by: string } | null,
    audit: AuditInput,
  ): Promise<Attempt | null>;

  appendAudit(entry: AuditInput): Promise<void>;
  listAudit(filter: { eventId?: number; afterId?: number; limit?: number }): Promise<AuditEntry[]>;

  /** Returns the stored value, storing `value` first if the key is new (first writer wins across processes). */
  getOrCreateSetting(key: string, value: string): Promise<string>;

  putCredentialDefinitions(
    eventId: number,
    defs: { key: string; definition: unknown }[],
    audit: AuditInput,
  ): Promise<void>;
  listCredentialDefinitions(eventId: number): Promise<CredentialDefinitionRow[]>;
  /** Inserts awards not yet given (unique per station and definition); returns the ones inserted. */
  insertAwards(awards: Omit<CredentialAward, 'id'>[], audit: AuditInput): Promise<CredentialAward[]>;
  listAwards(filter: { eventId?: number; stationId?: number }): Promise<CredentialAward[]>;
}
