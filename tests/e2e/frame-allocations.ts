// Per-frame allocations measured with V8's sampling heap profiler (CDP HeapProfiler.startSampling, objects the GC
// already collected included) over a run of animation frames, cut into frames by the harness's frame markers
// (frame-harness.ts) and attributed to source files through the build's hidden source maps.
//
// A sample is per-frame work when its stack runs under the harness's rAF wrapper (`__wtFrame`). It is charged to
// the innermost stack frame that is the project's own source: src/app/** is the app, src/sim/** and
// src/scenario/** the simulation (the twin's state grows by design: bead records, events, the input log); a sample
// with no project frame on its stack is library work (three's renderer, R3F, React). An app frame whose callee is
// the emulated WebXR runtime (IWER stands in for the browser's native XRFrame/XRPose objects) is counted apart.
import type { CDPSession, Page } from '@playwright/test';
import type { FrameLog } from './frame-harness.ts';
import type { BuildSourceMaps } from './source-map.ts';
import { type OriginalPosition } from './source-map.ts';

interface CallFrame {
  functionName: string;
  scriptId: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  callFrame: CallFrame;
  selfSize: number;
  id: number;
  children: ProfileNode[];
}

interface SamplingHeapProfile {
  head: ProfileNode;
  samples: { size: number; nodeId: number; ordinal: number }[];
}

/** What changed in a frame (frame-harness.ts signature keys) → the app files allowed to allocate in that frame. */
export type AllowedWhenChanged = Readonly<Record<string, readonly string[]>>;

export interface Offender {
  /** Where the allocating app function starts: `src/app/…:line`. */
  where: string;
  /** The original source line there. */
  text: string;
  /** The library function it called that did the allocating, if any (`node_modules/three/…:line`). */
  via: string;
  bytes: number;
  /** Frames in which it allocated, and how many of those were steady. */
  frames: number;
  steadyFrames: number;
}

export interface FrameAllocations {
  /** Frames counted (after the settling frames; the last frame marked is dropped: its changes are unknown). */
  frames: number;
  /** Frames in which nothing the app shows changed. */
  steadyFrames: number;
  /** Estimated bytes per frame in per-frame work. */
  perFrame: { app: number; appOwn: number; xrRuntime: number; sim: number; library: number };
  /** App bytes outside frames (timers, events): for information. */
  appOutsideFramesBytes: number;
  /** App allocations the rule forbids: in steady frames, or by code whose output did not change. */
  offenders: Offender[];
  /** Every app allocation site seen in frames, offending or allowed, for the report. */
  appSites: Offender[];
}

const MARKER_FN = '__wtFrameMarker';
const FRAME_FN = '__wtFrame';
/** The harness's marker array: 8192 elements, 32 kB with pointer compression (4-byte slots), more without. */
const MARKER_MIN_BYTES = 32_000;

function isHarness(f: CallFrame): boolean {
  return f.functionName === MARKER_FN || f.functionName === 'signature' || f.functionName === 'describe';
}

export interface MeasureOptions {
  frames: number;
  /**
   * Frames sampled but not counted at the start: starting the sampling profiler sends optimised code back to the
   * interpreter (allocation observers), and the re-optimisation takes a few dozen calls.
   */
  settleFrames?: number;
  /** Mean bytes between samples (smaller = finer, slower). */
  samplingInterval?: number;
  allowedWhenChanged: AllowedWhenChanged;
  timeoutMs?: number;
}

export async function measureFrameAllocations(
  page: Page,
  cdp: CDPSession,
  maps: BuildSourceMaps,
  opts: MeasureOptions,
): Promise<FrameAllocations> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await page.evaluate(() => window.__wtHarness!.startMarking());
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: opts.samplingInterval ?? 128,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const settle = opts.settleFrames ?? 60;
  const deadline = Date.now() + (opts.timeoutMs ?? 300_000);
  // +2: the first marked frame may have started before sampling did, and the last one's changes are unknown.
  while ((await page.evaluate(() => window.__wtHarness!.ticks())) < settle + opts.frames + 2) {
    if (Date.now() > deadline) throw new Error(`fewer than ${opts.frames} frames within the time limit`);
    await page.waitForTimeout(250);
  }
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: SamplingHeapProfile };
  const log = await page.evaluate(() => window.__wtHarness!.stopMarking());
  await cdp.send('HeapProfiler.disable');
  if (process.env.WT_DUMP)
    (await import('node:fs')).writeFileSync(process.env.WT_DUMP, JSON.stringify({ profile, log }));
  return attribute(profile, log, maps, opts.allowedWhenChanged, settle);
}

