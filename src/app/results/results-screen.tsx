// The results of one attempt: score breakdown with coaching, ISO 5817 level and imperfections (listed and marked
// on the bead in a 3D view), a macro section, plots along the seam and a replay with a timeline. The attempt is
// re-run once through the pure engine; everything shown comes from that replay. Loaded lazily with uPlot.
import './i18n.ts';
import './results.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../hud/language-switch.tsx';
import { closeResults, type ResultsInput } from './results-store.ts';
import { buildReplayTimeline, type ReplayTimeline } from './replay-timeline.ts';
import { ReplayController } from './replay-controller.ts';
import { seamQuality } from './seam-quality.ts';
import { seamSeries } from './seam-series.ts';
import { resultsProbe } from './results-probe.ts';
import { ScorePanel } from './score-panel.tsx';
import { QualityPanel } from './quality-panel.tsx';
import { MacroPanel } from './macro-panel.tsx';
import { SeamPlots } from './seam-plots.tsx';
import { ReplayBar } from './replay-bar.tsx';
import { ResultsCellView } from './results-cell-view.tsx';

function Loaded({ input, timeline }: { input: ResultsInput; timeline: ReplayTimeline }) {
  const { t } = useTranslation();
  const controller = useMemo(() => new ReplayController(timeline), [timeline]);
  useEffect(() => () => controller.dispose(), [controller]);
  const world = timeline.finalWorld;
  const quality = useMemo(() => seamQuality(world, input.scenario), [world, input.scenario]);
  const series = useMemo(() => seamSeries(world, input.scenario), [world, input.scenario]);
  const [selected, setSelected] = useState<number | null>(null);
  const first = quality.imperfections[0];
  const xs = world.bead.seamMm;
  const [macroMm, setMacroMm] = useState(() =>
    first ? first.atMm : xs.length ? (Math.min(...xs) + Math.max(...xs)) / 2 : 0,
  );
  const select = useCallback(
    (i: number) => {
      setSelected(i);
      const imp = quality.imperfections[i];
      if (imp) setMacroMm(imp.atMm);
    },
    [quality],
  );
  useEffect(() => {
    resultsProbe.ready = true;
    return () => {
      resultsProbe.ready = false;
    };
  }, []);
  const r = timeline.result;
  const mismatch = r.score !== input.result.score || r.grade !== input.result.grade;
  return (
    <>
      {mismatch && (
        <p role="alert" className="wt-results-warning">
          {t('results.replayMismatch', { score: r.score, grade: r.grade })}
        </p>
      )}
      <div className="wt-results-grid">
        <ScorePanel result={input.result} />
        <div>
          <QualityPanel
            scenario={input.scenario}
            result={input.result}
            quality={quality}
            selected={selected}
            onSelect={select}
          />
          <section className="wt-results-section" aria-labelledby="wt-results-view">
            <h2 id="wt-results-view">{t('results.view.heading')}</h2>
            <div className="wt-results-canvas-box">
              <ResultsCellView
                controller={controller}
                imperfections={quality.imperfections}
                selected={selected}
                onSelect={select}
                label={t('results.view.canvas')}
              />
            </div>
            <ReplayBar controller={controller} />
          </section>
          <MacroPanel world={world} atMm={macroMm} onAt={setMacroMm} />
        </div>
      </div>
      <section className="wt-results-section" aria-labelledby="wt-results-plots">
        <h2 id="wt-results-plots">{t('results.plots.heading')}</h2>
        <SeamPlots series={series} />
      </section>
    </>
  );
}

export default function ResultsScreen({ input }: { input: ResultsInput }) {
  const { t, i18n } = useTranslation();
  const [timeline, setTimeline] = useState<ReplayTimeline | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setTimeline(null);
    setError(null);
    // Let the "replaying" line paint before the (about a second of) replay blocks the thread.
    const id = setTimeout(() => {
      try {
        setTimeline(buildReplayTimeline(input.scenario, input.attempt));
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    }, 30);
    return () => clearTimeout(id);
  }, [input]);
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return (
    <div
      className="wt-results"
      role="dialog"
      aria-modal="true"
      aria-labelledby="wt-results-title"
      data-testid="results"
      // Keys pressed here drive the results, not the cell's shortcuts behind it.
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') closeResults();
      }}
    >
      <header className="wt-results-header">
        <h1 id="wt-results-title">
          {t('results.title')} · {input.scenario.spec.title[lang]}
        </h1>
        <LanguageSwitch />
        <button type="button" data-testid="results-close" onClick={closeResults} autoFocus>
          {t('results.close')}
        </button>
      </header>
      {error ? (
        <p role="alert">{error}</p>
      ) : timeline ? (
        <Loaded input={input} timeline={timeline} />
      ) : (
        <p aria-live="polite">{t('results.loading')}</p>
      )}
    </div>
  );
}
