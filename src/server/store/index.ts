// Opens the configured store: PostgreSQL when a DATABASE_URL is given, the embedded SQLite file otherwise.
import { SqlStore } from './sql-store.ts';
import { SqliteDriver, type SqliteSync } from './sqlite-driver.ts';
import { PostgresDriver } from './postgres-driver.ts';
import type { Store } from './types.ts';

export type * from './types.ts';
export { SqlStore } from './sql-store.ts';
export { SqliteDriver } from './sqlite-driver.ts';
export { PostgresDriver } from './postgres-driver.ts';

export type StoreConfig =
  | { kind: 'sqlite'; file: string; synchronous?: SqliteSync }
  | { kind: 'postgres'; url: string; schema?: string; maxConnections?: number };

export async function openStore(cfg: StoreConfig): Promise<Store> {
  const driver =
    cfg.kind === 'sqlite'
      ? new SqliteDriver({ file: cfg.file, ...(cfg.synchronous ? { synchronous: cfg.synchronous } : {}) })
      : new PostgresDriver({
          connectionString: cfg.url,
          ...(cfg.schema ? { schema: cfg.schema } : {}),
          ...(cfg.maxConnections ? { maxConnections: cfg.maxConnections } : {}),
        });
  const store = new SqlStore(driver);
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  return store;
}
