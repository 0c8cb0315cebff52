// Helmet down on the desktop: the view through an auto-darkening lens (a dark green filter over the 3D view).
import { useUIStore } from '../stores/ui-store.ts';
import { useSimView } from './use-sim-revision.ts';

export function HelmetOverlay() {
  const v = useSimView();
  const inXR = useUIStore((s) => s.xrSessionActive);
  if (!v.helmetDown || inXR) return null;
  return <div className="wt-helmet-shade" data-testid="helmet-shade" aria-hidden="true" />;
}
