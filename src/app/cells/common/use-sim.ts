// Stable per-frame readers of the sim view for robot rigs (no subscription, no re-render).
import { useCallback, useEffect } from 'react';
import { probe } from '../../probe.ts';
import { useSimStore } from '../../stores/sim-store.ts';

export function useRobotJoints(): () => Float64Array {
  return useCallback(() => useSimStore.getState().view.robotQ, []);
}

export function usePositionerJoints(): () => Float64Array {
  return useCallback(() => useSimStore.getState().view.positionerQ, []);
}

/** Tells the test probe which cell has mounted. */
export function useCellMounted(family: string): void {
  useEffect(() => {
    probe.cell = family;
    return () => {
      if (probe.cell === family) probe.cell = null;
    };
  }, [family]);
}
