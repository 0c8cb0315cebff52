#!/usr/bin/env node
// `npm run server`: the competition server (src/server/main.ts) through tsx's loader, like bin/weldtwin.mjs (no build
// step on a fresh clone). Configuration: environment variables, see docs/competition.md.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/main.ts');
