// The competition server suite on the embedded SQLite store (always runs).
import { defineServerSuite } from './support/server-suite.ts';
import { sqliteFactory } from './support/stores.ts';

defineServerSuite(sqliteFactory);
