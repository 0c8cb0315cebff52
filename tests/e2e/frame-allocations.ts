// Per-frame allocations measured with V8's sampling heap profiler (CDP HeapProfiler.startSampling, objects the GC
// already collected included) over a run of animation frames, cut into frames by the harness's frame markers
// (frame-harness.ts) and attributed to source files through the build's hidden source maps.
//
// A sample is per-frame work when its stack runs under the harness's rAF wrapper (`__wtFrame`). It is charged to
// the innermost stack frame that is the project's own source: src/app/** is the app, src/sim/** and
// src/scenario/** the simulation (the twin's state grows by design: bead records, events, the input log); a sample
// with no project frame on its stack is library work (three's renderer, R3F, React). An app frame whose callee is
// the emulated WebXR runtime (IWER stands in for the browser's native XRFrame/XRPose objects) is counted apart.
// So is a boxed double (a 12-byte HeapNumber) that a library function allocated while the app called it: that is
// how V8 compiled three's math, not an object the app asked for (counted with the libraries, reported as such);
// any other object a library function makes for the app (a clone, an array, a closure) stays the app's.
// V8 reports the physical stack only: a function inlined into its caller allocates in the caller's name. Hence two
// more kinds are counted apart: a boxed double in the app's own code (the tier the function runs in keeps the
// double on the heap) and what the WebXR frame API returns inside its one caller, src/app/xr/xr-input.ts (the
// runtime's getPose inlined there). Every other object, array, closure or string the app makes in a frame counts.
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
  /** The function the allocation happened in (a builtin such as `(V8 API)` or `Array`, or source:line). */
  leaf: string;
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
  perFrame: {
    app: number;
    appOwn: number;
    xrRuntime: number;
    /** Of `app`: boxed doubles (12-byte heap numbers) in the app's own code, from the tier V8 runs it in. */
    boxedInApp: number;
    /** Of `library`: boxed doubles allocated in library functions the app called (three's math). */
    boxedInLibrary: number;
    sim: number;
    library: number;
  };
  /** App bytes outside frames (timers, events): for information. */
  appOutsideFramesBytes: number;
  /** App allocations the rule forbids: in steady frames, or by code whose output did not change. */
  offenders: Offender[];
  /** Every app allocation site seen in frames, offending or allowed, for the report. */
  appSites: Offender[];
}

const MARKER_FN = '__wtFrameMarker';
const FRAME_FN = '__wtFrame';
/**
 * The harness's marker array: 8192 element slots, 32 768 bytes with pointer compression (65 536 without), plus the
 * array header and V8's allocation bookkeeping (seen: 32 776, 32 792, 32 800). Matched by size, not by a lower
 * bound alone, so another large object the frame makes inside an inlined `__wtFrame` is not taken for a frame start.
 */
function isMarkerSize(size: number): boolean {
  return (size >= 32_768 && size <= 32_768 + 128) || (size >= 65_536 && size <= 65_536 + 128);
}

/**
 * Frames a site must allocate in (where it may not) to count as per-frame work. The smallest object, 12 bytes, is
 * sampled in a frame with probability 1 − e^(−12/128) ≈ 9 % at the 128-byte interval: allocated every frame it is
 * seen in about 11 of 120 frames, and in fewer than 3 with probability ≈ 0.1 %. A site seen in one or two frames
 * only is a one-off (V8 tiering up or deoptimising a function, an object made once) and is reported, not failed.
 */
const MIN_OFFENDING_FRAMES = 3;

/** The one app module that calls the WebXR frame API (getPose, getJointPose, inputSources). */
const XR_INPUT_SOURCE = 'src/app/xr/xr-input.ts';

/**
 * A HeapNumber (boxed double) with pointer compression: map + float64. Nothing else the app makes is this small:
 * an empty array is 16 bytes, an object literal 28, a closure 32, the shortest string 16.
 */
const HEAP_NUMBER_BYTES = 12;

/**
 * The size of the object a sample stands for. The profile's sample `size` is the object's size times V8's count of
 * objects it stands for, round(1 / (1 − e^(−size/interval))) (SamplingHeapProfiler::ScaleSample); objects are
 * multiples of 4 bytes and none has fewer than 8.
 */
