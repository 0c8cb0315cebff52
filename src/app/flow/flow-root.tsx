// Mounts the scenario flow over the 3D view. Free play needs none of it; every other screen is in a lazy chunk
// (scenario engine, YAML parser, IndexedDB) so the first paint stays small.
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadSession } from '../competition/session.ts';
import './flow-probe.ts';
import { useFlowStore } from './flow-store.ts';

const FlowScreens = lazy(() => import('./flow-screens.tsx'));

/**
 * A joined station retries its pending competition submissions from app start, also when the page opens in free
 * play (where the flow chunk never loads); the flow chunk starts the same background itself (idempotent).
 */
function useStationBackground(): void {
  useEffect(() => {
    if (!loadSession()) return;
    void import('../competition/station-store.ts').then(
      (m) => m.startStationBackground(),
      (e: unknown) => console.warn('competition uploads: could not start the background retry:', e),
    );
  }, []);
}

export function FlowRoot() {
  const { t } = useTranslation();
  const screen = useFlowStore((s) => s.screen);
  useStationBackground();
  if (screen === 'free') return null;
  return (
    <Suspense
      fallback={
        <div className="wt-notice wt-flow-loading" aria-busy="true" data-testid="flow-loading">
          {t('flow.home.loading')}
        </div>
      }
    >
      <FlowScreens />
    </Suspense>
  );
}
