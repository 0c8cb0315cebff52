// Registers the service worker (production builds) and mounts the update prompt in its own root, so it works
// whatever the app shows. Loaded lazily after the first render: none of this is in the initial bundle.
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import './i18n.ts';
import { usePwaStore } from './pwa-state.ts';
import { UpdatePrompt } from './update-prompt.tsx';

/** A training station may run for days without a navigation: look for a new release this often, ms. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Lets the waiting worker take over, then reloads once it controls the page (the trainee asked for it). */
function activateWaiting(registration: ServiceWorkerRegistration | undefined): void {
  const waiting = registration?.waiting;
  if (!waiting) {
    location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

export function startPwa(): void {
  if (!('serviceWorker' in navigator)) return;
  const host = document.createElement('div');
  host.id = 'wt-pwa';
  document.body.appendChild(host);
  createRoot(host).render(<UpdatePrompt />);
  registerSW({
    immediate: true,
    onNeedRefresh: () => usePwaStore.setState({ needRefresh: true }),
    onOfflineReady: () => usePwaStore.setState({ offlineReady: true }),
    onRegisteredSW: (_url, registration) => {
      usePwaStore.setState({ registered: true, update: () => activateWaiting(registration) });
      if (registration) setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
    onRegisterError: (e: unknown) => console.warn('Service worker registration failed:', e),
  });
}
