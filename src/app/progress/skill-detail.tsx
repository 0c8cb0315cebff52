// One skill cell in detail: the score history chart and where points are lost.
import { useTranslation } from 'react-i18next';
import { RECENT_ATTEMPTS, type SkillCell } from '../../scenario/progress/index.ts';
import { formatScore, formatWhen } from './format.ts';
import { PractiseNext } from './practise-next.tsx';
import { ScoreChart } from './score-chart.tsx';

export interface SkillDetailProps {
  cell: SkillCell;
  passScore?: number;
  onBack(): void;
  onPractise?(scenarioId: string): void;
}

export function SkillDetail({ cell, passScore = 60, onBack, onPractise }: SkillDetailProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const points = cell.history.map((p) => ({
    score: p.score,
    label: `${formatWhen(p.finishedAtMs, lang)} — ${p.scenarioId}: ${formatScore(p.score, lang)} (${p.grade})`,
  }));
  return (
    <section className="wt-skill-detail" data-testid="skill-detail">
      <h3>
        {t(`progress.layers.${cell.skillLayer}`)} — {t(`progress.families.${cell.robotFamily}`)}
      </h3>
      <p>{t(`progress.trend.${cell.trend.direction}`)}</p>
      <h4>{t('progress.detail.history')}</h4>
      <ScoreChart
        points={points}
        passScore={passScore}
        passLabel={t('progress.detail.passLine', { pass: passScore })}
        ariaLabel={t('progress.detail.chartLabel', { count: points.length, pass: passScore })}
      />
      <h4>{t('progress.detail.weakest', { count: Math.min(RECENT_ATTEMPTS, cell.attempts) })}</h4>
      {cell.weakest.length === 0 ? (
        <p className="wt-muted">{t('progress.detail.noWeakPoints')}</p>
      ) : (
        <ul className="wt-weak-points">
          {cell.weakest.map((w) => (
            <li key={w.component}>
              <span>{t(`progress.components.${w.component}`)}</span>{' '}
              <span className="wt-muted">
                {t('progress.detail.lostPerAttempt', { points: formatScore(w.lostPerAttempt, lang) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {cell.next ? <PractiseNext suggestions={[cell.next]} {...(onPractise ? { onPractise } : {})} /> : null}
      <button type="button" className="wt-button wt-secondary" onClick={onBack}>
        {t('progress.detail.back')}
      </button>
    </section>
  );
}
