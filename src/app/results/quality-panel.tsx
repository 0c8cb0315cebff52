// ISO 5817 quality level per seam and the imperfections found (ISO 6520 number, where, size against the limit,
// cause). Each row is a button: selecting it flies the 3D view to the marker and cuts the macro there.
import { useTranslation } from 'react-i18next';
import type { AttemptResult } from '../../scenario/grading/types.ts';
import type { Scenario } from '../../scenario/model.ts';
import type { Language } from '../i18n/index.ts';
import type { SeamQuality } from './seam-quality.ts';

export interface QualityPanelProps {
  scenario: Scenario;
  result: AttemptResult;
  quality: SeamQuality;
  selected: number | null;
  onSelect: (i: number) => void;
}

const mm = (x: number) => (Math.round(x * 100) / 100).toString();

export function QualityPanel({ scenario, result, quality, selected, onSelect }: QualityPanelProps) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const seams = scenario.spec.rubric.quality?.seams ?? [];
  const qualityComponent = result.breakdown.find((c) => c.component === 'quality');
  return (
    <section className="wt-results-section" aria-labelledby="wt-results-quality">
      <h2 id="wt-results-quality">{t('results.quality.heading')}</h2>
      <ul>
        {seams.map((s) => {
          const item = qualityComponent?.items.find((it) => it.id === s.id);
          // The grading's item detail is "level X, required Y" (src/scenario/grading/components.ts).
          const level = /level (\S+),/.exec(item?.detail ?? '')?.[1] ?? quality.level;
          return (
            <li key={s.id} data-testid="seam-level" data-level={level}>
              {t('results.quality.seamLevel', {
                seam: s.id,
                level: t(`results.quality.levels.${level}`, { defaultValue: level }),
                required: s.required,
              })}
            </li>
          );
        })}
        <li data-testid="bead-level" data-level={quality.level}>
          {t('results.quality.beadLevel', {
            level: t(`results.quality.levels.${quality.level}`),
            length: Math.round(quality.weldedLengthMm),
          })}
        </li>
      </ul>
      <h3>{t('results.quality.imperfections')}</h3>
      {quality.imperfections.length === 0 ? (
        <p>{t('results.quality.none')}</p>
      ) : (
        <table className="wt-results-imperfections" data-testid="imperfections">
          <thead>
            <tr>
              <th scope="col">{t('results.quality.iso')}</th>
              <th scope="col">{t('results.quality.name')}</th>
              <th scope="col">{t('results.quality.where')}</th>
              <th scope="col">{t('results.quality.size')}</th>
              <th scope="col">{t('results.quality.limit', { level: quality.requiredLevel })}</th>
              <th scope="col">{t('results.quality.level')}</th>
              <th scope="col">{t('results.quality.cause')}</th>
            </tr>
          </thead>
          <tbody>
            {quality.imperfections.map((imp, i) => {
              const name = t(`results.iso.${imp.slot}`);
              const lim = imp.limit;
              const limit = !lim.permitted
                ? t('results.quality.notPermitted')
                : lim.maxMm === null
                  ? t('results.quality.noSizeLimit')
                  : t(lim.shortOnly ? 'results.quality.limitShort' : 'results.quality.limitMm', {
                      limit: mm(lim.maxMm),
                    });
              return (
                <tr
                  key={i}
                  data-iso={imp.iso6520}
                  aria-selected={selected === i}
                  className={selected === i ? 'wt-selected' : ''}
                >
                  <td>{imp.iso6520}</td>
                  <td>
                    <button
                      type="button"
                      data-testid="imperfection"
                      aria-pressed={selected === i}
                      aria-label={t('results.quality.select', { name, at: Math.round(imp.atMm) })}
                      onClick={() => onSelect(i)}
                    >
                      {name}
                    </button>
                  </td>
                  <td>
                    {t('results.quality.at', { from: Math.round(imp.startMm), to: Math.round(imp.endMm) })}
                  </td>
                  <td>{t('results.quality.sizeMm', { size: mm(imp.sizeMm) })}</td>
                  <td>{limit}</td>
                  <td>{imp.level}</td>
                  <td>
                    {imp.cause.reproduced
                      ? imp.cause.advice.map((a, k) => <div key={k}>{a[lang]}</div>)
                      : t('results.quality.causeUnknown')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
