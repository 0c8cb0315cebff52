#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader (no build step needed on a fresh clone).
import { register } from 'tsx/esm/api';

register();
const { main, processIO } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2), processIO);
// Flush stdout before exiting so large batches are never truncated.
process.stdout.write('', () => process.exit(code));
