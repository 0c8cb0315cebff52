// The flow's screens (a lazy chunk with the scenario engine and attempt storage): home, briefing, the running
// attempt's overlay with autosave (and live upload for a competition round), the debrief, the progress screen and
// the competition (station) screen.
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { AttemptStorageNotice, useAttemptAutosave } from '../attempts/index.ts';
import { CompetitionScreen, startStationBackground, useLiveUpload } from '../competition/index.ts';
import { useSimStore } from '../stores/sim-store.ts';
import { BriefingScreen } from './briefing-screen.tsx';
import { Debrief } from './debrief.tsx';
import { flowProbe } from './flow-probe.ts';
import { useFlowStore } from './flow-store.ts';
import './flow.css';
import { HomeScreen } from './home-screen.tsx';
import { checkResume, completeRun, refreshCatalogue, worldPort } from './runtime.ts';
import { ScenarioHud } from './scenario-hud.tsx';

const ProgressScreen = lazy(() =>
  import('../progress/progress-screen.tsx').then((m) => ({ default: m.ProgressScreen })),
);

flowProbe.worldHash = () => {
  const run = useSimStore.getState().run;
  return run ? worldPort.hash(run.world) : null;
};

let booted = false;

/** Load the scenario list once, then look for an interrupted attempt to offer. */
function boot(): void {
  if (booted) return;
  booted = true;
  void refreshCatalogue().then(checkResume);
  // Competition submissions a reload or an outage left pending go now, and whenever the network comes back.
  startStationBackground();
}

/**
 * While an attempt runs: autosave its log every second (a competition round's also goes to the server live), grade
 * it when it ends, say when saving fails.
 */
function RunKeeper() {
  const attemptId = useFlowStore((s) => s.attemptId);
  const ended = useSimStore((s) => s.runEnded);
  const competition = useFlowStore((s) => s.competition);
  useAttemptAutosave(attemptId, () => {
    const run = useSimStore.getState().run;
    return run ? { log: run.log, tick: run.tick } : null;
  });
  useLiveUpload(attemptId, competition?.tag ?? null, () => {
    const { run, seed } = useSimStore.getState();
    if (!run || run.finished) return null;
    const spec = run.scenario.spec;
    return { scenarioId: spec.id, version: spec.version, seed, log: run.log, tick: run.tick };
  });
  useEffect(() => {
    if (ended) void completeRun();
  }, [ended]);
  return <AttemptStorageNotice attemptId={attemptId} />;
}

function Progress() {
  const catalogue = useFlowStore((s) => s.catalogue);
  const set = useFlowStore((s) => s.set);
  const goHome = useFlowStore((s) => s.goHome);
  const entries = useMemo(() => (catalogue ?? []).flatMap((i) => (i.entry ? [i.entry] : [])), [catalogue]);
  const practise = (id: string) => {
    const s = catalogue?.find((i) => i.scenario?.spec.id === id)?.scenario;
    if (s) set({ screen: 'briefing', current: s });
  };
  return (
    <div className="wt-flow-screen wt-flow-progress" data-testid="flow-progress">
      <Suspense fallback={null}>
        <ProgressScreen catalogue={entries} onPractise={practise} onClose={goHome} />
      </Suspense>
    </div>
  );
}

export default function FlowScreens() {
  const screen = useFlowStore((s) => s.screen);
  const external = useFlowStore((s) => s.externalResults);
  useEffect(boot, []);
  switch (screen) {
    case 'home':
      return <HomeScreen />;
    case 'briefing':
      return <BriefingScreen />;
    case 'running':
      return (
        <>
          <ScenarioHud />
          <RunKeeper />
        </>
      );
    case 'debrief':
      return external ? null : <Debrief />;
    case 'progress':
      return <Progress />;
    case 'competition':
      return <CompetitionScreen />;
    default:
      return null;
  }
}