function objectBytes(sampleSize: number, interval: number): number {
  for (let size = 8; size <= sampleSize; size += 4) {
    if (size * Math.round(1 / (1 - Math.exp(-size / interval))) === sampleSize) return size;
  }
  return sampleSize;
}

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
  /** With WT_DUMP=<prefix> set, the raw profile and frame log go to `<prefix>.<dumpName>.json` (debugging). */
  dumpName?: string;
}

export async function measureFrameAllocations(
  page: Page,
  cdp: CDPSession,
  maps: BuildSourceMaps,
  opts: MeasureOptions,
): Promise<FrameAllocations> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  // Sampling starts before the marking and stops after it, so every marked frame's marker is in the profile.
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: opts.samplingInterval ?? 128,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await page.evaluate(() => window.__wtHarness!.startMarking());
  const settle = opts.settleFrames ?? 60;
  const deadline = Date.now() + (opts.timeoutMs ?? 300_000);
  // +2: the first marked frame may have started before sampling did, and the last one's changes are unknown.
  while ((await page.evaluate(() => window.__wtHarness!.ticks())) < settle + opts.frames + 2) {
    if (Date.now() > deadline) throw new Error(`fewer than ${opts.frames} frames within the time limit`);
    await page.waitForTimeout(250);
  }
  const log = await page.evaluate(() => window.__wtHarness!.stopMarking());
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: SamplingHeapProfile };
  await cdp.send('HeapProfiler.disable');
  if (process.env.WT_DUMP)
    (await import('node:fs')).writeFileSync(
      `${process.env.WT_DUMP}.${opts.dumpName ?? 'profile'}.json`,
      JSON.stringify({ profile, log }),
    );
  return attribute(profile, log, maps, opts.allowedWhenChanged, settle, opts.samplingInterval ?? 128);
}

