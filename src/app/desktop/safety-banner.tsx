// Safety state, arc phase and the helmet warning; re-renders only when one of them changes.
import { useTranslation } from 'react-i18next';
import * as c from '../controls/commands.ts';
import { useSimStore } from '../stores/sim-store.ts';
import { useUIStore } from '../stores/ui-store.ts';
import { useSimView } from './use-sim-revision.ts';

export function SafetyBanner() {
  const { t } = useTranslation();
  const v = useSimView();
  const family = useSimStore((s) => s.family);
  const muted = useUIStore((s) => s.muted);
  const helmetWarning = v.arcOn && !v.helmetDown;
  return (
    <section className="wt-safety" aria-live="polite" data-testid="safety">
      <span className={`wt-badge wt-safety-${v.safety}`} data-testid="safety-state">
        {t('safety.title')}: {t(`safety.${v.safety}`)}
      </span>
      <span className={`wt-badge ${v.arcOn ? 'wt-arc-on' : ''}`} data-testid="arc-phase">
        {t('gauges.arc')}: {t(`arcPhase.${v.arcPhase}`)}
      </span>
      <button type="button" className="wt-button wt-secondary" data-testid="helmet" onClick={c.toggleHelmet}>
        {v.helmetDown ? t('safety.helmetDown') : t('safety.helmetRaised')}
      </button>
      {family === 'industrial' && (
        <button type="button" className="wt-button wt-secondary" data-testid="door" onClick={c.toggleDoor}>
          {v.doorOpen ? t('safety.doorOpen') : t('safety.doorClosed')}
        </button>
      )}
      <button type="button" className="wt-button wt-secondary" data-testid="mute" onClick={c.toggleMute}>
        {muted ? t('sound.unmute') : t('sound.mute')}
      </button>
      {helmetWarning && (
        <strong className="wt-warning" role="alert" data-testid="helmet-warning">
          {t('safety.helmetUp')}
        </strong>
      )}
    </section>
  );
}
