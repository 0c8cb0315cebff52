// The competition server suite on the embedded SQLite store (always runs).
import { defineLiveSuite } from './support/live-suite.ts';
import { defineServerSuite } from './support/server-suite.ts';
import { sqliteFactory } from './support/stores.ts';

defineServerSuite(sqliteFactory);
defineLiveSuite(sqliteFactory);
