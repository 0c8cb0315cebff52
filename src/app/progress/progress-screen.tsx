// The trainee's progress: totals and credit bank, what to practise next, the skill profile (layer × family) with
// history charts, micro-credentials, the attempt list and exports. All text through i18next (progress.*).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry, CredentialDefinition, SkillCell } from '../../scenario/progress/index.ts';
import { attemptRecorder } from '../attempts/default-recorder.ts';
import type { AttemptRecorder } from '../attempts/recorder.ts';
import { AttemptStorageNotice } from '../attempts/storage-notice.tsx';
import { CREDENTIAL_DEFINITIONS } from './credential-definitions.ts';
import { credentialShelf, type CredentialShelf } from './credential-vault.ts';
import { CredentialsPanel } from './credentials-panel.tsx';
import { ExportPanel } from './export-panel.tsx';
import { formatPracticeTime } from './format.ts';
import './i18n.ts';
import { PractiseNext } from './practise-next.tsx';
import './progress.css';
import { SkillDetail } from './skill-detail.tsx';
import { SkillMatrix } from './skill-matrix.tsx';
import { useTrainee } from './trainee.ts';
import { useProgress } from './use-progress.ts';

export interface ProgressScreenProps {
  /** The scenarios the app offers (catalogueEntry(spec) of each): titles, suggestions, curriculum. */
  catalogue: readonly CatalogueEntry[];
  /** Start a scenario from a suggestion. */
  onPractise?(scenarioId: string): void;
  onClose?(): void;
  /** @default the app's recorder */
  recorder?: AttemptRecorder;
  /** @default credentials/*.json */
  definitions?: readonly CredentialDefinition[];
  /** @default IndexedDB */
  shelf?: CredentialShelf;
}

export function ProgressScreen({
  catalogue,
  onPractise,
  onClose,
  recorder = attemptRecorder(),
  definitions = CREDENTIAL_DEFINITIONS,
  shelf = credentialShelf(),
}: ProgressScreenProps) {
  const { t, i18n } = useTranslation();
  const [trainee, setName] = useTrainee();
  const data = useProgress(recorder, trainee.id, catalogue, definitions);
  const [open, setOpen] = useState<{ layer: string; family: string } | null>(null);
  const openCell: SkillCell | undefined = open
    ? data.profile.cells.find((c) => c.skillLayer === open.layer && c.robotFamily === open.family)
    : undefined;
  const practise = onPractise ? { onPractise } : {};
  return (
    <div
      className="wt-panel wt-progress"
      role="region"
      aria-labelledby="wt-progress-title"
      data-testid="progress-screen"
    >
      <header className="wt-progress-header">
        <h2 id="wt-progress-title">{t('progress.title')}</h2>
        <label>
          {t('progress.traineeName')}{' '}
          <input
            value={trainee.name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            data-testid="trainee-name"
          />
        </label>
        {onClose ? (
          <button type="button" className="wt-button wt-secondary" onClick={onClose}>
            {t('progress.close')}
          </button>
        ) : null}
      </header>
      <AttemptStorageNotice recorder={recorder} />
      {data.loading ? (
        <p>{t('progress.loading')}</p>
      ) : (
        <>
          <p data-testid="progress-summary">
            {t('progress.summary', {
              count: data.summaries.length,
              time: formatPracticeTime(data.profile.practiceS, i18n.language),
              credits: data.credentials.creditBank,
            })}
          </p>
          {data.summaries.length === 0 ? <p className="wt-muted">{t('progress.empty')}</p> : null}
          {openCell ? (
            <SkillDetail cell={openCell} onBack={() => setOpen(null)} {...practise} />
          ) : (
            <>
              <PractiseNext suggestions={data.profile.next} {...practise} />
              <SkillMatrix
                profile={data.profile}
                onOpen={(c) => setOpen({ layer: c.skillLayer, family: c.robotFamily })}
              />
            </>
          )}
          <CredentialsPanel report={data.credentials} catalogue={catalogue} trainee={trainee} shelf={shelf} />
          <ExportPanel attempts={data.attempts} catalogue={catalogue} trainee={trainee} recorder={recorder} />
        </>
      )}
    </div>
  );
}
