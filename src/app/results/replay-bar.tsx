// Replay controls: play/pause, speed, a scrubber over the whole attempt with a marker per event (arc on/off,
// faults, safety events, phase changes). The scrubber and clock follow playback through a subscription that
// writes the DOM directly: no React render per frame.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_HZ } from '../../sim/core/clock.ts';
import { SPEEDS, type ReplayController } from './replay-controller.ts';

export function ReplayBar({ controller }: { controller: ReplayController }) {
  const { t } = useTranslation();
  const playing = useSyncExternalStore(controller.onState, () => controller.playing);
  const speed = useSyncExternalStore(controller.onState, () => controller.speed);
  const scrubber = useRef<HTMLInputElement>(null);
  const clock = useRef<HTMLOutputElement>(null);
  const end = controller.timeline.endTick;
  const total = (end / STEP_HZ).toFixed(1);
  useEffect(() => {
    const update = () => {
      if (scrubber.current) scrubber.current.value = String(controller.tick);
      if (clock.current)
        clock.current.textContent = t('results.replay.time', {
          time: (controller.tick / STEP_HZ).toFixed(1),
          total,
        });
    };
    update();
    return controller.onTick(update);
  }, [controller, t, total]);
  return (
    <section className="wt-results-section wt-results-replay" aria-labelledby="wt-results-replay">
      <h2 id="wt-results-replay">{t('results.replay.heading')}</h2>
      <div className="wt-results-replay-buttons">
        <button type="button" data-testid="replay-start" onClick={() => controller.seek(0)}>
          ⏮ {t('results.replay.toStart')}
        </button>
        <button
          type="button"
          data-testid="replay-play"
          aria-pressed={playing}
          onClick={() => controller.toggle()}
        >
          {playing ? `⏸ ${t('results.replay.pause')}` : `▶ ${t('results.replay.play')}`}
        </button>
        <button type="button" data-testid="replay-end" onClick={() => controller.seek(end)}>
          ⏭ {t('results.replay.toEnd')}
        </button>
        {SPEEDS.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={speed === s}
            data-testid={`replay-speed-${s}`}
            onClick={() => controller.setSpeed(s)}
          >
            {t('results.replay.speed', { speed: s })}
          </button>
        ))}
        <output ref={clock} data-testid="replay-clock" />
      </div>
      <div className="wt-results-timeline">
        <input
          ref={scrubber}
          type="range"
          min={0}
          max={end}
          step={1}
          defaultValue={controller.tick}
          aria-label={t('results.replay.scrubber')}
          data-testid="replay-scrubber"
          onInput={(e) => controller.seek(Number(e.currentTarget.value))}
        />
        <div className="wt-results-markers">
          {controller.timeline.markers.map((m, i) => {
            const kind = t(`results.replay.markers.${m.kind}`);
            const label = t('results.replay.marker', {
              kind,
              time: (m.tick / STEP_HZ).toFixed(1),
              code: m.code,
            });
            return (
              <button
                key={i}
                type="button"
                className={`wt-marker wt-marker-${m.kind}`}
                style={{ left: `${(100 * m.tick) / Math.max(end, 1)}%` }}
                title={label}
                aria-label={label}
                data-kind={m.kind}
                onClick={() => controller.seek(m.tick)}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}
