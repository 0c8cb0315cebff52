// Offered on start-up when a crash or reload interrupted an attempt: continue it from the same step, or drop it.
import { useTranslation } from 'react-i18next';
import '../progress/i18n.ts';
import { STEP_S } from '../../sim/core/clock.ts';
import type { StoredAttempt } from './types.ts';

export interface ResumePromptProps {
  attempt: StoredAttempt;
  /** The scenario's title in the current language. */
  scenarioTitle: string;
  /** The scenario version is no longer installed: only discarding is possible. */
  missing?: boolean;
  onContinue(): void;
  onDiscard(): void;
}

/** m:ss of simulated time. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function ResumePrompt({
  attempt,
  scenarioTitle,
  missing = false,
  onContinue,
  onDiscard,
}: ResumePromptProps) {
  const { t } = useTranslation();
  return (
    <div
      className="wt-panel wt-resume"
      role="dialog"
      aria-labelledby="wt-resume-title"
      data-testid="resume-prompt"
    >
      <h2 id="wt-resume-title">{t('progress.resume.title')}</h2>
      <p>
        {missing
          ? t('progress.resume.missing', { scenario: scenarioTitle, version: String(attempt.version) })
          : t('progress.resume.body', { scenario: scenarioTitle, time: clockText(attempt.tick * STEP_S) })}
      </p>
      <div className="wt-row">
        {missing ? null : (
          <button
            type="button"
            className="wt-button"
            data-testid="resume-continue"
            onClick={onContinue}
            autoFocus
          >
            {t('progress.resume.continue')}
          </button>
        )}
        <button
          type="button"
          className="wt-button wt-secondary"
          data-testid="resume-discard"
          onClick={onDiscard}
        >
          {t('progress.resume.discard')}
        </button>
      </div>
    </div>
  );
}
