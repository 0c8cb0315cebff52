// The one XR store of the app. Controller and hand models are served from /profiles (copied from
// @webxr-input-profiles/assets by scripts/copy-xr-profiles.mjs): nothing is fetched from a CDN.
import { createXRStore } from '@react-three/xr';
import { probe } from '../probe.ts';
import { useUIStore } from '../stores/ui-store.ts';

const baseAssetPath = new URL(`${import.meta.env.BASE_URL}profiles/`, location.href).href;

export const xrStore = createXRStore({
  // We install IWER ourselves (xr-support.ts); the built-in emulator would also load a dev UI and environments.
  emulate: false,
  offerSession: false,
  baseAssetPath,
  defaultControllerProfileId: 'generic-trigger',
  defaultXRHandProfileId: 'generic-hand',
  // Our own ray presses the pendant and grabs the torch (xr-interactions.tsx) and our thumbstick teleport moves
  // the trainee (teleport.tsx): the library's pointers would also act on the trigger (select) and fight them.
  controller: { rayPointer: false, grabPointer: false, teleportPointer: false },
  hand: { rayPointer: false, grabPointer: false, touchPointer: false, teleportPointer: false },
});

xrStore.subscribe((state, prev) => {
  if (state.session === prev.session) return;
  const active = state.session != null;
  probe.xrSessionActive = active;
  useUIStore.getState().setXRSessionActive(active);
});

export async function enterVR(): Promise<void> {
  await xrStore.enterVR();
}

export function exitVR(): void {
  void xrStore.getState().session?.end();
}
