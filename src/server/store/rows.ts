// Database rows (snake_case, as both drivers return them) to the store's types, and back for versions.
import type { Row } from './sql-driver.ts';
import type {
  Attempt,
  AuditEntry,
  CompetitionEvent,
  CredentialAward,
  Round,
  Station,
  User,
  UserRole,
} from './types.ts';

export const num = (v: unknown): number => Number(v);
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
/** Stored as text; integer versions come back as numbers, semver stays a string. */
const parseVersion = (v: unknown): number | string => (/^\d+$/.test(String(v)) ? Number(v) : String(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toUser(r: Row): User {
  return {
    id: num(r.id),
    username: String(r.username),
    role: r.role as UserRole,
    passwordHash: String(r.password_hash),
    createdAt: num(r.created_at),
  };
}
export function toEvent(r: Row): CompetitionEvent {
  return { id: num(r.id), name: String(r.name), createdAt: num(r.created_at) };
}
export function toRound(r: Row): Round {
  return {
    id: num(r.id),
    eventId: num(r.event_id),
    position: num(r.position),
    name: String(r.name),
    scenarioId: String(r.scenario_id),
    scenarioVersion: parseVersion(r.scenario_version),
    seed: num(r.seed),
    opensAt: num(r.opens_at),
    closesAt: num(r.closes_at),
    graceS: num(r.grace_s),
  };
}
export function toStation(r: Row): Station {
  return {
    id: num(r.id),
    eventId: num(r.event_id),
    name: String(r.name),
    joinedAt: numOrNull(r.joined_at),
    disqualifiedAt: numOrNull(r.disqualified_at),
    disqualifiedReason: strOrNull(r.disqualified_reason),
    createdAt: num(r.created_at),
  };
}
export const ATTEMPT_COLUMNS = `id, event_id, round_id, station_id, idempotency_key, body_digest, log_digest, scenario_id,
  scenario_version, seed, app_version, end_tick, hash, score, grade, passed, duration_s, breakdown_json, verifier, received_at,
  verified_at, disqualified_at, disqualified_reason, disqualified_by`;
export function toAttempt(r: Row): Attempt {
  return {
    id: num(r.id),
    eventId: num(r.event_id),
    roundId: num(r.round_id),
    stationId: num(r.station_id),
    idempotencyKey: String(r.idempotency_key),
    bodyDigest: String(r.body_digest),
    logDigest: String(r.log_digest),
    scenarioId: String(r.scenario_id),
    scenarioVersion: parseVersion(r.scenario_version),
    seed: num(r.seed),
    appVersion: String(r.app_version),
    endTick: numOrNull(r.end_tick),
    hash: String(r.hash),
    score: num(r.score),
    grade: String(r.grade),
    passed: num(r.passed) === 1,
    durationS: num(r.duration_s),
    breakdown: JSON.parse(String(r.breakdown_json)) as unknown,
    verifier: String(r.verifier),
    receivedAt: num(r.received_at),
    verifiedAt: num(r.verified_at),
    disqualifiedAt: numOrNull(r.disqualified_at),
    disqualifiedReason: strOrNull(r.disqualified_reason),
    disqualifiedBy: strOrNull(r.disqualified_by),
  };
}
export function toAudit(r: Row): AuditEntry {
  return {
    id: num(r.id),
    at: num(r.at),
    actorRole: r.actor_role as AuditEntry['actorRole'],
    actorId: numOrNull(r.actor_id),
    actorName: String(r.actor_name),
    action: String(r.action),
    eventId: numOrNull(r.event_id),
    target: String(r.target),
    detail: JSON.parse(String(r.detail_json)) as unknown,
  };
}
export function toAward(r: Row): CredentialAward {
  return {
    id: num(r.id),
    eventId: num(r.event_id),
    stationId: num(r.station_id),
    definitionKey: String(r.definition_key),
    credentialId: String(r.credential_id),
    document: JSON.parse(String(r.document_json)) as unknown,
    issuedAt: num(r.issued_at),
  };
}