export function attribute(
  profile: SamplingHeapProfile,
  log: FrameLog,
  maps: BuildSourceMaps,
  allowed: AllowedWhenChanged,
  settle: number,
  interval: number,
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
  const totals = { app: 0, appOwn: 0, xrRuntime: 0, boxedInApp: 0, boxedInLibrary: 0, sim: 0, library: 0 };
  let outside = 0;
  const sites = new Map<
    string,
    Offender & { frameSet: Set<number>; steadySet: Set<number>; badSet: Set<number> }
  >();
  for (const s of samples) {
    const stack = stackOf(s.nodeId);
    const leaf = stack[0]!;
    // An optimised frame shows only its outermost function: once `__wtFrame` has inlined the marker (and the
    // marker its helpers), their allocations appear in `__wtFrame` itself.
    const leafName = leaf.callFrame.functionName;
    if ((leafName === MARKER_FN || leafName === FRAME_FN) && isMarkerSize(s.size)) {
      frame++;
      continue;
    }
    if (stack.some((n) => isHarness(n.callFrame))) continue;
    const harnessScript = stack.find((n) => n.callFrame.functionName === FRAME_FN)?.callFrame.scriptId;
    // The harness's own work (its frame signature), inlined or not; and an app function called straight from the
    // harness script is the harness reading the probe, not a frame's work.
    if (harnessScript !== undefined && leaf.callFrame.scriptId === harnessScript) continue;
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
    if (appAt >= 0 && harnessScript !== undefined && stack[appAt + 1]?.callFrame.scriptId === harnessScript)
      continue;
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
    const leafSource = original(leaf.callFrame)?.source ?? '';
    if (
      appAt > 0 &&
      leafSource.startsWith('node_modules/') &&
      objectBytes(s.size, interval) === HEAP_NUMBER_BYTES
    ) {
      totals.boxedInLibrary += bytes;
      totals.library += bytes;
      continue;
    }
    totals.app += bytes;
    const at = original(stack[appAt]!.callFrame)!;
    const callee = appAt > 0 ? original(stack[appAt - 1]!.callFrame) : null;
    const via = callee ? `${callee.source}:${callee.line}` : '';
    const leafPos = original(leaf.callFrame);
    const leafWhere = leafPos
      ? `${leaf.callFrame.functionName || '(anonymous)'} ${leafPos.source}:${leafPos.line}`
      : `${leaf.callFrame.functionName || '(anonymous)'} (builtin)`;
    if (callee?.source.startsWith('node_modules/iwer/')) {
      totals.xrRuntime += bytes;
      continue;
    }
    // The WebXR frame API's own results (XRPose, XRRigidTransform, the input source list) made while the one
    // function that calls it runs: V8 often inlines the runtime's getPose into it, and then they carry its name.
    if (at.source === XR_INPUT_SOURCE && (!leafPos || leafPos.source === XR_INPUT_SOURCE)) {
      totals.xrRuntime += bytes;
      continue;
    }
    // A boxed double in the app's own code: the tier V8 runs it in (interpreter, baseline, Maglev) keeps that
    // double on the heap, not an object the code asks for. Counted and reported, not an offence.
    if (objectBytes(s.size, interval) === HEAP_NUMBER_BYTES) {
      totals.boxedInApp += bytes;
      continue;
    }
    totals.appOwn += bytes;
    const steady = log.dirty[frame] === false;
    const changed = log.changes[frame] ? log.changes[frame]!.split(',') : [];
    const permitted = !steady && changed.some((c) => allowed[c]?.includes(at.source));
    const key = `${at.source}:${at.line}|${via}|${leafWhere}`;
    let site = sites.get(key);
    if (!site) {
      site = {
        where: `${at.source}:${at.line}`,
        text: at.text.slice(0, 100),
        via,
        leaf: leafWhere,
        bytes: 0,
        frames: 0,
        steadyFrames: 0,
        frameSet: new Set(),
        steadySet: new Set(),
        badSet: new Set(),
      };
      sites.set(key, site);
    }
    site.bytes += bytes;
    site.frameSet.add(frame);
    if (steady) site.steadySet.add(frame);
    if (!permitted) site.badSet.add(frame);
  }
  const list = [...sites.values()]
    .map((s) => ({
      ...s,
      frames: s.frameSet.size,
      steadyFrames: s.steadySet.size,
      bytes: Math.round(s.bytes),
    }))
    .sort((a, b) => b.bytes - a.bytes);
  const strip = ({
    where,
    text,
    via,
    leaf,
    bytes,
    frames: f,
    steadyFrames,
  }: (typeof list)[number]): Offender => ({
    where,
    text,
    via,
    leaf,
    bytes,
    frames: f,
    steadyFrames,
  });
  // Every frame must have been cut at its marker, or frames and their steady flags would not line up.
  if (frame + 1 !== log.ticks)
    throw new Error(
      `only ${frame + 1} frame markers in the heap profile for ${log.ticks} frames marked: cannot cut it into frames`,
    );
  const perFrame = (n: number) => (counted > 0 ? Math.round(n / counted) : 0);
  return {
    frames: counted,
    steadyFrames: log.dirty.slice(settle, frames).filter((d) => !d).length,
    perFrame: {
      app: perFrame(totals.app),
      appOwn: perFrame(totals.appOwn),
      xrRuntime: perFrame(totals.xrRuntime),
      boxedInApp: perFrame(totals.boxedInApp),
      boxedInLibrary: perFrame(totals.boxedInLibrary),
      sim: perFrame(totals.sim),
      library: perFrame(totals.library),
    },
    appOutsideFramesBytes: Math.round(outside),
    offenders: list.filter((s) => s.badSet.size >= MIN_OFFENDING_FRAMES).map(strip),
    appSites: list.map(strip),
  };
}

/** One line per allocation site, for the test's output and failure message. */
export function formatSites(sites: readonly Offender[]): string {
  return sites
    .map(
      (s) =>
        `  ${s.where}  ${s.bytes} B in ${s.frames} frames (${s.steadyFrames} steady)` +
        `${s.via ? `  via ${s.via}` : ''}\n      ${s.text}\n      allocated in ${s.leaf}`,
    )
    .join('\n');
}
