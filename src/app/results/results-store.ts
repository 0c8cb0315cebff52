// What the results screen shows: the scenario, the attempt (its input log) and the graded result. The flow opens
// it after an attempt ends; <ResultsHost/> loads the screen only while it is open.
import { create } from 'zustand';
import type { Attempt } from '../../scenario/engine/replay.ts';
import type { AttemptResult } from '../../scenario/grading/types.ts';
import type { Scenario } from '../../scenario/model.ts';

export interface ResultsInput {
  scenario: Scenario;
  attempt: Attempt;
  result: AttemptResult;
}

export interface ResultsState {
  open: ResultsInput | null;
  openResults(input: ResultsInput): void;
  closeResults(): void;
}

export const useResultsStore = create<ResultsState>()((set) => ({
  open: null,
  openResults: (input) => set({ open: input }),
  closeResults: () => set({ open: null }),
}));

export const openResults = (input: ResultsInput): void => useResultsStore.getState().openResults(input);
export const closeResults = (): void => useResultsStore.getState().closeResults();