function attribute(
  profile: SamplingHeapProfile,
  log: FrameLog,
  maps: BuildSourceMaps,
  allowed: AllowedWhenChanged,
  settle: number,
): FrameAllocations {
  const parent = new Map<number, ProfileNode | null>();
  const byId = new Map<number, ProfileNode>();
  const sampled = new Map<number, number>();
  const walk = (n: ProfileNode, p: ProfileNode | null) => {
    byId.set(n.id, n);
    parent.set(n.id, p);
    for (const c of n.children) walk(c, n);
  };
  walk(profile.head, null);
  for (const s of profile.samples) sampled.set(s.nodeId, (sampled.get(s.nodeId) ?? 0) + s.size);

  const positions = new Map<string, OriginalPosition | null>();
  const original = (f: CallFrame): OriginalPosition | null => {
    const key = `${f.url}:${f.lineNumber}:${f.columnNumber}`;
    if (!positions.has(key))
      positions.set(key, f.url ? maps.lookup(f.url, f.lineNumber, f.columnNumber) : null);
    return positions.get(key)!;
  };
  const stackOf = (nodeId: number): ProfileNode[] => {
    const out: ProfileNode[] = [];
    for (let n: ProfileNode | null = byId.get(nodeId) ?? null; n; n = parent.get(n.id) ?? null) out.push(n);
    return out; // leaf first
  };

  const samples = [...profile.samples].sort((a, b) => a.ordinal - b.ordinal);
  // Frames are numbered by the markers seen so far (0 = the first marked frame).
  let frame = -1;
  const frames = Math.max(0, log.ticks - 1);
  const counted = Math.max(0, frames - settle);
  const totals = { app: 0, appOwn: 0, xrRuntime: 0, sim: 0, library: 0 };
  let outside = 0;
  const sites = new Map<string, Offender & { frameSet: Set<number>; steadySet: Set<number>; bad: boolean }>();
  for (const s of samples) {
    const stack = stackOf(s.nodeId);
    const leaf = stack[0]!;
    if (leaf.callFrame.functionName === MARKER_FN && s.size >= MARKER_MIN_BYTES) {
      frame++;
      continue;
    }
    if (stack.some((n) => isHarness(n.callFrame))) continue;
    // V8's estimate of the bytes this sample stands for (scaled for the sampling rate).
    const bytes = (leaf.selfSize * s.size) / (sampled.get(s.nodeId) || s.size);
    const inFrame = stack.some((n) => n.callFrame.functionName === FRAME_FN);
    let appAt = -1;
    let simAt = -1;
    for (let i = 0; i < stack.length; i++) {
      const src = original(stack[i]!.callFrame)?.source ?? '';
      if (src.startsWith('src/app/')) appAt = i;
      else if (src.startsWith('src/sim/') || src.startsWith('src/scenario/')) simAt = i;
      else continue;
      break;
    }
    if (!inFrame) {
      if (appAt >= 0) outside += bytes;
      continue;
    }
    if (frame < settle || frame >= frames) continue;
    if (appAt < 0) {
      if (simAt >= 0) totals.sim += bytes;
      else totals.library += bytes;
      continue;
    }
    totals.app += bytes;
    const at = original(stack[appAt]!.callFrame)!;
    const callee = appAt > 0 ? original(stack[appAt - 1]!.callFrame) : null;
    const via = callee ? `${callee.source}:${callee.line}` : '';
    if (callee?.source.startsWith('node_modules/iwer/')) {
      totals.xrRuntime += bytes;
      continue;
    }
    totals.appOwn += bytes;
    const steady = log.dirty[frame] === false;
    const changed = log.changes[frame] ? log.changes[frame]!.split(',') : [];
    const permitted = !steady && changed.some((c) => allowed[c]?.includes(at.source));
    const key = `${at.source}:${at.line}|${via}`;
    let site = sites.get(key);
    if (!site) {
      site = {
        where: `${at.source}:${at.line}`,
        text: at.text.slice(0, 100),
        via,
        bytes: 0,
        frames: 0,
        steadyFrames: 0,
        frameSet: new Set(),
        steadySet: new Set(),
        bad: false,
      };
      sites.set(key, site);
    }
    site.bytes += bytes;
    site.frameSet.add(frame);
    if (steady) site.steadySet.add(frame);
    if (!permitted) site.bad = true;
  }
  const list = [...sites.values()]
    .map((s) => ({
      ...s,
      frames: s.frameSet.size,
      steadyFrames: s.steadySet.size,
      bytes: Math.round(s.bytes),
    }))
    .sort((a, b) => b.bytes - a.bytes);
  const strip = ({ where, text, via, bytes, frames: f, steadyFrames }: (typeof list)[number]): Offender => ({
    where,
    text,
    via,
    bytes,
    frames: f,
    steadyFrames,
  });
  const perFrame = (n: number) => (counted > 0 ? Math.round(n / counted) : 0);
  return {
    frames: counted,
    steadyFrames: log.dirty.slice(settle, frames).filter((d) => !d).length,
    perFrame: {
      app: perFrame(totals.app),
      appOwn: perFrame(totals.appOwn),
      xrRuntime: perFrame(totals.xrRuntime),
      sim: perFrame(totals.sim),
      library: perFrame(totals.library),
    },
    appOutsideFramesBytes: Math.round(outside),
    offenders: list.filter((s) => s.bad).map(strip),
    appSites: list.map(strip),
  };
}

/** One line per allocation site, for the test's output and failure message. */
export function formatSites(sites: readonly Offender[]): string {
  return sites
    .map(
      (s) =>
        `  ${s.where}  ${s.bytes} B in ${s.frames} frames (${s.steadyFrames} steady)` +
        `${s.via ? `  via ${s.via}` : ''}\n      ${s.text}`,
    )
    .join('\n');
}
