// On the running attempt's panel: which event and round this competition attempt is for, and the wall-clock time
// left in the round's window (then in its grace period). Re-renders once a second, never per frame.
import { useTranslation } from 'react-i18next';
import type { CompetitionTag } from '../attempts/types.ts';
import { countdown } from './format.ts';
import './i18n.ts';
import { useNow } from './use-now.ts';

export function CompetitionHudBadge({ tag }: { tag: CompetitionTag }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const closes = Date.parse(tag.closesAt);
  const end = closes + tag.graceS * 1000;
  const phase = now < closes ? 'left' : now < end ? 'grace' : 'over';
  return (
    <div className="wt-competition-badge" data-testid="competition-badge" data-window={phase} aria-live="off">
      <strong>{t('competition.hud.badge', { event: tag.eventName, round: tag.roundName })}</strong>
      <div className={phase === 'left' ? 'wt-muted' : 'wt-fail'} data-testid="competition-time-left">
        {t(`competition.hud.${phase}`, { countdown: countdown(phase === 'left' ? closes : end, now) })}
      </div>
    </div>
  );
}
