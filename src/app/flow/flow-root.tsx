// Mounts the scenario flow over the 3D view. Free play needs none of it; every other screen is in a lazy chunk
// (scenario engine, YAML parser, IndexedDB) so the first paint stays small.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import './flow-probe.ts';
import { useFlowStore } from './flow-store.ts';

const FlowScreens = lazy(() => import('./flow-screens.tsx'));

export function FlowRoot() {
  const { t } = useTranslation();
  const screen = useFlowStore((s) => s.screen);
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
