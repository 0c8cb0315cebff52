// Batch input for CLI commands: one JSON array on stdin, problems reported with their path (`[3].joints: ...`).
import { readFileSync } from 'node:fs';

/** Thrown for bad input; the dispatcher prints each problem on its own line and exits with status 2. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export function readStdinText(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/** Parse stdin as a JSON array, or throw InputError naming the problem. */
export function readBatch(text: string = readStdinText()): unknown[] {
  if (text.trim() === '') throw new InputError(['stdin: expected a JSON array, got nothing']);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError([`stdin: not valid JSON (${(e as Error).message})`]);
  }
  if (!Array.isArray(value)) throw new InputError([`stdin: expected a JSON array, got ${describe(value)}`]);
  return value;
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'number') return String(v);
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** Collects problems for one batch; each check returns the value when valid, undefined otherwise. */
export class Checker {
  readonly problems: string[] = [];

  fail(path: string, message: string): undefined {
    this.problems.push(`${path}: ${message}`);
    return undefined;
  }

  object(v: unknown, path: string): Record<string, unknown> | undefined {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
      return this.fail(path, `expected an object, got ${describe(v)}`);
    return v as Record<string, unknown>;
  }

  /** Report keys that are not in `allowed` (typos must not be silently ignored). */
  knownKeys(obj: Record<string, unknown>, path: string, allowed: readonly string[]): void {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k)) this.fail(`${path}.${k}`, `unknown field; allowed: ${allowed.join(', ')}`);
    }
  }

  number(
    v: unknown,
    path: string,
    range?: { min?: number; max?: number; unit?: string },
  ): number | undefined {
    if (typeof v !== 'number' || !Number.isFinite(v))
      return this.fail(path, `expected a finite number, got ${describe(v)}`);
    const unit = range?.unit ? ` ${range.unit}` : '';
    if (range?.min !== undefined && v < range.min)
      return this.fail(path, `${v}${unit} is below the physical range (min ${range.min}${unit})`);
    if (range?.max !== undefined && v > range.max)
      return this.fail(path, `${v}${unit} is above the physical range (max ${range.max}${unit})`);
    return v;
  }

  string(v: unknown, path: string): string | undefined {
    if (typeof v !== 'string') return this.fail(path, `expected a string, got ${describe(v)}`);
    return v;
  }

  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof v !== 'string' || !allowed.includes(v as T)) {
      return this.fail(
        path,
        `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(v)}`,
      );
    }
    return v as T;
  }

  numbers(v: unknown, path: string, count: number): number[] | undefined {
    if (!Array.isArray(v)) return this.fail(path, `expected ${count} numbers, got ${describe(v)}`);
    if (v.length !== count) return this.fail(path, `expected ${count} numbers, got ${v.length}`);
    let ok = true;
    v.forEach((x, i) => {
      if (typeof x !== 'number' || !Number.isFinite(x)) {
        this.fail(`${path}[${i}]`, `expected a finite number, got ${describe(x)}`);
        ok = false;
      }
    });
    return ok ? (v as number[]) : undefined;
  }

  matrix3(v: unknown, path: string): number[][] | undefined {
    if (!Array.isArray(v) || v.length !== 3)
      return this.fail(path, `expected a 3x3 rotation matrix (3 rows of 3 numbers), got ${describe(v)}`);
    const rows: number[][] = [];
    for (let i = 0; i < 3; i++) {
      const row = this.numbers(v[i], `${path}[${i}]`, 3);
      if (!row) return undefined;
      rows.push(row);
    }
    // A rotation must be orthonormal with det +1 (tolerance for 9-digit JSON round trips).
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let dot = 0;
        for (let k = 0; k < 3; k++) dot += rows[k]![i]! * rows[k]![j]!;
        if (Math.abs(dot - (i === j ? 1 : 0)) > 1e-6)
          return this.fail(path, 'not a rotation matrix: columns must be orthonormal (tolerance 1e-6)');
      }
    }
    const r = rows;
    const det =
      r[0]![0]! * (r[1]![1]! * r[2]![2]! - r[1]![2]! * r[2]![1]!) -
      r[0]![1]! * (r[1]![0]! * r[2]![2]! - r[1]![2]! * r[2]![0]!) +
      r[0]![2]! * (r[1]![0]! * r[2]![1]! - r[1]![1]! * r[2]![0]!);
    if (det < 0) return this.fail(path, 'not a rotation matrix: determinant is -1 (a reflection)');
    return rows;
  }

  throwIfAny(): void {
    if (this.problems.length) throw new InputError(this.problems);
  }
}

/** Parse `--flag`, `--key=value` and positionals; unknown flags are an InputError. */
export function parseArgs(
  args: string[],
  flags: readonly string[],
): { flags: Set<string>; values: Map<string, string>; positionals: string[] } {
  const out = { flags: new Set<string>(), values: new Map<string, string>(), positionals: [] as string[] };
  const problems: string[] = [];
  for (const a of args) {
    if (a.startsWith('--')) {
      const [key, val] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (!flags.includes(key))
        problems.push(`${a}: unknown option; allowed: ${flags.map((f) => '--' + f).join(', ') || '(none)'}`);
      else if (val === undefined) out.flags.add(key);
      else out.values.set(key, val);
    } else out.positionals.push(a);
  }
  if (problems.length) throw new InputError(problems);
  return out;
}
