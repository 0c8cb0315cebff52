// Bundled for fmath.browser.test.ts: evaluates the fdlibm port (and, for the report, the engine's own Math.*) on
// argument lists given as hex bit patterns, and returns the results as hex bit patterns.
import { CASES, fromHex, hex } from './fmath-cases.ts';

/** args: one "a,b,c" triple of hex bit patterns per line; returns one hex result per line. (One string each way:
 * Playwright serialises a single string much faster than 10 000 small arrays.) */
function run(name: string, args: string, which: 'fmath' | 'math'): string {
  const c = CASES.find((k) => k.name === name);
  if (!c) throw new Error(`no function ${name}`);
  const f = which === 'fmath' ? c.ours : c.node;
  return args
    .split('\n')
    .map((line) => {
      const [a, b, d] = line.split(',');
      return hex(f(fromHex(a!), fromHex(b!), fromHex(d!)));
    })
    .join('\n');
}

const api = { run, names: CASES.map((c) => c.name) };
(window as unknown as { __fmath: typeof api }).__fmath = api;
export type BrowserFmathApi = typeof api;
