// The macro section at a chosen position along the seam (a slider over the welded length).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorldState } from '../../sim/world-state.ts';
import { macroAt, type DimensionKey } from './macro-model.ts';
import { MacroSvg } from './macro-svg.tsx';

const DIMS: readonly DimensionKey[] = [
  'legA',
  'legB',
  'throat',
  'penetration',
  'reinforcement',
  'width',
  'thickness',
];

export function MacroPanel({
  world,
  atMm,
  onAt,
}: {
  world: WorldState;
  atMm: number;
  onAt: (mm: number) => void;
}) {
  const { t } = useTranslation();
  const xs = world.bead.seamMm;
  const lo = xs.length ? Math.floor(Math.min(...xs)) : 0;
  const hi = xs.length ? Math.ceil(Math.max(...xs)) : 0;
  const model = useMemo(() => macroAt(world, atMm), [world, atMm]);
  const labels = Object.fromEntries(DIMS.map((k) => [k, t(`results.macro.dim.${k}`)])) as Record<
    DimensionKey,
    string
  >;
  return (
    <section className="wt-results-section" aria-labelledby="wt-results-macro">
      <h2 id="wt-results-macro">{t('results.macro.heading')}</h2>
      {!model ? (
        <p>{t('results.macro.empty')}</p>
      ) : (
        <>
          <label className="wt-results-slider">
            {t('results.macro.position')}
            <input
              type="range"
              min={lo}
              max={hi}
              step={1}
              value={Math.round(model.seamMm)}
              data-testid="macro-position"
              onChange={(e) => onAt(Number(e.currentTarget.value))}
            />
            <output>{t('results.macro.at', { at: Math.round(model.seamMm) })}</output>
          </label>
          <MacroSvg
            model={model}
            labels={labels}
            title={t('results.macro.svgTitle', { at: Math.round(model.seamMm) })}
          />
          {model.fillet && <p className="wt-results-note">{t('results.macro.legNote')}</p>}
        </>
      )}
    </section>
  );
}
