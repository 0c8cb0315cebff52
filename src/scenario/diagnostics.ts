// A problem found in a scenario file, with the 1-based line and column it points at.

export interface SourcePos {
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units, as editors count them). */
  column: number;
}

export interface Diagnostic extends SourcePos {
  /** What is wrong and what is allowed, in one sentence. */
  message: string;
}

/** `path:line:column: message`, the format of `weldtwin scenario validate`. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.line}:${d.column}: ${d.message}`;
}

/** Sort by position, then drop exact duplicates (zod and the semantic pass can report the same thing). */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of [...list].sort((a, b) => a.line - b.line || a.column - b.column)) {
    const key = `${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** `phases[0].goals[1].condition`: how messages name a place in the scenario. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
