// The results screen (src/app/results, built alongside) opens when its module is present: found through Vite's
// glob import, so this flow builds and works with or without it. Without it the flow's own debrief shows.
import type { ComponentType } from 'react';
import type { FinishedAttempt } from './flow-store.ts';

interface ResultsStoreModule {
  openResults?: (input: Pick<FinishedAttempt, 'scenario' | 'attempt' | 'result'>) => void;
  useResultsStore?: { subscribe(fn: (s: { open: unknown }) => void): () => void };
}

interface ResultsHostModule {
  ResultsHost?: ComponentType;
}

const stores = import.meta.glob<ResultsStoreModule>('../results/results-store.ts');
const hosts = import.meta.glob<ResultsHostModule>('../results/results-host.tsx');

/** The results screen's host component, when that screen is part of this build. */
export function resultsHostLoader(): (() => Promise<ResultsHostModule>) | undefined {
  return hosts['../results/results-host.tsx'];
}

/**
 * Open the results screen for `f`; true when it took it (the flow then waits for it to close), false when this
 * build has no results screen (the flow shows its own debrief).
 */
export async function showResults(f: FinishedAttempt, onClosed?: () => void): Promise<boolean> {
  const loadStore = stores['../results/results-store.ts'];
  if (!loadStore || !resultsHostLoader()) return false;
  try {
    const m = await loadStore();
    if (typeof m.openResults !== 'function') return false;
    m.openResults({ scenario: f.scenario, attempt: f.attempt, result: f.result });
    if (onClosed && m.useResultsStore) {
      const off = m.useResultsStore.subscribe((s) => {
        if (s.open === null) {
          off();
          onClosed();
        }
      });
    }
    return true;
  } catch (e) {
    console.warn('results screen could not open; showing the debrief instead:', e);
    return false;
  }
}
