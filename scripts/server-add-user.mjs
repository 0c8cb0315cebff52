#!/usr/bin/env node
// Adds an organiser or judge to the competition server's database (the same one `npm run server` uses: SQLite in
// WELDTWIN_DATA_DIR, or PostgreSQL at DATABASE_URL). The password is read from WELDTWIN_NEW_PASSWORD or from the
// first line of stdin, never from the command line (it would show in the process list and shell history).
//
//   echo 'a-long-password' | node scripts/server-add-user.mjs --username=alice --role=organiser
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { readConfig, ConfigError } = await import('../src/server/config.ts');
const { openStore } = await import('../src/server/store/index.ts');
const { ensureUser } = await import('../src/server/bootstrap.ts');

function fail(message, code = 2) {
  console.error(`server-add-user: ${message}`);
  process.exit(code);
}

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const m = /^--(username|role)=(.+)$/.exec(a);
    if (!m)
      fail(`unknown argument ${a}; usage: --username=<name> --role=organiser|judge (password on stdin)`);
    return [m[1], m[2]];
  }),
);
if (!args.username) fail('--username=<name> is required');
if (args.role !== 'organiser' && args.role !== 'judge') fail('--role must be organiser or judge');
if (!/^[a-z0-9][a-z0-9._-]{1,39}$/.test(args.username)) {
  fail('--username must be 2-40 characters: lower-case letters, digits, dot, dash, underscore');
}
let password = process.env.WELDTWIN_NEW_PASSWORD;
if (!password) {
  try {
    password = readFileSync(0, 'utf8').split(/\r?\n/)[0];
  } catch {
    password = '';
  }
}
if (!password) fail('give the password on stdin or in WELDTWIN_NEW_PASSWORD');

let cfg;
try {
  cfg = readConfig();
} catch (e) {
  if (e instanceof ConfigError) fail(e.problems.join('; '));
  throw e;
}
const store = await openStore(cfg.store);
try {
  const r = await ensureUser(store, args.username, password, args.role, Date.now());
  console.log(JSON.stringify({ username: args.username, role: args.role, result: r }));
  if (r === 'exists') console.error(`server-add-user: ${args.username} already exists; nothing changed`);
} catch (e) {
  fail(e.message, 1);
} finally {
  await store.close();
}
