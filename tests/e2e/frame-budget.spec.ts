// The app's two frame-loop quality bars, measured while the twin runs a weld and while a headset session runs:
// 1. React commits are a small bounded number set by discrete changes (arc phase, program line, safety state, the
//    countdown's phase/goal ticks), not by frames: per-frame values go through refs, transient store reads and
//    direct DOM/canvas writes. Counted in both React roots (DOM and canvas) by the harness's DevTools hook.
// 2. A frame in which nothing the app shows has changed allocates nothing in the app's own code (src/app/**): the
//    V8 sampling heap profiler over many frames, attributed to source files through the e2e build's hidden source
//    maps. In a frame where something shown did change (a gauge's text, the countdown, a discrete state), only the
//    code that shows it may allocate (its new text, the store's new state). Library and simulation allocations
//    are printed for information, and so are two kinds the app's source does not ask for: boxed doubles (12-byte
//    heap numbers, made by the tier V8 happens to run a function in) and the WebXR runtime's per-call results
//    (XRPose objects, the input source list) that V8 may inline into the app's one caller of the frame API.
//    A site must allocate in at least 3 frames to fail (per-frame work; one-offs such as a tier-up are reported).
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, E2E_OUT_DIR } from '../../playwright.config.ts';
import { expect, openApp, test } from './fixtures.ts';
import { type AllowedWhenChanged, formatSites, measureFrameAllocations } from './frame-allocations.ts';
import { installFrameHarness } from './frame-harness.ts';
import { countCommits, type CommitCount } from './react-commits.ts';
import { snapshot } from './sim-helpers.ts';
import { BuildSourceMaps } from './source-map.ts';
import { enterVR, setButton } from './xr-helpers.ts';

test.setTimeout(600_000);

/**
 * V8 tiers: unoptimised code (the interpreter, Sparkplug) boxes every floating-point intermediate as a heap number,
 * whatever the source says; the optimising tiers keep doubles unboxed. A headset at 90 Hz calls each frame callback
 * 400 times (Maglev's threshold) in under 5 s and 3000 times (TurboFan's) in about 30 s; SwiftShader's few frames
 * per second would take minutes. The thresholds are lowered so the warm-up reaches the tiers a headset runs in
 * after half a minute. Escape analysis is off, so every `new`, closure, array, object or string the app's code
 * asks for in a frame is allocated and seen, even where an optimiser might have removed it.
 */
const V8_FLAGS = [
  '--invocation-count-for-maglev=20',
  '--invocation-count-for-maglev-osr=10',
  '--invocation-count-for-turbofan=100',
  '--invocation-count-for-osr=20',
  '--minimum-invocations-after-ic-update=20',
  '--no-turbo-escape',
  '--no-maglev-escape-analysis',
].join(' ');
test.use({
  launchOptions: { executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, `--js-flags=${V8_FLAGS}`] },
});

const maps = new BuildSourceMaps(E2E_OUT_DIR);

/** Frames per measurement: enough to see a per-frame allocation of a few bytes many times over. */
const COMMIT_FRAMES = 60;
const ALLOCATION_FRAMES = 120;
/** Frames to settle before measuring (shaders compiled, lazy chunks in, JIT warm: past the lowered TurboFan count). */
const WARM_UP_FRAMES = 120;
/** Commits allowed per simulated second (discrete HUD changes), and never more than one per this many frames. */
const COMMITS_PER_SIM_S = 1;
const FRAMES_PER_COMMIT = 10;

/** Who may allocate in a frame where a shown value changed (frame-harness.ts signature keys). */
const ALLOWED: AllowedWhenChanged = {
  // A discrete view value changed: the store publishes its new state; its transient subscribers redraw
  // (the headset pendant's canvas, the arc sound's gain).
  rev: ['src/app/stores/sim-store.ts', 'src/app/xr/pendant-3d.tsx', 'src/app/audio/arc-sound.ts'],
  // The run's phase, goals or broken rules changed.
  run: ['src/app/stores/sim-store.ts'],
  // A simulated second passed: the headset scenario board redraws its time left.
  second: ['src/app/xr/xr-scenario-board.tsx'],
  // The countdown's or a gauge's text changed: the new text.
  timer: ['src/app/flow/scenario-hud.tsx'],
  gauges: ['src/app/desktop/technique-gauges.tsx'],
};

/** Waits for `n` more rendered frames (a loaded 2-core machine may render only a few per second). */
async function waitFrames(page: Page, n: number): Promise<void> {
  const f = await page.evaluate(() => window.__weldtwin!.frames);
  await page.waitForFunction((target) => window.__weldtwin!.frames >= target, f + n, {
    timeout: 300_000,
    polling: 500,
  });
}

