// Root component: the 3D viewport with the HUD and the scenario flow (home, briefing, running attempt, debrief)
// overlaid, keyboard shortcuts installed, and the results screen when this build has one.
import { lazy, Suspense, useEffect } from 'react';
import { installArcSound } from './audio/arc-sound.ts';
import { installShortcuts } from './controls/shortcuts.ts';
import { FlowRoot } from './flow/flow-root.tsx';
import { useFlowStore } from './flow/flow-store.ts';
import './flow/i18n.ts';
import { resultsHostLoader } from './flow/results-bridge.ts';
import { Hud } from './hud/hud.tsx';
import { Viewport } from './scene/viewport.tsx';

const loadResultsHost = resultsHostLoader();
const ResultsHost = loadResultsHost
  ? lazy(() => loadResultsHost().then((m) => ({ default: m.ResultsHost ?? (() => null) })))
  : null;

/** The cell's controls take keys only while the cell is what the trainee works on. */
const cellInFront = () => {
  const screen = useFlowStore.getState().screen;
  return screen === 'free' || screen === 'running';
};

export function App() {
  const screen = useFlowStore((s) => s.screen);
  useEffect(() => installShortcuts(window, cellInFront), []);
  useEffect(() => installArcSound(), []);
  return (
    <div className="wt-app">
      <Viewport />
      {(screen === 'free' || screen === 'running') && <Hud />}
      <FlowRoot />
      {ResultsHost && (
        <Suspense fallback={null}>
          <ResultsHost />
        </Suspense>
      )}
    </div>
  );
}
