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

interface GroupJob {
  fn: (tx: SqlExecutor) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
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

  /**
   * Group commit: transactions requested in the same turn of the event loop share one BEGIN ... COMMIT (one WAL
   * fsync), each inside its own savepoint so one failing rolls back only itself. Every caller is answered only
   * after the shared COMMIT returned, so an acknowledged write is on disk.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (!this.group) {
        this.group = [];
        setImmediate(() => void this.flushGroup());
      }
      this.group.push({ fn, resolve, reject } as GroupJob);
    });
  }

  private group: GroupJob[] | null = null;

  private async flushGroup(): Promise<void> {
    const jobs = this.group ?? [];
    this.group = null;
    const previous = this.lock;
    let release!: () => void;
    this.lock = new Promise<void>((r) => (release = r));
    await previous;
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      this.db.exec('BEGIN IMMEDIATE');
      for (const job of jobs) {
        this.db.exec('SAVEPOINT job');
        try {
          const value = await job.fn(this.direct);
          this.db.exec('RELEASE job');
          outcomes.push({ ok: true, value });
        } catch (error) {
          this.db.exec('ROLLBACK TO job');
          this.db.exec('RELEASE job');
          outcomes.push({ ok: false, error });
        }
      }
      this.db.exec('COMMIT');
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      release();
      for (const job of jobs) job.reject(e);
      return;
    }
    release();
    jobs.forEach((job, i) => {
      const o = outcomes[i]!;
      if (o.ok) job.resolve(o.value);
      else job.reject(o.error);
    });
  }

  async migrate(statements: string[]): Promise<void> {
    await this.idle();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      for (const s of statements) this.db.exec(s);
      this.db.exec('COMMIT');
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
  }

  isUniqueViolation(err: unknown): boolean {
    const code = (err as { code?: unknown } | null)?.code;
    return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  }

  async close(): Promise<void> {
    while (this.group) await new Promise((r) => setImmediate(r));
    await this.idle();
    if (this.db.open) this.db.close();
  }
}
