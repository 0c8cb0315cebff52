// SQLite driver (better-sqlite3, embedded). WAL journal; synchronous=FULL by default so an acknowledged
// submission survives not only a killed process (WAL frames are already in the OS) but also a power cut of the
// event laptop (FULL fsyncs the WAL at every commit). NORMAL may be chosen for speed (WELDTWIN_SQLITE_SYNC):
// still safe against SIGKILL, but the last commits can be lost if the machine itself loses power.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Row, SqlDriver, SqlExecutor } from './sql-driver.ts';

export type SqliteSync = 'FULL' | 'NORMAL';

export interface SqliteOptions {
  /** File path, or ':memory:' for tests. */
  file: string;
  synchronous?: SqliteSync;
}

export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database;
  private readonly cache = new Map<string, ReturnType<Database['prepare']>>();
  /** better-sqlite3 has one connection: while a transaction awaits, other statements must wait for it. */
  private lock: Promise<void> = Promise.resolve();
  private readonly direct: SqlExecutor;

  constructor(opts: SqliteOptions) {
    if (opts.file !== ':memory:') mkdirSync(dirname(opts.file), { recursive: true });
    this.db = new Database(opts.file, { timeout: 5000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${opts.synchronous ?? 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    this.direct = {
      all: async (sql, params = []) => this.stmt(sql).all(...params) as Row[],
      get: async (sql, params = []) => this.stmt(sql).get(...params) as Row | undefined,
      run: async (sql, params = []) => this.stmt(sql).run(...params).changes,
    };
  }

  /** The journal mode and synchronous level actually in force (for the start-up log and tests). */
  pragmas(): { journalMode: string; synchronous: number } {
    return {
      journalMode: String(this.db.pragma('journal_mode', { simple: true })),
      synchronous: Number(this.db.pragma('synchronous', { simple: true })),
    };
  }

  private stmt(sql: string) {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  private async idle(): Promise<void> {
    // Wait until no transaction holds the connection (loop: another may have started meanwhile).
    let current: Promise<void>;
    do {
      current = this.lock;
      await current;
    } while (current !== this.lock);
  }

  async all(sql: string, params?: unknown[]): Promise<Row[]> {
    await this.idle();
    return this.direct.all(sql, params);
  }
  async get(sql: string, params?: unknown[]): Promise<Row | undefined> {
    await this.idle();
    return this.direct.get(sql, params);
  }
  async run(sql: string, params?: unknown[]): Promise<number> {
    await this.idle();
    return this.direct.run(sql, params);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const previous = this.lock;
    let release!: () => void;
    this.lock = new Promise<void>((r) => (release = r));
    await previous;
    try {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.direct);
        this.db.exec('COMMIT');
        return result;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    } finally {
      release();
    }
  }

  async migrate(statements: string[]): Promise<void> {
    await this.transaction(async () => {
      for (const s of statements) this.db.exec(s);
    });
  }

  isUniqueViolation(err: unknown): boolean {
    const code = (err as { code?: unknown } | null)?.code;
    return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  }

  async close(): Promise<void> {
    await this.idle();
    if (this.db.open) this.db.close();
  }
}
