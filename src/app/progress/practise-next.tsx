// "Practise next": the scenarios that train the trainee's weakest points, or the next step of the curriculum.
import { useTranslation } from 'react-i18next';
import type { PracticeSuggestion } from '../../scenario/progress/index.ts';
import { formatScore } from './format.ts';

export interface PractiseNextProps {
  suggestions: readonly PracticeSuggestion[];
  onPractise?(scenarioId: string): void;
}

export function PractiseNext({ suggestions, onPractise }: PractiseNextProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const title = (s: PracticeSuggestion) => (lang === 'zh-CN' ? s.title['zh-CN'] : s.title.en);
  return (
    <section className="wt-practise-next" aria-labelledby="wt-practise-next" data-testid="practise-next">
      <h3 id="wt-practise-next">{t('progress.next.title')}</h3>
      {suggestions.length === 0 ? <p className="wt-muted">{t('progress.next.none')}</p> : null}
      <ul>
        {suggestions.map((s) => (
          <li key={s.scenarioId}>
            <p>
              {s.reason
                ? t('progress.next.because', {
                    component: t(`progress.components.${s.reason.component}`),
                    points: formatScore(s.reason.lostPerAttempt, lang),
                  })
                : t('progress.next.curriculum', {
                    family: t(`progress.families.${s.robotFamily}`),
                    level: s.level,
                  })}
            </p>
            {onPractise ? (
              <button type="button" className="wt-button" onClick={() => onPractise(s.scenarioId)}>
                {t('progress.next.practise', { title: title(s) })}
              </button>
            ) : (
              <strong>{title(s)}</strong>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
