// React commits over a run of rendered frames, counted by the harness's DevTools hook (frame-harness.ts) in both
// renderers: react-dom (the DOM root: HUD, panels, flow screens) and @react-three/fiber (the canvas root: the
// scene). Components that rendered are located in the original source through CDP and the build's source maps.
import type { CDPSession, Page } from '@playwright/test';
import type { CommitTotals } from './frame-harness.ts';
import type { BuildSourceMaps } from './source-map.ts';

export interface CommitCount {
  /** Frames rendered (the app's frame probe) while counting. */
  frames: number;
  /** Simulated seconds that passed while counting. */
  simSeconds: number;
  /** Commits per renderer. */
  commits: Record<string, number>;
  total: number;
  /** Components that rendered, most renders first: `renderer  Name (src/app/…:line)  ×n`. */
  rendered: string[];
}

const STEP_HZ = 180;

function probeNow(page: Page) {
  return page.evaluate(() => {
    const p = window.__weldtwin!;
    return { frames: p.frames, tick: (p.sim!().view as { tick: number }).tick };
  });
}

/** Counts commits while the app renders `frames` frames. */
export async function countCommits(
  page: Page,
  cdp: CDPSession,
  maps: BuildSourceMaps,
  frames: number,
): Promise<CommitCount> {
  await page.evaluate(() => window.__wtHarness!.startCounting());
  const start = await probeNow(page);
  await page.waitForFunction((f) => window.__weldtwin!.frames >= f, start.frames + frames, {
    timeout: 240_000,
    polling: 250,
  });
  const totals = await page.evaluate(() => window.__wtHarness!.stopCounting());
  const end = await probeNow(page);
  const rendered = await locate(cdp, maps, totals);
  return {
    frames: end.frames - start.frames,
    simSeconds: (end.tick - start.tick) / STEP_HZ,
    commits: totals.commits,
    total: Object.values(totals.commits).reduce((a, b) => a + b, 0),
    rendered,
  };
}

async function locate(cdp: CDPSession, maps: BuildSourceMaps, totals: CommitTotals): Promise<string[]> {
  const list = [...totals.rendered].sort((a, b) => b.renders - a.renders).slice(0, 25);
  if (list.length === 0) return [];
  const scripts = new Map<string, string>();
  const onScript = (e: { scriptId: string; url: string }) => scripts.set(e.scriptId, e.url);
  cdp.on('Debugger.scriptParsed', onScript);
  await cdp.send('Debugger.enable');
  const out: string[] = [];
  try {
    for (const r of list) {
      let where = '';
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `window.__wtHarness.fns[${r.fn}]`,
      });
      if (result.objectId) {
        const props = await cdp.send('Runtime.getProperties', {
          objectId: result.objectId,
          ownProperties: true,
        });
        const loc = props.internalProperties?.find((p) => p.name === '[[FunctionLocation]]')?.value?.value as
          { scriptId: string; lineNumber: number; columnNumber: number } | undefined;
        const url = loc ? scripts.get(loc.scriptId) : undefined;
        const pos = loc && url ? maps.lookup(url, loc.lineNumber, loc.columnNumber) : null;
        if (pos) where = ` (${pos.source}:${pos.line}${pos.name ? ` ${pos.name}` : ''})`;
      }
      out.push(`${r.renderer}  ${r.name}${where}  ×${r.renders}`);
    }
  } finally {
    await cdp.send('Debugger.disable');
    cdp.off('Debugger.scriptParsed', onScript);
  }
  return out;
}
