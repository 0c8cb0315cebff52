// The station this app has joined, kept in localStorage (server address, station token, event and station), and
// the last server address used, offered next time. Storage may be blocked (private mode): then nothing is kept
// and the station joins again after a reload.
import type { StationSession } from './types.ts';

const SESSION_KEY = 'weldtwin.station';
const LAST_SERVER_KEY = 'weldtwin.station.lastServer';

function isSession(x: unknown): x is StationSession {
  const s = x as StationSession | null;
  return (
    !!s &&
    typeof s.server === 'string' &&
    typeof s.token === 'string' &&
    typeof s.expiresAt === 'string' &&
    typeof s.event?.id === 'number' &&
    typeof s.event.name === 'string' &&
    typeof s.station?.id === 'number' &&
    typeof s.station.name === 'string'
  );
}

export function loadSession(): StationSession | null {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(SESSION_KEY) ?? 'null');
    return isSession(v) ? v : null;
  } catch {
    return null;
  }
}

export function saveSession(s: StationSession): void {
  try {
    localStorage.setItem(SESSION_KEY, JSON.stringify(s));
    localStorage.setItem(LAST_SERVER_KEY, s.server);
  } catch {
    // Kept for this page only.
  }
}

/** Leave the event: the station token is forgotten (the server address is still offered next time). */
export function forgetSession(): void {
  try {
    localStorage.removeItem(SESSION_KEY);
  } catch {
    // Nothing was kept.
  }
}

export function lastServer(): string {
  try {
    return localStorage.getItem(LAST_SERVER_KEY) ?? '';
  } catch {
    return '';
  }
}
