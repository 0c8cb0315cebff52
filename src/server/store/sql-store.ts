// The Store over any SqlDriver: the same queries run on SQLite and PostgreSQL. Every mutation writes its audit
// entry in the same transaction, so the audit log never disagrees with the data.
import type { SqlDriver, SqlExecutor } from './sql-driver.ts';
import { schemaStatements } from './schema.ts';
import {
  ATTEMPT_COLUMNS,
  num,
  numOrNull,
  toAttempt,
  toAudit,
  toAward,
  toEvent,
  toRound,
  toStation,
  toUser,
} from './rows.ts';
import type {
  Attempt,
  AttemptWithLog,
  AuditEntry,
  AuditInput,
  CompetitionEvent,
  CredentialAward,
  CredentialDefinitionRow,
  InsertAttemptOutcome,
  NewAttempt,
  NewRound,
  RedeemOutcome,
  Role,
  Round,
  Session,
  Station,
  Store,
  User,
} from './types.ts';

async function audit(tx: SqlExecutor, a: AuditInput): Promise<void> {
  await tx.run(
    `INSERT INTO audit (at, actor_role, actor_id, actor_name, action, event_id, target, detail_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      a.at,
      a.actorRole,
      a.actorId,
      a.actorName,
      a.action,
      a.eventId,
      a.target,
      JSON.stringify(a.detail ?? null),
    ],
  );
}

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';

  constructor(readonly driver: SqlDriver) {
    this.kind = driver.dialect;
  }

  migrate(): Promise<void> {
    return this.driver.migrate(schemaStatements(this.driver.dialect));
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  // --- users and sessions -------------------------------------------------------------------------------

  async createUser(u: Omit<User, 'id'>, a: AuditInput): Promise<User | null> {
    return this.driver.transaction(async (tx) => {
      const r = await tx.get(
        `INSERT INTO users (username, role, password_hash, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (username) DO NOTHING RETURNING *`,
        [u.username, u.role, u.passwordHash, u.createdAt],
      );
      if (!r) return null;
      await audit(tx, a);
      return toUser(r);
    });
  }

  async findUserByName(username: string): Promise<User | null> {
    const r = await this.driver.get(`SELECT * FROM users WHERE username = ?`, [username]);
    return r ? toUser(r) : null;
  }

  async listUsers(): Promise<User[]> {
    return (await this.driver.all(`SELECT * FROM users ORDER BY id`)).map(toUser);
  }

  async createSession(tokenHash: string, s: Omit<Session, 'name'>, createdAt: number): Promise<void> {
    await this.driver.run(
      `INSERT INTO sessions (token_hash, role, user_id, station_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
      [tokenHash, s.role, s.userId, s.stationId, s.expiresAt, createdAt],
    );
  }

  async findSession(tokenHash: string, now: number): Promise<Session | null> {
    const r = await this.driver.get(
      `SELECT s.role, s.user_id, s.station_id, s.expires_at, u.username, st.name AS station_name
       FROM sessions s LEFT JOIN users u ON u.id = s.user_id LEFT JOIN stations st ON st.id = s.station_id
       WHERE s.token_hash = ? AND s.expires_at > ?`,
      [tokenHash, now],
    );
    if (!r) return null;
    return {
      role: r.role as Role,
      userId: numOrNull(r.user_id),
      stationId: numOrNull(r.station_id),
      name: String(r.username ?? r.station_name ?? ''),
      expiresAt: num(r.expires_at),
    };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.driver.run(`DELETE FROM sessions WHERE token_hash = ?`, [tokenHash]);
  }

  // --- events, rounds, stations -------------------------------------------------------------------------

  async createEvent(name: string, rounds: NewRound[], at: number, a: AuditInput): Promise<CompetitionEvent> {
    return this.driver.transaction(async (tx) => {
      const e = toEvent(
        (await tx.get(`INSERT INTO events (name, created_at) VALUES (?, ?) RETURNING *`, [name, at]))!,
      );
      for (const [i, r] of rounds.entries()) {
        await tx.run(
          `INSERT INTO rounds (event_id, position, name, scenario_id, scenario_version, seed, opens_at, closes_at, grace_s)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            e.id,
            i + 1,
            r.name,
            r.scenarioId,
            String(r.scenarioVersion),
            r.seed,
            r.opensAt,
            r.closesAt,
            r.graceS,
          ],
        );
      }
      await audit(tx, { ...a, eventId: e.id, target: `event:${e.id}` });
      return e;
    });
  }

  async getEvent(id: number): Promise<CompetitionEvent | null> {
    const r = await this.driver.get(`SELECT * FROM events WHERE id = ?`, [id]);
    return r ? toEvent(r) : null;
  }

  async listEvents(): Promise<CompetitionEvent[]> {
    return (await this.driver.all(`SELECT * FROM events ORDER BY id`)).map(toEvent);
  }

  async listRounds(eventId: number): Promise<Round[]> {
    return (
      await this.driver.all(`SELECT * FROM rounds WHERE event_id = ? ORDER BY position`, [eventId])
    ).map(toRound);
  }

  async getRound(id: number): Promise<Round | null> {
    const r = await this.driver.get(`SELECT * FROM rounds WHERE id = ?`, [id]);
    return r ? toRound(r) : null;
  }

  async createStations(
    eventId: number,
    stations: { name: string; joinCodeHash: string }[],
    at: number,
    a: AuditInput,
  ): Promise<Station[]> {
    return this.driver.transaction(async (tx) => {
      const out: Station[] = [];
      for (const s of stations) {
        const r = await tx.get(
          `INSERT INTO stations (event_id, name, join_code_hash, created_at) VALUES (?, ?, ?, ?) RETURNING *`,
          [eventId, s.name, s.joinCodeHash, at],
        );
        out.push(toStation(r!));
      }
      await audit(tx, { ...a, detail: { stations: out.map((s) => ({ id: s.id, name: s.name })) } });
      return out;
    });
  }

  async redeemJoinCode(
    codeHash: string,
    at: number,
    tokenHash: string,
    expiresAt: number,
  ): Promise<RedeemOutcome> {
    return this.driver.transaction(async (tx) => {
      const r = await tx.get(
        `UPDATE stations SET joined_at = ? WHERE join_code_hash = ? AND joined_at IS NULL RETURNING *`,
        [at, codeHash],
      );
      if (!r) {
        const used = await tx.get(`SELECT id FROM stations WHERE join_code_hash = ?`, [codeHash]);
        return used ? { kind: 'used' as const } : { kind: 'unknown' as const };
      }
      const station = toStation(r);
      await tx.run(
        `INSERT INTO sessions (token_hash, role, user_id, station_id, expires_at, created_at) VALUES (?, 'station', NULL, ?, ?, ?)`,
        [tokenHash, station.id, expiresAt, at],
      );
      await audit(tx, {
        at,
        actorRole: 'station',
        actorId: station.id,
        actorName: station.name,
        action: 'station.join',
        eventId: station.eventId,
        target: `station:${station.id}`,
        detail: null,
      });
      return { kind: 'joined' as const, station };
    });
  }

  async getStation(id: number): Promise<Station | null> {
    const r = await this.driver.get(`SELECT * FROM stations WHERE id = ?`, [id]);
    return r ? toStation(r) : null;
  }

  async listStations(eventId: number): Promise<Station[]> {
    return (await this.driver.all(`SELECT * FROM stations WHERE event_id = ? ORDER BY id`, [eventId])).map(
      toStation,
    );
  }

  async setStationDisqualified(
    id: number,
    dq: { at: number; reason: string } | null,
    a: AuditInput,
  ): Promise<Station | null> {
    return this.driver.transaction(async (tx) => {
      const r = await tx.get(
        `UPDATE stations SET disqualified_at = ?, disqualified_reason = ? WHERE id = ? RETURNING *`,
        [dq?.at ?? null, dq?.reason ?? null, id],
      );
      if (!r) return null;
      await audit(tx, a);
      return toStation(r);
    });
  }

  // --- attempts -----------------------------------------------------------------------------------------

  async findAttemptByKey(stationId: number, key: string): Promise<Attempt | null> {
    const r = await this.driver.get(
      `SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE station_id = ? AND idempotency_key = ?`,
      [stationId, key],
    );
    return r ? toAttempt(r) : null;
  }

  async findAttemptByLogDigest(roundId: number, logDigest: string): Promise<Attempt | null> {
    const r = await this.driver.get(
      `SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE round_id = ? AND log_digest = ?`,
      [roundId, logDigest],
    );
    return r ? toAttempt(r) : null;
  }

  async insertAttempt(n: NewAttempt, a: AuditInput): Promise<InsertAttemptOutcome> {
    return this.driver.transaction(async (tx) => {
      // ON CONFLICT DO NOTHING covers both unique keys; a concurrent twin waits for the first to commit.
      const r = await tx.get(
        `INSERT INTO attempts (event_id, round_id, station_id, idempotency_key, body_digest, log_digest, scenario_id,
           scenario_version, seed, app_version, end_tick, log_json, hash, score, grade, passed, duration_s,
           breakdown_json, verifier, received_at, verified_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT DO NOTHING RETURNING ${ATTEMPT_COLUMNS}`,
        [
          n.eventId,
          n.roundId,
          n.stationId,
          n.idempotencyKey,
          n.bodyDigest,
          n.logDigest,
          n.scenarioId,
          String(n.scenarioVersion),
          n.seed,
          n.appVersion,
          n.endTick,
          n.logJson,
          n.hash,
          n.score,
          n.grade,
          n.passed ? 1 : 0,
          n.durationS,
          JSON.stringify(n.breakdown ?? null),
          n.verifier,
          n.receivedAt,
          n.verifiedAt,
        ],
      );
      if (r) {
        const attempt = toAttempt(r);
        await audit(tx, { ...a, target: `attempt:${attempt.id}` });
        return { kind: 'inserted' as const, attempt };
      }
      const byKey = await tx.get(
        `SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE station_id = ? AND idempotency_key = ?`,
        [n.stationId, n.idempotencyKey],
      );
      if (byKey) return { kind: 'duplicate-key' as const, existing: toAttempt(byKey) };
      const byLog = await tx.get(
        `SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE round_id = ? AND log_digest = ?`,
        [n.roundId, n.logDigest],
      );
      if (byLog) return { kind: 'duplicate-log' as const, existing: toAttempt(byLog) };
      throw new Error('attempt insert conflicted but no conflicting row was found');
    });
  }

  async getAttempt(id: number): Promise<AttemptWithLog | null> {
    const r = await this.driver.get(`SELECT ${ATTEMPT_COLUMNS}, log_json FROM attempts WHERE id = ?`, [id]);
    return r ? { ...toAttempt(r), log: JSON.parse(String(r.log_json)) as unknown[] } : null;
  }

  async listAttempts(filter: { eventId?: number; stationId?: number }): Promise<Attempt[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.eventId !== undefined) {
      where.push('event_id = ?');
      params.push(filter.eventId);
    }
    if (filter.stationId !== undefined) {
      where.push('station_id = ?');
      params.push(filter.stationId);
    }
    const sql = `SELECT ${ATTEMPT_COLUMNS} FROM attempts ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id`;
    return (await this.driver.all(sql, params)).map(toAttempt);
  }

  async setAttemptDisqualified(
    id: number,
    dq: { at: number; reason: string; by: string } | null,
    a: AuditInput,
  ): Promise<Attempt | null> {
    return this.driver.transaction(async (tx) => {
      const r = await tx.get(
        `UPDATE attempts SET disqualified_at = ?, disqualified_reason = ?, disqualified_by = ? WHERE id = ?
         RETURNING ${ATTEMPT_COLUMNS}`,
        [dq?.at ?? null, dq?.reason ?? null, dq?.by ?? null, id],
      );
      if (!r) return null;
      await audit(tx, a);
      return toAttempt(r);
    });
  }

  // --- audit, settings ----------------------------------------------------------------------------------

  async appendAudit(entry: AuditInput): Promise<void> {
    await audit(this.driver, entry);
  }

  async listAudit(filter: { eventId?: number; afterId?: number; limit?: number }): Promise<AuditEntry[]> {
    const where = ['id > ?'];
    const params: unknown[] = [filter.afterId ?? 0];
    if (filter.eventId !== undefined) {
      where.push('event_id = ?');
      params.push(filter.eventId);
    }
    params.push(Math.min(Math.max(filter.limit ?? 1000, 1), 10_000));
    const rows = await this.driver.all(
      `SELECT * FROM audit WHERE ${where.join(' AND ')} ORDER BY id LIMIT ?`,
      params,
    );
    return rows.map(toAudit);
  }

  async getOrCreateSetting(key: string, value: string): Promise<string> {
    await this.driver.run(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`, [
      key,
      value,
    ]);
    const r = await this.driver.get(`SELECT value FROM settings WHERE key = ?`, [key]);
    return String(r!.value);
  }

  // --- micro-credentials --------------------------------------------------------------------------------

  async putCredentialDefinitions(
    eventId: number,
    defs: { key: string; definition: unknown }[],
    a: AuditInput,
  ): Promise<void> {
    await this.driver.transaction(async (tx) => {
      for (const d of defs) {
        await tx.run(
          `INSERT INTO credential_definitions (event_id, key, definition_json) VALUES (?, ?, ?)
           ON CONFLICT (event_id, key) DO UPDATE SET definition_json = excluded.definition_json`,
          [eventId, d.key, JSON.stringify(d.definition)],
        );
      }
      await audit(tx, a);
    });
  }

  async listCredentialDefinitions(eventId: number): Promise<CredentialDefinitionRow[]> {
    const rows = await this.driver.all(
      `SELECT * FROM credential_definitions WHERE event_id = ? ORDER BY key`,
      [eventId],
    );
    return rows.map((r) => ({
      eventId: num(r.event_id),
      key: String(r.key),
      definition: JSON.parse(String(r.definition_json)) as unknown,
    }));
  }

  async insertAwards(awards: Omit<CredentialAward, 'id'>[], a: AuditInput): Promise<CredentialAward[]> {
    return this.driver.transaction(async (tx) => {
      const out: CredentialAward[] = [];
      for (const w of awards) {
        const r = await tx.get(
          `INSERT INTO credential_awards (event_id, station_id, definition_key, credential_id, document_json, issued_at)
           VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING *`,
          [w.eventId, w.stationId, w.definitionKey, w.credentialId, JSON.stringify(w.document), w.issuedAt],
        );
        if (r) out.push(toAward(r));
      }
      if (out.length) {
        await audit(tx, {
          ...a,
          detail: {
            awards: out.map((w) => ({
              stationId: w.stationId,
              credential: w.definitionKey,
              id: w.credentialId,
            })),
          },
        });
      }
      return out;
    });
  }

  async listAwards(filter: { eventId?: number; stationId?: number }): Promise<CredentialAward[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.eventId !== undefined) {
      where.push('event_id = ?');
      params.push(filter.eventId);
    }
    if (filter.stationId !== undefined) {
      where.push('station_id = ?');
      params.push(filter.stationId);
    }
    const sql = `SELECT * FROM credential_awards ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id`;
    return (await this.driver.all(sql, params)).map(toAward);
  }
}
