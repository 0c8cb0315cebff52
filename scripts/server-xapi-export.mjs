#!/usr/bin/env node
// Exports an event's verified attempts as xAPI 1.0.3 statements: to a file, or POSTed to an LRS. Reads the same
// database as `npm run server` (WELDTWIN_DATA_DIR or DATABASE_URL).
//
//   node scripts/server-xapi-export.mjs --event=1 --out=statements.json
//   WELDTWIN_LRS_AUTH='Basic ...' node scripts/server-xapi-export.mjs --event=1 --lrs=https://lrs.example/xapi/
import { writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { readConfig } = await import('../src/server/config.ts');
const { openStore } = await import('../src/server/store/index.ts');
const { attemptStatement, sendToLrs } = await import('../src/server/xapi/statements.ts');

function fail(message, code = 2) {
  console.error(`server-xapi-export: ${message}`);
  process.exit(code);
}
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const m = /^--(event|out|lrs|base-url)=(.+)$/.exec(a);
    if (!m)
      fail(`unknown argument ${a}; usage: --event=<id> (--out=<file> | --lrs=<endpoint>) [--base-url=<url>]`);
    return [m[1], m[2]];
  }),
);
const eventId = Number(args.event);
if (!Number.isInteger(eventId) || eventId <= 0) fail('--event=<id> is required (a positive integer)');
if (!args.out && !args.lrs) fail('give --out=<file> or --lrs=<endpoint>');

const cfg = readConfig();
const store = await openStore(cfg.store);
try {
  const event = await store.getEvent(eventId);
  if (!event) fail(`there is no event ${eventId}`, 1);
  const stations = new Map((await store.listStations(eventId)).map((s) => [s.id, s]));
  const attempts = await store.listAttempts({ eventId });
  const base = args['base-url'] ?? cfg.publicBaseUrl;
  const statements = attempts.map((a) => attemptStatement(a, stations.get(a.stationId), base, event.name));
  if (args.out) {
    writeFileSync(args.out, JSON.stringify(statements, null, 2) + '\n');
    console.log(JSON.stringify({ statements: statements.length, file: args.out }));
  }
  if (args.lrs) {
    const sent = await sendToLrs(
      {
        endpoint: args.lrs,
        ...(process.env.WELDTWIN_LRS_AUTH ? { authorization: process.env.WELDTWIN_LRS_AUTH } : {}),
      },
      statements,
    );
    console.log(JSON.stringify({ sent, endpoint: args.lrs }));
  }
} catch (e) {
  fail(e.message, 1);
} finally {
  await store.close();
}
