// Service-worker state the update prompt renders and end-to-end tests read (window.__weldtwinPwa).
import { create } from 'zustand';

export interface PwaState {
  /** The service worker is registered (production builds only). */
  registered: boolean;
  /** The app shell, every chunk and the XR profiles are precached: the app now boots offline. */
  offlineReady: boolean;
  /** A new version is installed and waiting for the trainee to accept it. */
  needRefresh: boolean;
  /** Activates the waiting worker and reloads once it controls the page. */
  update: () => void;
  dismiss: () => void;
}

export const usePwaStore = create<PwaState>()((set) => ({
  registered: false,
  offlineReady: false,
  needRefresh: false,
  update: () => undefined,
  dismiss: () => set({ needRefresh: false }),
}));

declare global {
  interface Window {
    __weldtwinPwa?: typeof usePwaStore;
  }
}

if (typeof window !== 'undefined') window.__weldtwinPwa = usePwaStore;
