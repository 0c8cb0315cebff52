// Everything that exists only with a headset: the XR context, controllers/hands, and the XR interactions.
// Lazy chunk: desktop users never download it.
import { XR } from '@react-three/xr';
import { ControllerTracker } from './controller-tracker.tsx';
import { HelmetShade } from './helmet-shade.tsx';
import { Pendant3D } from './pendant-3d.tsx';
import { Teleport } from './teleport.tsx';
import { XRHelpBoard } from './xr-help-board.tsx';
import { XRInteractions } from './xr-interactions.tsx';
import { XRScenarioBoard } from './xr-scenario-board.tsx';
import { xrStore } from './xr-store.ts';

export default function XRRoot() {
  return (
    <XR store={xrStore}>
      <Teleport />
      <ControllerTracker />
      <XRInteractions />
      <Pendant3D />
      <HelmetShade />
      <XRHelpBoard />
      <XRScenarioBoard />
    </XR>
  );
}
