// Where the trainee is in the app: the home screen, a scenario's briefing, a running attempt, its debrief, the
// progress screen, the competition (station) screen or free play. Discrete UI state only (the run itself lives in
// the sim store).
import { create } from 'zustand';
import type { AttemptResult } from '../../scenario/grading/types.ts';
import type { Attempt } from '../../scenario/engine/replay.ts';
import type { Scenario } from '../../scenario/model.ts';
import type { CatalogueEntry } from '../../scenario/progress/summary.ts';
import type { CompetitionTag, StoredAttempt } from '../attempts/types.ts';

export type FlowScreen = 'home' | 'briefing' | 'running' | 'debrief' | 'progress' | 'competition' | 'free';

/** A competition round being taken: its seed (the same on every station) and what the attempt is recorded for. */
export interface CompetitionRun {
  tag: CompetitionTag;
  seed: number;
}

/** One scenario file as the home screen lists it: parsed, or with the problems that stop it opening. */
export interface CatalogueItem {
  /** `/scenarios/cobot-commands-fillet.yaml` */
  file: string;
  scenario?: Scenario;
  entry?: CatalogueEntry;
  /** `file:line:col message` lines (empty when the file is fine). */
  diagnostics: string[];
}

export interface ResumeOffer {
  attempt: StoredAttempt;
  scenario: Scenario | undefined;
}

/** What the debrief (or the results screen) shows once an attempt has ended. */
export interface FinishedAttempt {
  scenario: Scenario;
  attempt: Attempt & { appVersion: string };
  result: AttemptResult;
  /** The attempt and its result are stored (or storing failed: saveError). */
  saved: boolean;
  /** Why the result could not be stored, when it could not. */
  saveError: string | null;
}

/** An attempt mode that survives a reload of the page (sessionStorage). */
const FREE_KEY = 'weldtwin.flow.free';

function freeRemembered(): boolean {
  try {
    return sessionStorage.getItem(FREE_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberFree(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(FREE_KEY, '1');
    else sessionStorage.removeItem(FREE_KEY);
  } catch {
    // Not kept across reloads; the home screen comes back instead.
  }
}

export interface FlowState {
  screen: FlowScreen;
  /** null while the scenario files load. */
  catalogue: CatalogueItem[] | null;
  catalogueError: string | null;
  /** The scenario whose briefing is open or which is running. */
  current: Scenario | null;
  /** The running attempt's id in the recorder. */
  attemptId: string | null;
  /** An attempt a reload or crash interrupted, offered on the home screen. */
  resume: ResumeOffer | null;
  finished: FinishedAttempt | null;
  /** A problem to show on the current screen (starting, resuming, saving). */
  error: string | null;
  /** The results screen of src/app/results shows the result (the local debrief stays closed). */
  externalResults: boolean;
  /** The competition round whose briefing is open or which is running (null: a practice attempt). */
  competition: CompetitionRun | null;
  set(patch: Partial<Omit<FlowState, 'set' | 'goHome' | 'goFree'>>): void;
  goHome(): void;
  goFree(): void;
}

export const useFlowStore = create<FlowState>()((set) => ({
  screen: freeRemembered() ? 'free' : 'home',
  catalogue: null,
  catalogueError: null,
  current: null,
  attemptId: null,
  resume: null,
  finished: null,
  error: null,
  externalResults: false,
  competition: null,
  set: (patch) => {
    if (patch.screen !== undefined) rememberFree(patch.screen === 'free');
    set(patch);
  },
  goHome: () => {
    rememberFree(false);
    set({ screen: 'home', current: null, attemptId: null, error: null, finished: null, competition: null });
  },
  goFree: () => {
    rememberFree(true);
    set({ screen: 'free', current: null, attemptId: null, error: null, competition: null });
  },
}));
