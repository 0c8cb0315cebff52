// The two stores the server suite runs against: SQLite always (a real WAL file in a temp dir), PostgreSQL when
// one is reachable (each suite gets its own schema, dropped afterwards). With WELDTWIN_REQUIRE_PG=1 an unreachable
// PostgreSQL is a test failure, never a silent skip.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PostgresDriver, SqliteDriver, SqlStore } from '../../../src/server/store/index.ts';

export interface OpenedStore {
  store: SqlStore;
  cleanup(): Promise<void>;
}

export interface StoreFactory {
  label: 'sqlite' | 'postgres';
  open(): Promise<OpenedStore>;
}

export const sqliteFactory: StoreFactory = {
  label: 'sqlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'weldtwin-test-'));
    const store = new SqlStore(new SqliteDriver({ file: join(dir, 'weldtwin.sqlite') }));
    await store.migrate();
    return {
      store,
      async cleanup() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export function uniqueSchema(prefix = 'wt_test'): string {
  return `${prefix}_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
}

export function postgresFactory(url: string): StoreFactory {
  return {
    label: 'postgres',
    async open() {
      const driver = new PostgresDriver({ connectionString: url, schema: uniqueSchema() });
      const store = new SqlStore(driver);
      await store.migrate();
      return {
        store,
        async cleanup() {
          await driver.dropSchema();
          await store.close();
        },
      };
    },
  };
}

export const REQUIRE_PG = process.env.WELDTWIN_REQUIRE_PG === '1';

/** The test database URL and whether it answers, with the reason when it does not. */
export async function probePostgres(): Promise<{ url: string | null; problem: string | null }> {
  const url = process.env.WELDTWIN_TEST_DATABASE_URL || process.env.DATABASE_URL || null;
  if (!url) {
    return {
      url: null,
      problem:
        'neither WELDTWIN_TEST_DATABASE_URL nor DATABASE_URL is set (start one with: export DATABASE_URL="$(bash scripts/ensure-postgres.sh)")',
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 3000 });
  try {
    await pool.query('SELECT 1');
    return { url, problem: null };
  } catch (e) {
    return {
      url,
      problem: `PostgreSQL at ${url.replace(/:[^:@/]*@/, ':***@')} is not reachable: ${(e as Error).message}`,
    };
  } finally {
    await pool.end().catch(() => undefined);
  }
}
