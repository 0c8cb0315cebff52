// PostgreSQL driver (pg). Commits are durable when they return (synchronous_commit is on by default).
// Several server processes may share the database: schema changes are serialised with an advisory lock.
import pg from 'pg';
import type { Pool, PoolClient } from 'pg';
import type { Row, SqlDriver, SqlExecutor } from './sql-driver.ts';

export interface PostgresOptions {
  connectionString: string;
  /** Schema to use instead of `public` (tests give each suite its own). Created if missing. */
  schema?: string;
  maxConnections?: number;
}

const INT8_OID = 20;
const MIGRATION_LOCK = 0x57e1d; // arbitrary constant shared by every WeldTwin server process

/** `?` placeholders to `$1, $2, ...` (our SQL has no `?` inside string literals). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name))
    throw new Error(`invalid PostgreSQL schema name ${JSON.stringify(name)}`);
  return `"${name}"`;
}

function executor(q: (sql: string, params: unknown[]) => Promise<{ rows: Row[]; rowCount: number | null }>) {
  const cache = new Map<string, string>();
  const conv = (sql: string) => {
    let s = cache.get(sql);
    if (s === undefined) {
      s = numberPlaceholders(sql);
      cache.set(sql, s);
    }
    return s;
  };
  const ex: SqlExecutor = {
    all: async (sql, params = []) => (await q(conv(sql), params)).rows,
    get: async (sql, params = []) => (await q(conv(sql), params)).rows[0],
    run: async (sql, params = []) => (await q(conv(sql), params)).rowCount ?? 0,
  };
  return ex;
}

export class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;
  private readonly pool: Pool;
  private readonly direct: SqlExecutor;
  private readonly schema: string | undefined;

  constructor(opts: PostgresOptions) {
    this.schema = opts.schema;
    // Ids and epoch-millisecond times are BIGINT; they stay far below 2^53, so parse them as numbers.
    const types = {
      getTypeParser: (oid: number, format?: string) =>
        oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format),
    };
    this.pool = new pg.Pool({
      connectionString: opts.connectionString,
      max: opts.maxConnections ?? 10,
      connectionTimeoutMillis: 10_000,
      types,
      ...(opts.schema ? { options: `-c search_path=${quoteIdent(opts.schema)}` } : {}),
    });
    // An idle client losing its connection must not crash the server; the pool replaces it.
    this.pool.on('error', (err) =>
      process.stderr.write(`weldtwin server: postgres idle client error: ${err.message}\n`),
    );
    this.direct = executor((sql, params) => this.pool.query<Row>(sql, params));
  }

  all(sql: string, params?: unknown[]): Promise<Row[]> {
    return this.direct.all(sql, params);
  }
  get(sql: string, params?: unknown[]): Promise<Row | undefined> {
    return this.direct.get(sql, params);
  }
  run(sql: string, params?: unknown[]): Promise<number> {
    return this.direct.run(sql, params);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client: PoolClient = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(executor((sql, params) => client.query<Row>(sql, params)));
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (e) {
      try {
        await client.query('ROLLBACK');
        client.release();
      } catch {
        client.release(true);
      }
      throw e;
    }
  }

  async migrate(statements: string[]): Promise<void> {
    const client = await this.pool.connect();
    try {
      if (this.schema) {
        // Before the lock: the lock's transaction runs with search_path set to this schema.
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(this.schema)}`).catch((e: unknown) => {
          if (!this.isUniqueViolation(e)) throw e; // two processes creating it at once
        });
      }
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      for (const s of statements) await client.query(s);
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  isUniqueViolation(err: unknown): boolean {
    return (err as { code?: unknown } | null)?.code === '23505';
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Drops the schema (tests only). */
  async dropSchema(): Promise<void> {
    if (this.schema) await this.pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(this.schema)} CASCADE`);
  }
}
