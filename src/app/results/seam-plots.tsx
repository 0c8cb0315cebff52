// Current, voltage, travel speed, work and travel angle and CTWD along the seam (x = position, mm), one uPlot
// chart each, with the nominal band shaded where one exists. Drawn once when the results open (no per-frame work).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { resultsProbe } from './results-probe.ts';
import { SERIES_KEYS, type NominalBand, type SeamSeries, type SeriesKey } from './seam-series.ts';

const WIDTH = 340;
const HEIGHT = 130;
const LINE = '#1f6fd1';
const BAND = 'rgba(63, 174, 90, 0.22)';

function bandPlugin(band: NominalBand | undefined): uPlot.Plugin {
  return {
    hooks: {
      drawClear: [
        (u) => {
          if (!band) return;
          const ctx = u.ctx;
          const top = u.valToPos(band.max, 'y', true);
          const bottom = u.valToPos(band.min, 'y', true);
          ctx.save();
          ctx.fillStyle = BAND;
          ctx.fillRect(u.bbox.left, Math.min(top, bottom), u.bbox.width, Math.abs(bottom - top));
          ctx.restore();
        },
      ],
      ready: [
        () => {
          resultsProbe.plotsDrawn++;
        },
      ],
    },
  };
}

function SeamPlot({
  series,
  k,
  title,
  xLabel,
}: {
  series: SeamSeries;
  k: SeriesKey;
  title: string;
  xLabel: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const ys = series.values[k];
    const band = series.bands[k];
    let lo = Math.min(...ys, band?.min ?? Infinity);
    let hi = Math.max(...ys, band?.max ?? -Infinity);
    if (!(hi > lo)) {
      lo -= 1;
      hi += 1;
    }
    const pad = (hi - lo) * 0.08;
    const plot = new uPlot(
      {
        width: WIDTH,
        height: HEIGHT,
        title,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false }, y: { range: [lo - pad, hi + pad] } },
        axes: [{ label: xLabel, size: 36, labelSize: 14 }, { size: 44 }],
        series: [{}, { label: title, stroke: LINE, width: 1.5, points: { show: false } }],
        plugins: [bandPlugin(band)],
      },
      [series.xMm, ys],
      el,
    );
    return () => plot.destroy();
  }, [series, k, title, xLabel]);
  return <div ref={host} className="wt-results-plot" data-testid={`plot-${k}`} />;
}

export function SeamPlots({ series }: { series: SeamSeries }) {
  const { t } = useTranslation();
  if (series.xMm.length === 0) return <p>{t('results.plots.empty')}</p>;
  return (
    <div className="wt-results-plots">
      {SERIES_KEYS.map((k) => {
        const band = series.bands[k];
        return (
          <figure key={k}>
            <SeamPlot
              series={series}
              k={k}
              title={t(`results.plots.series.${k}`)}
              xLabel={t('results.plots.x')}
            />
            {band && (
              <figcaption>
                {t('results.plots.band')}: {band.min.toFixed(1)}–{band.max.toFixed(1)} (
                {band.source.kind === 'scenario'
                  ? t('results.plots.bandScenario')
                  : t('results.plots.bandModel')}
                )
              </figcaption>
            )}
          </figure>
        );
      })}
    </div>
  );
}
