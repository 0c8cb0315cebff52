// Browser entry point.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { i18nReady, i18next } from './i18n/index.ts';
import { useSimStore } from './stores/sim-store.ts';
import { detectXR } from './xr/xr-support.ts';
import './styles.css';

const root = document.getElementById('root');
if (root == null) throw new Error('index.html must contain <div id="root">');

useSimStore.getState().loadCell('cobot');

void i18nReady.then(() => {
  document.documentElement.lang = i18next.language;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void detectXR();
  // Offline support and the update prompt (src/app/pwa); in `vite` dev no service worker may sit in front of HMR.
  if (import.meta.env.PROD) void import('./pwa/start-pwa.tsx').then((m) => m.startPwa());
  else void navigator.serviceWorker?.getRegistrations().then((rs) => rs.forEach((r) => void r.unregister()));
});
