// Finds out whether an immersive VR session is possible; with ?xr=emulate installs the IWER Meta Quest 3
// emulator first (development and end-to-end tests); ?xr=emulate&input=hands starts it with tracked hands.
// Both iwer and @react-three/xr stay in lazy chunks.
import { probe } from '../probe.ts';
import type * as XRModule from './xr-store.ts';
import { useUIStore } from '../stores/ui-store.ts';

export function emulationRequested(search: string = location.search): boolean {
  return new URLSearchParams(search).get('xr') === 'emulate';
}

async function installEmulator(): Promise<void> {
  const { XRDevice, metaQuest3 } = await import('iwer');
  const device = new XRDevice(metaQuest3);
  // Stand 1.6 m tall 1.2 m in front of the cell, hands at the bench.
  device.position.set(0, 1.6, 1.2);
  device.controllers.right?.position.set(0.25, 1.2, 0.9);
  device.controllers.left?.position.set(-0.25, 1.2, 0.9);
  device.hands.right?.position.set(0.25, 1.2, 0.9);
  device.hands.left?.position.set(-0.25, 1.2, 0.9);
  if (new URLSearchParams(location.search).get('input') === 'hands') device.primaryInputMode = 'hand';
  device.installRuntime({ forceInstall: true });
  probe.xrDevice = device;
}

export async function detectXR(): Promise<boolean> {
  const ui = useUIStore.getState();
  try {
    if (emulationRequested()) await installEmulator();
    const supported = (await navigator.xr?.isSessionSupported('immersive-vr')) ?? false;
    ui.setXRSupport(supported ? 'supported' : 'unsupported');
    probe.xrSupport = supported ? 'supported' : 'unsupported';
    return supported;
  } catch (e) {
    console.warn('WebXR detection failed:', e);
    ui.setXRSupport('unsupported');
    probe.xrSupport = 'unsupported';
    return false;
  }
}

/** The XR chunk (store + components); loaded only when a headset is available. */
export const loadXR = (() => {
  let p: Promise<typeof XRModule> | null = null;
  return () => (p ??= import('./xr-store.ts'));
})();
