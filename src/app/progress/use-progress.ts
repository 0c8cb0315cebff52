// Load a trainee's attempts and turn them into the skill profile and the credential report the screen shows.
import { useEffect, useMemo, useState } from 'react';
import {
  evaluateCredentials,
  skillProfile,
  type AttemptSummary,
  type CatalogueEntry,
  type CredentialDefinition,
  type CredentialReport,
  type SkillProfile,
} from '../../scenario/progress/index.ts';
import type { AttemptRecorder } from '../attempts/recorder.ts';
import type { StoredAttempt } from '../attempts/types.ts';

export interface ProgressData {
  loading: boolean;
  attempts: StoredAttempt[];
  /** Graded, finished attempts: what profiles and credentials count. */
  summaries: AttemptSummary[];
  profile: SkillProfile;
  credentials: CredentialReport;
  reload(): void;
}

/** Attempts the trainee finished (not left half-way) with a result: the ones a profile and a credential count. */
export function countedSummaries(attempts: readonly StoredAttempt[]): AttemptSummary[] {
  return attempts.filter((a) => a.status === 'finished' && a.result).map((a) => a.result!.summary);
}

export function useProgress(
  recorder: AttemptRecorder,
  trainee: string,
  catalogue: readonly CatalogueEntry[],
  definitions: readonly CredentialDefinition[],
): ProgressData {
  const [attempts, setAttempts] = useState<StoredAttempt[] | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    void recorder.list(trainee).then((list) => {
      if (live) setAttempts(list);
    });
    return () => {
      live = false;
    };
  }, [recorder, trainee, generation]);
  const summaries = useMemo(() => countedSummaries(attempts ?? []), [attempts]);
  const profile = useMemo(() => skillProfile(summaries, catalogue), [summaries, catalogue]);
  const credentials = useMemo(() => evaluateCredentials(definitions, summaries), [definitions, summaries]);
  return {
    loading: attempts === null,
    attempts: attempts ?? [],
    summaries,
    profile,
    credentials,
    reload: () => setGeneration((g) => g + 1),
  };
}