async function report(page: Page, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await waitFrames(page, WARM_UP_FRAMES);

  const commits = await countCommits(page, cdp, maps, COMMIT_FRAMES);
  const commitLine =
    `${label}: ${commits.total} React commits in ${commits.frames} frames, ${commits.simSeconds.toFixed(1)} s ` +
    `simulated (${JSON.stringify(commits.commits)})`;
  console.log(`${commitLine}\n${commits.rendered.map((r) => `  ${r}`).join('\n')}`);
  test.info().annotations.push({ type: 'commits', description: commitLine });

  const alloc = await measureFrameAllocations(page, cdp, maps, {
    frames: ALLOCATION_FRAMES,
    allowedWhenChanged: ALLOWED,
    dumpName: label.replace(/\W+/g, '-'),
  });
  const p = alloc.perFrame;
  const allocLine =
    `${label}: ${alloc.frames} frames (${alloc.steadyFrames} steady); bytes per frame: app ${p.app} ` +
    `(own code ${p.appOwn}, boxed doubles ${p.boxedInApp}, WebXR runtime objects ${p.xrRuntime}), ` +
    `simulation ${p.sim}, libraries ${p.library} ` +
    `(of which boxed doubles in library math the app called ${p.boxedInLibrary}); ` +
    `app outside frames ${alloc.appOutsideFramesBytes} B in total`;
  console.log(`${allocLine}\n${formatSites(alloc.appSites)}`);
  test.info().annotations.push({ type: 'allocations', description: allocLine });

  expectCommitBudget(commits, label);
  expect(alloc.frames, 'frames measured').toBeGreaterThanOrEqual(ALLOCATION_FRAMES);
  expect(
    alloc.offenders,
    `${label}: app allocations in frames that changed nothing they show\n${formatSites(alloc.offenders)}`,
  ).toEqual([]);
  await cdp.detach();
}

function expectCommitBudget(c: CommitCount, label: string): void {
  const detail = `${label}: ${c.total} commits in ${c.frames} frames / ${c.simSeconds.toFixed(1)} sim s\n${c.rendered.join('\n')}`;
  expect(c.frames, 'frames counted').toBeGreaterThanOrEqual(COMMIT_FRAMES);
  expect(c.total, detail).toBeLessThanOrEqual(Math.max(1, Math.ceil(c.simSeconds * COMMITS_PER_SIM_S)));
  expect(c.total, detail).toBeLessThanOrEqual(Math.floor(c.frames / FRAMES_PER_COMMIT));
}

/** Both React roots have reported commits to the harness (the counter sees what it is meant to count). */
async function expectBothRootsCounted(page: Page): Promise<void> {
  const all = await page.evaluate(() => ({ ...window.__wtHarness!.allCommits }));
  expect(all['react-dom'] ?? 0, `commits seen per renderer: ${JSON.stringify(all)}`).toBeGreaterThan(0);
  expect(all['@react-three/fiber'] ?? 0, `commits seen per renderer: ${JSON.stringify(all)}`).toBeGreaterThan(
    0,
  );
}

/** Pipe cell: the sector program loaded, the carriage running round the pipe with the arc on, the bead growing. */
async function startOrbitalWeld(page: Page): Promise<void> {
  await page.getByTestId('cell-select').selectOption('orbital');
  await page.waitForFunction(() => window.__weldtwin!.cell === 'orbital', undefined, { timeout: 90_000 });
  await page.keyboard.press('KeyH');
  await page.getByTestId('orbital-send').click();
  await page.getByTestId('run').click();
  await expect.poll(async () => (await snapshot(page)).arcPhase, { timeout: 180_000 }).toBe('welding');
  const bead = (await snapshot(page)).beadShown;
  await expect
    .poll(async () => (await snapshot(page)).beadShown, { timeout: 120_000 })
    .toBeGreaterThan(bead + 3);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(installFrameHarness);
});

test('desktop scenario run (phase countdown ticking): commits bounded, no app allocation per frame', async ({
  page,
}) => {
  await openApp(page, '', { home: true });
  const id = 'orbital-commands-pipe';
  await expect(page.getByTestId(`scenario-${id}`)).toBeVisible({ timeout: 60_000 });
  await page.getByTestId(`scenario-${id}`).getByRole('button').click();
  await expect(page.getByTestId('briefing-start')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('scenario-hud')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('KeyQ');
  await expect(page.getByTestId('phase-countdown')).toHaveText(/^\d+:\d\d$/);
  await report(page, 'desktop scenario');
});

test('headset (IWER Meta Quest 3) in the cobot cell: commits bounded, no app allocation per frame', async ({
  page,
}) => {
  await openApp(page, '?xr=emulate');
  await enterVR(page);
  // The pendant in the left hand with the enabling switch held; the right ray pointing into the cell.
  await setButton(page, 'left', 'squeeze', 0.7);
  await expect.poll(async () => (await snapshot(page)).enabling).toBe('enabled');
  await report(page, 'headset cobot');
});

// One pipe weld measured twice (the carriage takes over four minutes round the 219 mm pipe): on the desktop, then
// in the headset session entered mid-weld. One page, so the app loads and the weld starts once.
test('pipe weld, desktop then headset (IWER Meta Quest 3): commits bounded, no app allocation per frame', async ({
  page,
}) => {
  await openApp(page, '?xr=emulate');
  await expectBothRootsCounted(page);
  await startOrbitalWeld(page);
  await expect(page.getByTestId('gauge-current')).not.toHaveText('—');
  await report(page, 'desktop weld');
  expect((await snapshot(page)).arcOn, 'still welding after the desktop measurement').toBe(true);
  await enterVR(page);
  await report(page, 'headset weld');
  expect((await snapshot(page)).arcOn, 'still welding after the headset measurement').toBe(true);
});
