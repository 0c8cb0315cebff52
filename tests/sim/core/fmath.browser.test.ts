// Cross-engine check of src/sim/core/fmath.ts: the port is bundled with Vite and run in Debian's Chromium (whose V8
// computes Math.sin, cos, tan, log… differently from Node 20's), on the same fixed argument lists the Node test pins
// (10 000 per function), and must give bit-identical results (compared as hex of the Float64 bits). For the record it
// also counts how often Chromium's own Math.* differs from Node's on those arguments: that is the gap fmath closes.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../../playwright.config.ts';
import type { BrowserFmathApi } from './fmath-browser-entry.ts';
import { CASES, fixedArgs, hex } from './fmath-cases.ts';

const CHROMIUM = '/usr/bin/chromium';
const ENTRY = fileURLToPath(new URL('./fmath-browser-entry.ts', import.meta.url));
const COUNT = 10_000;
const SEED = 2026; // the seed of the pinned fingerprints in fmath.test.ts

declare global {
  interface Window {
    __fmath: BrowserFmathApi;
  }
}

let dir: string;
let browser: Browser;
let bundle: string;

describe.skipIf(!existsSync(CHROMIUM))('fmath in Chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wt-fmath-'));
    await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      build: {
        outDir: dir,
        emptyOutDir: false,
        minify: false,
        lib: { entry: ENTRY, formats: ['iife'], name: 'WeldTwinFmathTest', fileName: () => 'fmath.js' },
      },
    });
    bundle = readFileSync(join(dir, 'fmath.js'), 'utf8');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('computes every function bit-identically to Node on 10 000 fixed arguments each', async () => {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle });
    const engine = await page.evaluate(() => navigator.userAgent);
    const mismatches: string[] = [];
    const report: string[] = [];
    for (const c of CASES) {
      const args = fixedArgs(c, COUNT, SEED);
      const argsHex = args.map((t) => t.map(hex));
      const node = args.map(([a, b, d]) => hex(c.ours(a, b, d)));
      const nodeMath = args.map(([a, b, d]) => hex(c.node(a, b, d)));
      const lines = argsHex.map((t) => t.join(',')).join('\n');
      const out = await page.evaluate(
        ([name, xs]) => ({
          fmath: window.__fmath.run(name, xs, 'fmath'),
          math: window.__fmath.run(name, xs, 'math'),
        }),
        [c.name, lines] as const,
      );
      const browserFmath = out.fmath.split('\n');
      const browserMath = out.math.split('\n');
      expect(browserFmath).toHaveLength(args.length);
      let differ = 0;
      let mathDiffer = 0;
      for (let i = 0; i < args.length; i++) {
        if (browserFmath[i] !== node[i]) {
          differ++;
          if (mismatches.length < 10)
            mismatches.push(
              `${c.name}(${argsHex[i]!.slice(0, c.arity).join(', ')}): Node ${node[i]} Chromium ${browserFmath[i]}`,
            );
        }
        if (browserMath[i] !== nodeMath[i]) mathDiffer++;
      }
      report.push(
        `${c.name}: fmath differs in ${differ}/${args.length}, Math.${c.name === 'hypot3' ? 'hypot(3 args)' : c.name} differs in ${mathDiffer}`,
      );
    }
    console.log(`Chromium (${engine}) vs Node ${process.version}:\n  ${report.join('\n  ')}`);
    await page.close();
    expect(mismatches).toEqual([]);
  });
});
