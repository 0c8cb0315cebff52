// Score out of 100, grade, pass/fail and why, and every breakdown item with the points it lost and the
// bilingual coaching for them (src/scenario/grading).
import { useTranslation } from 'react-i18next';
import type { AttemptResult, ComponentResult } from '../../scenario/grading/types.ts';
import type { Language } from '../i18n/index.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Points of the 100 an item cost: its share of the component's points, times the component's weight. */
export function itemPointsLost(c: ComponentResult, itemIndex: number): number {
  const total = c.items.reduce((s, it) => s + it.max, 0);
  const it = c.items[itemIndex]!;
  return total > 0 ? round1((c.weight * (it.max - it.earned)) / total) : 0;
}

export function ScorePanel({ result }: { result: AttemptResult }) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return (
    <section className="wt-results-section" aria-labelledby="wt-results-score">
      <h2 id="wt-results-score">{t('results.score.heading')}</h2>
      <p className="wt-results-score">
        <strong data-testid="results-score">{t('results.score.outOf', { score: result.score })}</strong>{' '}
        <span data-testid="results-grade" data-grade={result.grade}>
          {t('results.score.grade', { grade: result.grade })}
        </span>{' '}
        <span data-testid="results-passed" className={result.passed ? 'wt-pass' : 'wt-fail'}>
          {result.passed ? t('results.score.passed') : t('results.score.failed')}
        </span>
      </p>
      <p>
        {t('results.score.duration', {
          time: result.durationS.toFixed(1),
          reason: t(`results.score.endReasons.${result.endReason}`),
        })}
      </p>
      {result.failReasons.length > 0 && (
        <>
          <h3>{t('results.score.failReasons')}</h3>
          <ul data-testid="results-fail-reasons">
            {result.failReasons.map((r, i) => (
              <li key={i}>{r[lang]}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('results.score.breakdown')}</h3>
      {result.breakdown.map((c) => (
        <div key={c.component} className="wt-results-component" data-component={c.component}>
          <h4>
            {t(`results.score.components.${c.component}`)} ·{' '}
            {t('results.score.points', { points: c.points, weight: c.weight })}
          </h4>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('results.score.item')}</th>
                <th scope="col">{t('results.score.earned')}</th>
                <th scope="col">{t('results.score.lost')}</th>
                <th scope="col">{t('results.score.advice')}</th>
              </tr>
            </thead>
            <tbody>
              {c.items.map((it, i) => {
                const coaching = result.coaching.find(
                  (x) => x.component === c.component && x.itemId === it.id,
                );
                const lost = coaching?.pointsLost ?? itemPointsLost(c, i);
                return (
                  <tr key={it.id} data-item={it.id}>
                    <th scope="row" title={it.detail}>
                      {it.label[lang]}
                    </th>
                    <td>
                      {round1(it.earned)} / {round1(it.max)}
                    </td>
                    <td data-testid="points-lost">{lost > 0 ? `−${lost}` : '0'}</td>
                    <td>{coaching ? coaching.advice[lang] : lost > 0 ? '' : t('results.score.noLoss')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
