// Save a JSON document as a file the user keeps (attempt files, xAPI statements, signed credentials).

export function downloadJson(filename: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled (some browsers read the URL asynchronously).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `cobot-fillet-teach.2026-11-24T09-30-00Z.attempt.json`: sortable and safe on every file system. */
export function attemptFileName(scenarioId: string, startedAt: string): string {
  return `${scenarioId}.${startedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.attempt.json`;
}
