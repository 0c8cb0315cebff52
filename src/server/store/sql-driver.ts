// What the SQL store needs from a database driver. Queries are written once with `?` placeholders; each driver
// adapts them (PostgreSQL numbers them $1, $2, ...). Rows come back with snake_case column names.

export type Row = Record<string, unknown>;

export interface SqlExecutor {
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  get(sql: string, params?: unknown[]): Promise<Row | undefined>;
  /** Number of rows changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
}

export interface SqlDriver extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves (durably), rolled back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs schema statements once, serialised across processes. */
  migrate(statements: string[]): Promise<void>;
  /** True for a unique-constraint violation raised by this driver. */
  isUniqueViolation(err: unknown): boolean;
  close(): Promise<void>;
}
