// Minimal typings for the parts of better-sqlite3 12 and pg 8 the store uses (the packages ship no types and
// @types/* are not dependencies). Replace with @types/better-sqlite3 and @types/pg if those are ever added.

declare module 'better-sqlite3' {
  interface RunResult {
    changes: number;
    lastInsertRowid: number | bigint;
  }
  interface Statement {
    run(...params: unknown[]): RunResult;
    get(...params: unknown[]): unknown;
    all(...params: unknown[]): unknown[];
  }
  interface Options {
    readonly?: boolean;
    fileMustExist?: boolean;
    timeout?: number;
  }
  class Database {
    constructor(filename: string, options?: Options);
    prepare(sql: string): Statement;
    exec(sql: string): this;
    pragma(source: string, options?: { simple?: boolean }): unknown;
    close(): this;
    readonly inTransaction: boolean;
    readonly open: boolean;
  }
  export default Database;
}

declare module 'pg' {
  interface QueryResult<R> {
    rows: R[];
    rowCount: number | null;
  }
  interface PoolConfig {
    connectionString?: string;
    max?: number;
    options?: string;
    idleTimeoutMillis?: number;
    connectionTimeoutMillis?: number;
    types?: { getTypeParser: (oid: number, format?: string) => (value: string) => unknown };
  }
  interface PoolClient {
    query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<R>>;
    release(err?: Error | boolean): void;
  }
  class Pool {
    constructor(config?: PoolConfig);
    query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<R>>;
    connect(): Promise<PoolClient>;
    end(): Promise<void>;
    on(event: 'error', listener: (err: Error) => void): this;
  }
  const types: {
    getTypeParser: (oid: number, format?: string) => (value: string) => unknown;
    setTypeParser: (oid: number, parser: (value: string) => unknown) => void;
  };
  const pg: { Pool: typeof Pool; types: typeof types };
  export default pg;
  export { Pool, types };
  export type { PoolClient, PoolConfig, QueryResult };
}
