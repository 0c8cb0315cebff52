// In-page instruments for the frame-budget spec, installed before any app script runs (page.addInitScript):
// - React commits: a minimal React DevTools global hook. Both renderers of the app (react-dom for the DOM root and
//   the reconciler bundled in @react-three/fiber for the canvas root) report every commit to it, production builds
//   included (a <Profiler>'s onRender is compiled out of production React). For each commit it also lists which
//   components rendered (fibers new in this commit that performed work).
// - Frames: window.requestAnimationFrame is wrapped so every animation-frame callback runs inside a function named
//   `__wtFrame` (allocations under it are per-frame work), and the first callback of each frame allocates one 32 kB
//   marker array in `__wtFrameMarker`, so a heap sampling profile can be cut into frames by sample ordinal. At each
//   frame's start the harness also notes the app's discrete state (store revisions, simulated second, the countdown
//   and gauge text), so the previous frame can be told steady (nothing shown changed) or not.
// Everything here must be self-contained: the function is serialised into the page.

export interface CommitTotals {
  /** Commits per renderer package while counting was on. */
  commits: Record<string, number>;
  /** Components that rendered while counting was on: renderer, display name, renders. */
  rendered: { renderer: string; name: string; renders: number; fn: number }[];
}

export interface FrameLog {
  /** Frames (animation-frame ticks) since marking started. */
  ticks: number;
  /** Per tick: whether what the app shows changed during it (compared with the next tick's start). */
  dirty: boolean[];
  /** Per tick: what changed, for the report. */
  changes: string[];
}

declare global {
  interface Window {
    __wtHarness?: {
      startCounting(): void;
      stopCounting(): CommitTotals;
      /** Renderer functions recorded in `rendered` (index `fn`): for their source location over CDP. */
      fns: unknown[];
      startMarking(): void;
      /** Frames marked so far. */
      ticks(): number;
      stopMarking(): FrameLog;
      /** Commits seen since the page loaded, per renderer (always on, cheap). */
      allCommits: Record<string, number>;
    };
  }
}

