// The same competition server suite on PostgreSQL. Runs when a database is reachable (DATABASE_URL or
// WELDTWIN_TEST_DATABASE_URL); with WELDTWIN_REQUIRE_PG=1 (CI) an unreachable database fails the run loudly.
import { describe, it } from 'vitest';
import { defineLiveSuite } from './support/live-suite.ts';
import { defineServerSuite } from './support/server-suite.ts';
import { postgresFactory, probePostgres, REQUIRE_PG } from './support/stores.ts';

const pg = await probePostgres();
if (pg.problem === null) {
  defineServerSuite(postgresFactory(pg.url!));
  defineLiveSuite(postgresFactory(pg.url!));
} else if (REQUIRE_PG) {
  describe('competition server on postgres', () => {
    it('has a reachable PostgreSQL (WELDTWIN_REQUIRE_PG=1)', () => {
      throw new Error(`WELDTWIN_REQUIRE_PG=1 but ${pg.problem}`);
    });
  });
} else {
  process.stderr.write(`tests/server/postgres.test.ts: PostgreSQL suite skipped: ${pg.problem}\n`);
  describe.skip(`competition server on postgres (skipped: ${pg.problem})`, () => {
    it('needs PostgreSQL', () => undefined);
  });
}
