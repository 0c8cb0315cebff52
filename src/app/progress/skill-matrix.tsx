// The skill profile as a table: skill layers down, robot families across; each cell best / last / trend.
import { useTranslation } from 'react-i18next';
import {
  ROBOT_FAMILIES,
  SKILL_LAYERS,
  type SkillCell,
  type SkillProfile,
} from '../../scenario/progress/index.ts';
import { formatPracticeTime, formatScore } from './format.ts';

const TREND_ARROW = { new: '·', improving: '↗', steady: '→', declining: '↘' } as const;

export interface SkillMatrixProps {
  profile: SkillProfile;
  onOpen(cell: SkillCell): void;
}

export function SkillMatrix({ profile, onOpen }: SkillMatrixProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const cellAt = (layer: string, family: string) =>
    profile.cells.find((c) => c.skillLayer === layer && c.robotFamily === family)!;
  return (
    <table className="wt-skill-matrix" data-testid="skill-matrix">
      <caption>{t('progress.matrix.caption')}</caption>
      <thead>
        <tr>
          <td />
          {ROBOT_FAMILIES.map((f) => (
            <th key={f} scope="col">
              {t(`progress.families.${f}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {SKILL_LAYERS.map((layer) => (
          <tr key={layer}>
            <th scope="row">{t(`progress.layers.${layer}`)}</th>
            {ROBOT_FAMILIES.map((family) => {
              const c = cellAt(layer, family);
              const name = t('progress.matrix.open', {
                layer: t(`progress.layers.${layer}`),
                family: t(`progress.families.${family}`),
              });
              return (
                <td key={family} data-testid={`skill-${layer}-${family}`}>
                  {c.attempts === 0 ? (
                    <span className="wt-muted">{t('progress.matrix.notStarted')}</span>
                  ) : (
                    <button
                      type="button"
                      className="wt-skill-cell"
                      aria-label={name}
                      title={name}
                      onClick={() => onOpen(c)}
                    >
                      <span className="wt-skill-best">
                        {t('progress.matrix.best', {
                          score: formatScore(c.best!.score, lang),
                          grade: c.best!.grade,
                        })}
                      </span>
                      <span>
                        {t('progress.matrix.last', {
                          score: formatScore(c.last!.score, lang),
                          grade: c.last!.grade,
                        })}{' '}
                        <span
                          aria-label={t(`progress.trend.${c.trend.direction}`)}
                          title={t(`progress.trend.${c.trend.direction}`)}
                        >
                          {TREND_ARROW[c.trend.direction]}
                        </span>
                      </span>
                      <span className="wt-muted">
                        {t('progress.matrix.attempts', { count: c.attempts, passed: c.passed })}
                      </span>
                      <span className="wt-muted">
                        {t('progress.matrix.time', { time: formatPracticeTime(c.practiceS, lang) })}
                      </span>
                    </button>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
