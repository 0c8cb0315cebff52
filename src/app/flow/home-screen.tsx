// The first screen: language, what to do (a graded scenario, the free cell, a competition), the scenarios by robot
// family and skill layer with level, time and the trainee's best grade, the resume offer, and the way to the
// progress screen.
import { useTranslation } from 'react-i18next';
import { ROBOT_FAMILIES, SKILL_LAYERS } from '../../scenario/progress/index.ts';
import { attemptRecorder, ResumePrompt } from '../attempts/index.ts';
import '../competition/i18n.ts';
import { useTrainee } from '../progress/trainee.ts';
import { LanguageSwitch } from '../hud/language-switch.tsx';
import { useSimStore } from '../stores/sim-store.ts';
import { useBestGrades, type Best } from './best-grades.ts';
import { fileLabel } from './catalogue.ts';
import { useFlowStore, type CatalogueItem, type FlowState } from './flow-store.ts';
import { continueResume, discardResume, refreshCatalogue } from './runtime.ts';
import { pick } from './text.ts';

function ScenarioCard({ item, best }: { item: CatalogueItem; best: Best | undefined }) {
  const { t, i18n } = useTranslation();
  const open = useFlowStore((s) => s.set);
  const s = item.scenario!;
  const spec = s.spec;
  return (
    <li className="wt-flow-card" data-testid={`scenario-${spec.id}`}>
      <button
        type="button"
        className="wt-flow-card-open"
        onClick={() => open({ screen: 'briefing', current: s, error: null })}
      >
        <span className="wt-flow-card-title">{pick(spec.title, i18n.language)}</span>
        <span className="wt-flow-meta">
          {t('flow.home.level', { level: spec.level })} ·{' '}
          {t('flow.home.minutes', { minutes: spec.estimatedMinutes })}
        </span>
        <span
          className={`wt-flow-best ${best ? (best.passed ? 'wt-pass' : 'wt-fail') : ''}`}
          data-testid="best-grade"
        >
          {best ? t('flow.home.best', { grade: best.grade, score: best.score }) : t('flow.home.notTried')}
        </span>
      </button>
    </li>
  );
}

function BrokenCard({ item }: { item: CatalogueItem }) {
  const { t } = useTranslation();
  return (
    <li className="wt-flow-card wt-flow-broken" data-testid="scenario-broken">
      <span className="wt-flow-card-title">{fileLabel(item.file)}</span>
      <span className="wt-flow-meta">{t('flow.home.broken')}</span>
      <pre className="wt-flow-diagnostics">{item.diagnostics.join('\n')}</pre>
    </li>
  );
}

function ScenarioList({ items }: { items: CatalogueItem[] }) {
  const { t } = useTranslation();
  const [trainee] = useTrainee();
  const best = useBestGrades(attemptRecorder(), trainee.id);
  const ok = items.filter((i) => i.scenario);
  const broken = items.filter((i) => !i.scenario);
  if (items.length === 0) return <p>{t('flow.home.empty')}</p>;
  return (
    <div className="wt-flow-list" data-testid="scenario-list">
      {ROBOT_FAMILIES.map((family) => {
        const ofFamily = ok.filter((i) => i.scenario!.spec.robotFamily === family);
        if (ofFamily.length === 0) return null;
        return (
          <section key={family} className="wt-flow-family" aria-labelledby={`wt-family-${family}`}>
            <h3 id={`wt-family-${family}`}>{t(`flow.families.${family}`)}</h3>
            {SKILL_LAYERS.map((layer) => {
              const cell = ofFamily
                .filter((i) => i.scenario!.spec.skillLayer === layer)
                .sort((a, b) => a.scenario!.spec.level - b.scenario!.spec.level);
              if (cell.length === 0) return null;
              return (
                <div key={layer} className="wt-flow-layer">
                  <h4>{t(`flow.layers.${layer}`)}</h4>
                  <ul>
                    {cell.map((i) => (
                      <ScenarioCard key={i.file} item={i} best={best.get(i.scenario!.spec.id)} />
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
      {broken.length > 0 && (
        <section className="wt-flow-family">
          <ul>
            {broken.map((i) => (
              <BrokenCard key={i.file} item={i} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The interrupted attempt's scenario, and the event and round when it is a competition attempt. */
function resumeTitle(
  resume: NonNullable<FlowState['resume']>,
  lang: string,
  t: (key: string, values: Record<string, string>) => string,
): string {
  const title = resume.scenario ? pick(resume.scenario.spec.title, lang) : resume.attempt.scenarioId;
  const tag = resume.attempt.competition;
  return tag ? t('competition.resume', { title, event: tag.eventName, round: tag.roundName }) : title;
}

export function HomeScreen() {
  const { t, i18n } = useTranslation();
  const catalogue = useFlowStore((s) => s.catalogue);
  const catalogueError = useFlowStore((s) => s.catalogueError);
  const resume = useFlowStore((s) => s.resume);
  const error = useFlowStore((s) => s.error);
  const goFree = useFlowStore((s) => s.goFree);
  const set = useFlowStore((s) => s.set);
  const leaveScenarioCell = () => {
    useSimStore.getState().detachRun();
    goFree();
  };
  return (
    <div className="wt-flow-screen wt-flow-home" role="main" data-testid="home-screen">
      <header className="wt-flow-header">
        <div>
          <h1 className="wt-title">{t('flow.home.title')}</h1>
          <div className="wt-subtitle">{t('flow.home.subtitle')}</div>
        </div>
        <LanguageSwitch />
      </header>
      {resume && (
        <ResumePrompt
          attempt={resume.attempt}
          scenarioTitle={resumeTitle(resume, i18n.language, t)}
          missing={!resume.scenario}
          onContinue={continueResume}
          onDiscard={() => void discardResume()}
        />
      )}
      {error && (
        <p className="wt-notice" role="alert">
          {error}
        </p>
      )}
      <nav className="wt-flow-modes" aria-label={t('flow.home.mode')}>
        <button type="button" className="wt-flow-mode" data-testid="home-free" onClick={leaveScenarioCell}>
          <strong>{t('flow.home.free')}</strong>
          <span>{t('flow.home.freeHint')}</span>
        </button>
        <button
          type="button"
          className="wt-flow-mode"
          data-testid="home-progress"
          onClick={() => set({ screen: 'progress' })}
        >
          <strong>{t('flow.home.progress')}</strong>
        </button>
        <button
          type="button"
          className="wt-flow-mode"
          data-testid="home-competition"
          onClick={() => set({ screen: 'competition', error: null })}
        >
          <strong>{t('competition.entry')}</strong>
          <span>{t('competition.entryHint')}</span>
        </button>
      </nav>
      <h2>{t('flow.home.practice')}</h2>
      <p className="wt-muted">{t('flow.home.practiceHint')}</p>
      {catalogueError ? (
        <p className="wt-notice" role="alert">
          {t('flow.home.loadFailed', { message: catalogueError })}{' '}
          <button type="button" className="wt-button" onClick={() => void refreshCatalogue()}>
            {t('flow.home.retry')}
          </button>
        </p>
      ) : catalogue === null ? (
        <p aria-busy="true">{t('flow.home.loading')}</p>
      ) : (
        <ScenarioList items={catalogue} />
      )}
    </div>
  );
}
