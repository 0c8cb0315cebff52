// The run's revision: the HUD's cheap per-frame check before it reads the (allocating) run state. It must change
// exactly when what the state shows of phases, goals, broken rules or the end changes, and stay put otherwise.
import { describe, expect, it } from 'vitest';
import { createScenarioRun } from '../../src/scenario/index.ts';
import { worldPort } from '../../src/scenario/world/port.ts';
import { shippedScenario } from '../app/flow/support.ts';

/** What the HUD draws from the state, as one string. */
function shown(run: ReturnType<typeof createScenarioRun>): string {
  const st = run.state;
  return JSON.stringify([st.phaseIndex, st.goals.map((g) => g.met), st.brokenRules, st.finished]);
}

describe('scenario run revision', () => {
  it('changes with every change the HUD shows and never without one', () => {
    const run = createScenarioRun(shippedScenario('cobot-dialogue-vertical-up'), worldPort);
    expect(run.revision).toBe(0);
    run.start(1);
    let rev = run.revision;
    let seen = shown(run);
    let changes = 0;
    const check = () => {
      const now = shown(run);
      if (now !== seen) {
        expect(run.revision, `revision after a change at tick ${run.tick}`).not.toBe(rev);
        changes++;
      } else expect(run.revision, `revision without a change at tick ${run.tick}`).toBe(rev);
      rev = run.revision;
      seen = now;
    };
    // A few seconds as they come, then every phase declared done in turn, then the end.
    for (let i = 0; i < 540; i++) {
      run.step();
      check();
    }
    for (let p = 0; p < 12 && !run.finished; p++) {
      run.applyIntent({ type: 'advancePhase' });
      for (let i = 0; i < 5; i++) {
        run.step();
        check();
      }
    }
    if (!run.finished) {
      run.end('finished');
      check();
    }
    expect(run.finished).toBe(true);
    expect(changes).toBeGreaterThan(1);
  });
});
