// UI state that changes on user actions (not per frame): overlays, sound, XR availability.
import { create } from 'zustand';

export type XRSupport = 'checking' | 'supported' | 'unsupported';

export interface UIState {
  xrSupport: XRSupport;
  xrSessionActive: boolean;
  helpOpen: boolean;
  panelsOpen: boolean;
  muted: boolean;
  setXRSupport: (s: XRSupport) => void;
  setXRSessionActive: (active: boolean) => void;
  setHelpOpen: (open: boolean) => void;
  setPanelsOpen: (open: boolean) => void;
  setMuted: (muted: boolean) => void;
}

export const useUIStore = create<UIState>()((set) => ({
  xrSupport: 'checking',
  xrSessionActive: false,
  helpOpen: false,
  panelsOpen: true,
  muted: false,
  setXRSupport: (xrSupport) => set({ xrSupport }),
  setXRSessionActive: (xrSessionActive) => set({ xrSessionActive }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setPanelsOpen: (panelsOpen) => set({ panelsOpen }),
  setMuted: (muted) => set({ muted }),
}));
