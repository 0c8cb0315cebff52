// Re-render on discrete simulation changes (mode, safety, arc phase…), never per frame.
import { useSimStore } from '../stores/sim-store.ts';
import type { SimView } from '../sim/sim-view.ts';

export function useSimView(): SimView {
  useSimStore((s) => s.revision);
  return useSimStore.getState().view;
}
