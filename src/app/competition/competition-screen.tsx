// The competition screen (station mode): join an event with a one-time code, or, once joined, the station view
// with the rounds, this station's attempts and their uploads. Part of the flow's lazy chunk.
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../hud/language-switch.tsx';
import { useFlowStore } from '../flow/flow-store.ts';
import './competition.css';
import './i18n.ts';
import { JoinForm } from './join-form.tsx';
import { useStationStore } from './station-store.ts';
import { StationView } from './station-view.tsx';

export function CompetitionScreen() {
  const { t } = useTranslation();
  const session = useStationStore((s) => s.session);
  const goHome = useFlowStore((s) => s.goHome);
  return (
    <div
      className="wt-flow-screen wt-competition"
      role="main"
      aria-labelledby="wt-competition-title"
      data-testid="competition-screen"
    >
      <header className="wt-flow-header">
        <h1 id="wt-competition-title" className="wt-title">
          {t('competition.title')}
        </h1>
        <div className="wt-row">
          <LanguageSwitch />
          <button
            type="button"
            className="wt-button wt-secondary"
            data-testid="competition-home"
            onClick={goHome}
          >
            {t('competition.home')}
          </button>
        </div>
      </header>
      {session ? (
        <StationView key={`${session.server}#${session.station.id}`} session={session} />
      ) : (
        <JoinForm />
      )}
    </div>
  );
}
