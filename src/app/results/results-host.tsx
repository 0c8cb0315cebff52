// Mounts the results screen (a lazy chunk with uPlot) while the results store holds an attempt.
import { lazy, Suspense } from 'react';
import { resultsProbe } from './results-probe.ts';
import { useResultsStore } from './results-store.ts';

const ResultsScreen = lazy(() => import('./results-screen.tsx'));

// Tests open the results for a recorded attempt file; the parsing code loads only when they do.
resultsProbe.open = (attemptJson, scenarioYaml, file) =>
  import('./open-attempt-file.ts').then((m) => m.openAttemptFile(attemptJson, scenarioYaml, file));

export function ResultsHost() {
  const open = useResultsStore((s) => s.open);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ResultsScreen input={open} />
    </Suspense>
  );
}
