// The local trainee profile: an id that attempts and credentials refer to, and the name printed on credentials.
// Kept in localStorage (one device, one or more trainees taking turns).
import { useCallback, useSyncExternalStore } from 'react';

export interface Trainee {
  id: string;
  name: string;
}

const KEY = 'weldtwin.trainee';
const listeners = new Set<() => void>();
let cached: Trainee | undefined;

function read(): Trainee {
  if (cached) return cached;
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Trainee | null;
    if (v && typeof v.id === 'string' && typeof v.name === 'string') return (cached = v);
  } catch {
    // Storage blocked: a trainee for this visit only.
  }
  cached = { id: crypto.randomUUID(), name: '' };
  write(cached);
  return cached;
}

function write(t: Trainee): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(t));
  } catch {
    // Not kept across visits (private mode).
  }
}

export function currentTrainee(): Trainee {
  return read();
}

export function setTraineeName(name: string): void {
  cached = { ...read(), name: name.slice(0, 80) };
  write(cached);
  for (const fn of listeners) fn();
}

export function useTrainee(): [Trainee, (name: string) => void] {
  const t = useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    read,
    read,
  );
  return [t, useCallback((name: string) => setTraineeName(name), [])];
}
