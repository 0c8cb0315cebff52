// UI state that changes on user actions (not per frame): which panels are open, XR availability.
import { create } from 'zustand';

export type XRSupport = 'checking' | 'supported' | 'unsupported';

export interface UIState {
  xrSupport: XRSupport;
  xrSessionActive: boolean;
  setXRSupport: (s: XRSupport) => void;
  setXRSessionActive: (active: boolean) => void;
}

export const useUIStore = create<UIState>()((set) => ({
  xrSupport: 'checking',
  xrSessionActive: false,
  setXRSupport: (xrSupport) => set({ xrSupport }),
  setXRSessionActive: (xrSessionActive) => set({ xrSessionActive }),
}));
