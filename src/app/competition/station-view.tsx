// The joined station: event and station names, the rounds with their status (refreshed from the server every few
// seconds and when a round opens or closes), this station's attempts with their uploads, and leaving the event.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlowStore } from '../flow/flow-store.ts';
import { AttemptList, LastAttempt } from './attempt-list.tsx';
import { localTime } from './format.ts';
import { describeError } from './messages.ts';
import { RoundList } from './round-list.tsx';
import { leaveEvent, loadAttempts, refreshStation, useStationStore } from './station-store.ts';
import type { StationMe, StationSession } from './types.ts';
import { useNow } from './use-now.ts';

/** How often the rounds are read again while the station view is up. */
export const STATION_REFRESH_MS = 15_000;

/** The next moment a round changes status (opens, closes, grace ends) after the last answer. */
function nextBoundary(me: StationMe, after: number): number | null {
  let next: number | null = null;
  for (const r of me.event.rounds) {
    const opens = Date.parse(r.opensAt);
    const end = Date.parse(r.closesAt) + r.graceS * 1000;
    for (const t of r.status === 'upcoming' ? [opens] : r.status === 'open' ? [end] : []) {
      if (t > after && (next === null || t < next)) next = t;
    }
  }
  return next;
}

function LeaveEvent({ session }: { session: StationSession }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const pending = useStationStore((s) => s.attempts).filter(
    (a) => a.status === 'finished' && a.upload?.state !== 'verified' && a.upload?.state !== 'refused',
  ).length;
  if (!confirming)
    return (
      <button
        type="button"
        className="wt-button wt-secondary"
        data-testid="leave-event"
        onClick={() => setConfirming(true)}
      >
        {t('competition.station.leave')}
      </button>
    );
  return (
    <div
      className="wt-flow-prompt"
      role="alertdialog"
      aria-labelledby="wt-leave-text"
      data-testid="leave-confirm"
    >
      <p id="wt-leave-text">{t('competition.station.leaveConfirm', { event: session.event.name })}</p>
      {pending > 0 && <p>{t('competition.station.leavePending', { count: pending })}</p>}
      <div className="wt-row">
        <button type="button" className="wt-button wt-danger" data-testid="leave-yes" onClick={leaveEvent}>
          {t('competition.station.leaveYes')}
        </button>
        <button
          type="button"
          className="wt-button wt-secondary"
          data-testid="leave-no"
          autoFocus
          onClick={() => setConfirming(false)}
        >
          {t('competition.station.leaveNo')}
        </button>
      </div>
    </div>
  );
}

export function StationView({ session }: { session: StationSession }) {
  const { t, i18n } = useTranslation();
  const me = useStationStore((s) => s.me);
  const meAt = useStationStore((s) => s.meAt);
  const meError = useStationStore((s) => s.meError);
  const refreshing = useStationStore((s) => s.refreshing);
  const finished = useFlowStore((s) => s.finished);
  const now = useNow(1000);
  const boundaryAsked = useRef<number | null>(null);

  useEffect(() => {
    void refreshStation();
    void loadAttempts();
    const timer = setInterval(() => void refreshStation(), STATION_REFRESH_MS);
    return () => clearInterval(timer);
  }, [session]);

  // A round opens (its seed arrives with the next answer) or closes: ask at once rather than at the next poll.
  useEffect(() => {
    if (!me || meAt === null) return;
    const b = nextBoundary(me, meAt);
    if (b !== null && now >= b && boundaryAsked.current !== b) {
      boundaryAsked.current = b;
      void refreshStation();
    }
  }, [me, meAt, now]);

  const lang = i18n.language;
  const error = meError ? describeError(meError, session.server) : null;
  return (
    <div className="wt-competition-station" data-testid="station-view">
      <dl className="wt-competition-facts">
        <div>
          <dt>{t('competition.station.event')}</dt>
          <dd data-testid="station-event">{me?.event.name ?? session.event.name}</dd>
        </div>
        <div>
          <dt>{t('competition.station.station')}</dt>
          <dd data-testid="station-name">{me?.station.name ?? session.station.name}</dd>
        </div>
        <div>
          <dt>{t('competition.station.server')}</dt>
          <dd className="wt-muted">{session.server}</dd>
        </div>
      </dl>
      {me?.station.disqualified && (
        <p className="wt-notice" role="alert">
          {t('competition.station.disqualified', { reason: me.station.disqualifiedReason ?? '' })}
        </p>
      )}
      {finished && <LastAttempt finished={finished} now={now} />}
      <section aria-labelledby="wt-competition-rounds">
        <div className="wt-row">
          <h3 id="wt-competition-rounds">{t('competition.station.rounds')}</h3>
          <button
            type="button"
            className="wt-button wt-secondary"
            data-testid="station-refresh"
            disabled={refreshing}
            onClick={() => void refreshStation()}
          >
            {refreshing ? t('competition.station.refreshing') : t('competition.station.refresh')}
          </button>
          {meAt !== null && (
            <span className="wt-muted">
              {t('competition.station.updated', { time: localTime(new Date(meAt).toISOString(), lang, now) })}
            </span>
          )}
        </div>
        {error && (
          <p className="wt-notice" role="alert" data-testid="station-error">
            {t('competition.station.refreshFailed', { message: t(error.key, error.values) })}
          </p>
        )}
        {me ? <RoundList session={session} me={me} now={now} /> : <p aria-busy="true">…</p>}
      </section>
      <AttemptList now={now} />
      <LeaveEvent session={session} />
    </div>
  );
}
