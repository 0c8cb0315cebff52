// The trainee's best graded result per scenario, from the attempts the recorder keeps (home screen badges).
import { useEffect, useState } from 'react';
import type { AttemptRecorder } from '../attempts/recorder.ts';
import type { StoredAttempt } from '../attempts/types.ts';
import { useRecorderStatus } from '../attempts/use-attempt-autosave.ts';

export interface Best {
  score: number;
  grade: string;
  passed: boolean;
}

/** Finished attempts with a result, best score per scenario id (a tie keeps the earlier one). */
export function bestByScenario(attempts: readonly StoredAttempt[]): Map<string, Best> {
  const best = new Map<string, Best>();
  for (const a of attempts) {
    if (a.status !== 'finished' || !a.result) continue;
    const b = best.get(a.scenarioId);
    if (!b || a.result.score > b.score)
      best.set(a.scenarioId, { score: a.result.score, grade: a.result.grade, passed: a.result.passed });
  }
  return best;
}

export function useBestGrades(recorder: AttemptRecorder, trainee: string): Map<string, Best> {
  const [best, setBest] = useState<Map<string, Best>>(() => new Map());
  // Re-read when the recorder reports a change (an attempt just finished storing).
  const status = useRecorderStatus(recorder);
  useEffect(() => {
    let live = true;
    void recorder
      .list(trainee)
      .then((list) => live && setBest(bestByScenario(list)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [recorder, trainee, status]);
  return best;
}
