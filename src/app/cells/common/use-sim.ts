// Stable per-frame readers of the sim view for robot rigs (no subscription, no re-render).
import { useCallback } from 'react';
import { useSimStore } from '../../stores/sim-store.ts';

export function useRobotJoints(): () => Float64Array {
  return useCallback(() => useSimStore.getState().view.robotQ, []);
}

export function usePositionerJoints(): () => Float64Array {
  return useCallback(() => useSimStore.getState().view.positionerQ, []);
}
