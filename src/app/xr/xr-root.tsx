// Everything that exists only with a headset: the XR context, controllers/hands, and XR interactions.
// Lazy chunk: desktop users never download it.
import { XR } from '@react-three/xr';
import { ControllerTracker } from './controller-tracker.tsx';
import { xrStore } from './xr-store.ts';

export default function XRRoot() {
  return (
    <XR store={xrStore}>
      <ControllerTracker />
    </XR>
  );
}
