// The event's rounds as the station operator sees them: not open yet (opens at, in local time, with a countdown),
// open (Start, closes at) or closed. Starting checks that this app has the round's scenario at the round's
// version, then opens its briefing with the round's seed.
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../scenario/model.ts';
import type { CompetitionTag } from '../attempts/types.ts';
import { findScenario } from '../flow/catalogue.ts';
import { useFlowStore } from '../flow/flow-store.ts';
import { pick } from '../flow/text.ts';
import { countdown, localTime } from './format.ts';
import type { RoundJson, StationMe, StationSession } from './types.ts';

function RoundStatusText({ round, now }: { round: RoundJson; now: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const opens = Date.parse(round.opensAt);
  const closes = Date.parse(round.closesAt);
  const end = closes + round.graceS * 1000;
  if (round.status === 'upcoming')
    return (
      <>
        {t('competition.round.upcoming', {
          time: localTime(round.opensAt, lang, now),
          countdown: countdown(opens, now),
        })}
      </>
    );
  if (round.status === 'closed')
    return <>{t('competition.round.closed', { time: localTime(round.closesAt, lang, now) })}</>;
  if (now >= closes)
    return (
      <>
        {t('competition.round.grace', {
          time: localTime(round.closesAt, lang, now),
          countdown: countdown(end, now),
        })}
      </>
    );
  return (
    <>
      {t('competition.round.open', {
        time: localTime(round.closesAt, lang, now),
        countdown: countdown(closes, now),
      })}
    </>
  );
}

function RoundRow({
  round,
  scenario,
  catalogueLoaded,
  now,
  onStart,
}: {
  round: RoundJson;
  scenario: Scenario | undefined;
  catalogueLoaded: boolean;
  now: number;
  onStart: (round: RoundJson, scenario: Scenario, seed: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const version = String(round.version);
  const missing = catalogueLoaded && !scenario;
  const canStart = round.status === 'open' && scenario !== undefined && round.seed !== null;
  return (
    <li
      className={`wt-competition-round wt-round-${round.status}`}
      data-testid={`round-${round.id}`}
      data-status={round.status}
    >
      <div className="wt-competition-round-head">
        <strong>{round.name}</strong>
        <span className="wt-muted">
          {t('competition.round.scenario', {
            title: scenario ? pick(scenario.spec.title, i18n.language) : round.scenarioId,
            version,
          })}
        </span>
      </div>
      <div data-testid="round-status">
        <RoundStatusText round={round} now={now} />
      </div>
      {missing && (
        <p className="wt-notice" role="alert" data-testid="round-missing">
          {t('competition.round.missing', { id: round.scenarioId, version })}
        </p>
      )}
      {round.status === 'open' && scenario && round.seed === null && (
        <p className="wt-muted">{t('competition.round.noSeed')}</p>
      )}
      {canStart && (
        <button
          type="button"
          className="wt-button"
          data-testid="round-start"
          onClick={() => onStart(round, scenario, round.seed!)}
        >
          {t('competition.round.start')}
        </button>
      )}
    </li>
  );
}

export function RoundList({ session, me, now }: { session: StationSession; me: StationMe; now: number }) {
  const { t } = useTranslation();
  const catalogue = useFlowStore((s) => s.catalogue);
  const set = useFlowStore((s) => s.set);
  const rounds = [...me.event.rounds].sort((a, b) => a.position - b.position);
  const start = (round: RoundJson, scenario: Scenario, seed: number) => {
    const tag: CompetitionTag = {
      server: session.server,
      eventId: me.event.id,
      eventName: me.event.name,
      roundId: round.id,
      roundName: round.name,
      stationId: me.station.id,
      stationName: me.station.name,
      closesAt: round.closesAt,
      graceS: round.graceS,
    };
    set({ screen: 'briefing', current: scenario, competition: { tag, seed }, error: null, finished: null });
  };
  if (rounds.length === 0) return <p className="wt-muted">{t('competition.station.noRounds')}</p>;
  return (
    <ol className="wt-competition-rounds" data-testid="rounds">
      {rounds.map((r) => (
        <RoundRow
          key={r.id}
          round={r}
          scenario={catalogue ? findScenario(catalogue, r.scenarioId, r.version) : undefined}
          catalogueLoaded={catalogue !== null}
          now={now}
          onStart={start}
        />
      ))}
    </ol>
  );
}
