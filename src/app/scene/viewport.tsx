// The 3D view: camera, lights, floor, the active cell (lazy) and, when a headset is present, the XR layer.
import { OrbitControls } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { cellComponents } from '../cells/cell-registry.ts';
import { useSimStore } from '../stores/sim-store.ts';
import { useUIStore } from '../stores/ui-store.ts';
import { CameraRig } from './camera-rig.tsx';
import { Floor } from './floor.tsx';
import { FrameProbe } from './frame-probe.tsx';
import { ShopEnvironment } from './shop-environment.tsx';
import { SimDriver } from './sim-driver.tsx';

const XRRoot = lazy(() => import('../xr/xr-root.tsx'));

export function Viewport() {
  const { t } = useTranslation();
  const xrSupported = useUIStore((s) => s.xrSupport === 'supported');
  const family = useSimStore((s) => s.family);
  const Cell = cellComponents[family];
  return (
    <Canvas
      aria-label={t('scene.canvasLabel')}
      camera={{ position: [2.4, 1.9, 2.6], fov: 50, near: 0.02, far: 60 }}
      dpr={[1, 2]}
      gl={{ antialias: true }}
    >
      <color attach="background" args={['#20262d']} />
      <hemisphereLight args={['#dfe8f0', '#30343a', 1.1]} />
      <directionalLight position={[3, 6, 4]} intensity={1.8} />
      <directionalLight position={[-4, 3, -2]} intensity={0.5} />
      <ShopEnvironment />
      <Floor />
      <Suspense fallback={null}>
        <Cell />
      </Suspense>
      <OrbitControls makeDefault target={[0.4, 0.9, 0]} maxPolarAngle={Math.PI * 0.495} />
      <CameraRig family={family} />
      <SimDriver />
      <FrameProbe />
      {xrSupported && (
        <Suspense fallback={null}>
          <XRRoot />
        </Suspense>
      )}
    </Canvas>
  );
}