export function installFrameHarness(): void {
  interface Fiber {
    tag: number;
    flags: number;
    type: unknown;
    child: Fiber | null;
    sibling: Fiber | null;
  }
  interface Root {
    current: Fiber;
  }
  // React fiber tags of components that run user code, and the PerformedWork flag (react-reconciler).
  const COMPOSITE = new Set([0, 1, 11, 14, 15]);
  const PERFORMED_WORK = 1;
  const rendererName = new Map<number, string>();
  const previous = new WeakMap<Root, WeakSet<Fiber>>();
  let counting = false;
  let commits: Record<string, number> = {};
  const allCommits: Record<string, number> = {};
  const fns: unknown[] = [];
  const rendered = new Map<string, { renderer: string; name: string; renders: number; fn: number }>();

  const fnOf = (t: unknown): unknown => {
    if (typeof t === 'function') return t;
    const o = t as { render?: unknown; type?: unknown } | null;
    if (o && typeof o === 'object') return fnOf(o.render ?? o.type);
    return null;
  };
  const nameOf = (t: unknown): string => {
    const f = fnOf(t) as { displayName?: string; name?: string } | null;
    return (f && (f.displayName || f.name)) || 'anonymous';
  };

  const hook = {
    renderers: new Map<number, unknown>(),
    supportsFiber: true,
    isDisabled: false,
    checkDCE() {},
    inject(internals: { rendererPackageName?: string }) {
      const id = hook.renderers.size + 1;
      hook.renderers.set(id, internals);
      rendererName.set(id, internals.rendererPackageName ?? `renderer-${id}`);
      return id;
    },
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(id: number, root: Root) {
      const renderer = rendererName.get(id) ?? `renderer-${id}`;
      allCommits[renderer] = (allCommits[renderer] ?? 0) + 1;
      if (!counting) {
        previous.delete(root);
        return;
      }
      commits[renderer] = (commits[renderer] ?? 0) + 1;
      // Fibers of the previous commit are reused untouched when their subtree bailed out; a fiber object not seen
      // in the previous commit was (re)built in this one, and PerformedWork says its component function ran.
      const before = previous.get(root);
      const seen = new WeakSet<Fiber>();
      const stack: Fiber[] = [root.current];
      while (stack.length > 0) {
        const f = stack.pop()!;
        seen.add(f);
        if (before && !before.has(f) && COMPOSITE.has(f.tag) && (f.flags & PERFORMED_WORK) !== 0) {
          const name = nameOf(f.type);
          const key = `${renderer}|${name}`;
          let r = rendered.get(key);
          if (!r) {
            fns.push(fnOf(f.type));
            r = { renderer, name, renders: 0, fn: fns.length - 1 };
            rendered.set(key, r);
          }
          r.renders++;
        }
        if (f.sibling) stack.push(f.sibling);
        if (f.child) stack.push(f.child);
      }
      previous.set(root, seen);
    },
  };
  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = hook;

  // ---- frames ----
  let marking = false;
  let ticks = 0;
  let lastTimestamp = -1;
  let lastSig: string | null = null;
  const dirty: boolean[] = [];
  const changes: string[] = [];
  let sink: unknown = null;

  // What the app shows that may legitimately change in a frame, as `key=value` fields (frame-allocations.ts allows
  // allocation only in the code that shows a field that changed): the sim store's discrete-view and run revisions,
  // the run's simulated second (the headset board redraws on it), the countdown text and the gauge text.
  const SEP = '\u0001';
  const signature = (): string => {
    const p = window.__weldtwin as unknown as {
      sim?: (() => { revision: number; runRevision: number; runTimeS: number | null }) | null;
    };
    const s = p?.sim?.();
    const timer = document.querySelector('.wt-flow-timer')?.textContent ?? '';
    const gauges = document.querySelector('[data-testid="gauges"]')?.textContent ?? '';
    const second = s?.runTimeS == null ? '' : String(Math.floor(s.runTimeS));
    return [
      `rev=${s?.revision}`,
      `run=${s?.runRevision}`,
      `second=${second}`,
      `timer=${timer}`,
      `gauges=${gauges}`,
    ].join(SEP);
  };
  const describe = (a: string, b: string): string => {
    const pa = a.split(SEP);
    const pb = b.split(SEP);
    const out: string[] = [];
    for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) out.push(pa[i]!.slice(0, pa[i]!.indexOf('=')));
    return out.join(',');
  };

  function __wtFrameMarker(): void {
    // One allocation far above the sampling interval: always in the profile, and it marks where a frame starts.
    // Dropped at once: an array that survived would be pretenured into old space, where V8's sampling profiler
    // misses allocations (as it does in large-object space: 8192 slots stays below that).
    sink = new Array(8192);
    sink = null;
    const sig = signature();
    if (lastSig !== null) {
      dirty.push(sig !== lastSig);
      changes.push(sig !== lastSig ? describe(lastSig, sig) : '');
    }
    lastSig = sig;
    ticks++;
  }

  const nativeRaf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb: FrameRequestCallback): number =>
    nativeRaf(function __wtFrame(t: number) {
      if (marking && t !== lastTimestamp) {
        lastTimestamp = t;
        __wtFrameMarker();
      }
      cb(t);
    });

  window.__wtHarness = {
    allCommits,
    fns,
    startCounting() {
      commits = {};
      rendered.clear();
      fns.length = 0;
      counting = true;
    },
    stopCounting() {
      counting = false;
      return { commits: { ...commits }, rendered: [...rendered.values()] };
    },
    ticks: () => ticks,
    startMarking() {
      ticks = 0;
      dirty.length = 0;
      changes.length = 0;
      lastSig = null;
      lastTimestamp = -1;
      marking = true;
    },
    stopMarking() {
      marking = false;
      void sink;
      return { ticks, dirty: [...dirty], changes: [...changes] };
    },
  };
}
