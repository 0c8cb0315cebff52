// Playback of a replay timeline: the tick on screen, play/pause and speed. A plain object outside React: the
// 3D view reads `world` every frame, the scrubber and clock subscribe to tick changes and write the DOM
// directly; only play/pause and speed changes (rare) notify React.
import { STEP_HZ } from '../../sim/core/clock.ts';
import type { WorldState } from '../../sim/world-state.ts';
import type { ReplayTimeline } from './replay-timeline.ts';

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;
/** At most this much replay per animation frame: a stalled tab must not step minutes at once. */
const MAX_FRAME_S = 0.1;

type Listener = () => void;

export class ReplayController {
  tick: number;
  world: WorldState;
  playing = false;
  speed: number = 1;
  private readonly tickListeners = new Set<Listener>();
  private readonly stateListeners = new Set<Listener>();
  private raf = 0;
  private last = 0;
  private carry = 0;

  constructor(readonly timeline: ReplayTimeline) {
    this.tick = timeline.endTick;
    this.world = timeline.finalWorld;
  }

  seek(tick: number): void {
    const t = Math.max(0, Math.min(this.timeline.endTick, Math.round(tick)));
    if (t === this.tick) return;
    this.tick = t;
    this.world = this.timeline.worldAt(t);
    for (const l of this.tickListeners) l();
  }

  play(): void {
    if (this.playing) return;
    if (this.tick >= this.timeline.endTick) this.seek(0);
    this.playing = true;
    this.last = performance.now();
    this.carry = 0;
    this.raf = requestAnimationFrame(this.frame);
    this.emitState();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    cancelAnimationFrame(this.raf);
    this.emitState();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: number): void {
    this.speed = speed;
    this.emitState();
  }

  /** Called on every tick change; returns the unsubscribe. */
  onTick(l: Listener): () => void {
    this.tickListeners.add(l);
    return () => this.tickListeners.delete(l);
  }

  /** Called when playing or speed change (for React's useSyncExternalStore). */
  onState = (l: Listener): (() => void) => {
    this.stateListeners.add(l);
    return () => this.stateListeners.delete(l);
  };

  dispose(): void {
    cancelAnimationFrame(this.raf);
    this.tickListeners.clear();
    this.stateListeners.clear();
  }

  private emitState(): void {
    for (const l of this.stateListeners) l();
  }

  private readonly frame = (now: number): void => {
    if (!this.playing) return;
    const dt = Math.min((now - this.last) / 1000, MAX_FRAME_S);
    this.last = now;
    this.carry += dt * this.speed * STEP_HZ;
    const steps = Math.floor(this.carry);
    this.carry -= steps;
    if (steps > 0) this.seek(this.tick + steps);
    if (this.tick >= this.timeline.endTick) {
      this.pause();
      return;
    }
    this.raf = requestAnimationFrame(this.frame);
  };
}
