// Arc sound with Web Audio: the hiss/crackle of a short-circuit MIG arc from filtered noise, gated by the
// arc phase and the mute switch. Built on the first user gesture (browsers only start audio after one);
// updated only when the arc or mute state changes, never per frame.
import { probe } from '../probe.ts';
import { useSimStore } from '../stores/sim-store.ts';
import { useUIStore } from '../stores/ui-store.ts';

/** Loudness of a burning arc relative to full scale (comfortable, not startling). */
const ARC_GAIN = 0.22;
/** Ramp time so the arc does not click on and off, s. */
const RAMP_S = 0.04;

interface ArcAudio {
  ctx: AudioContext;
  gain: GainNode;
}

let audio: ArcAudio | null = null;

function build(): ArcAudio | null {
  const Ctor = window.AudioContext;
  if (!Ctor) return null;
  const ctx = new Ctor();
  const seconds = 2;
  const buffer = ctx.createBuffer(1, ctx.sampleRate * seconds, ctx.sampleRate);
  const data = buffer.getChannelData(0);
  // White noise with sparse loud clicks: the crackle of droplets shorting the arc (~80 per second).
  let x = 0x2545f491;
  const clickEvery = Math.round(ctx.sampleRate / 80);
  for (let i = 0; i < data.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const n = (x >>> 0) / 2147483648 - 1;
    data[i] = n * 0.35 + (i % clickEvery < 24 ? n * 0.9 : 0);
  }
  const source = ctx.createBufferSource();
  source.buffer = buffer;
  source.loop = true;
  const hiss = ctx.createBiquadFilter();
  hiss.type = 'bandpass';
  hiss.frequency.value = 3200;
  hiss.Q.value = 0.6;
  const body = ctx.createBiquadFilter();
  body.type = 'lowpass';
  body.frequency.value = 900;
  const gain = ctx.createGain();
  gain.gain.value = 0;
  source.connect(hiss).connect(gain);
  source.connect(body).connect(gain);
  gain.connect(ctx.destination);
  source.start();
  return { ctx, gain };
}

function apply(): void {
  const on = useSimStore.getState().view.arcOn && !useUIStore.getState().muted;
  const target = on ? ARC_GAIN : 0;
  probe.audio.gain = target;
  if (!audio) return;
  audio.gain.gain.setTargetAtTime(target, audio.ctx.currentTime, RAMP_S);
  probe.audio.running = audio.ctx.state === 'running';
}

/** Wires the arc sound to the stores; returns the cleanup. */
export function installArcSound(): () => void {
  const start = () => {
    if (!audio) audio = build();
    void audio?.ctx.resume().then(apply);
    apply();
  };
  window.addEventListener('pointerdown', start, { once: true });
  window.addEventListener('keydown', start, { once: true });
  const unsubSim = useSimStore.subscribe((s, prev) => {
    if (s.revision !== prev.revision) apply();
  });
  const unsubUI = useUIStore.subscribe((s, prev) => {
    if (s.muted !== prev.muted) apply();
  });
  return () => {
    window.removeEventListener('pointerdown', start);
    window.removeEventListener('keydown', start);
    unsubSim();
    unsubUI();
    void audio?.ctx.close();
    audio = null;
  };
}
