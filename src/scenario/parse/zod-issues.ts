// Turn zod issues into positioned diagnostics that say what is wrong and what is allowed.
import type { z } from 'zod';
import { formatPath, type Diagnostic } from '../diagnostics.ts';
import { allowedList, suggestion } from '../did-you-mean.ts';
import { unitFromName } from '../expr/index.ts';
import type { SourceMap } from '../yaml/source-map.ts';
import { allowedKeys, numberBounds, schemaAt } from './schema-walk.ts';

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<string | number>;

export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null (an empty value)';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return typeof v === 'object' ? 'a mapping' : typeof v;
}

const typeNames: Record<string, string> = {
  number: 'a number',
  string: 'a text',
  boolean: 'true or false',
  object: 'a mapping (key: value lines)',
  array: 'a list (lines starting with -)',
  int: 'a whole number',
  tuple: 'a list',
};

function get(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(v, seg)) return undefined;
    v = (v as Record<string, unknown>)[String(seg)];
  }
  return v;
}

function fieldName(path: Path): string {
  return path.length ? formatPath(path) : 'the file';
}

function unitSuffix(path: Path): string {
  const last = path[path.length - 1];
  const u = typeof last === 'string' ? unitFromName(last) : undefined;
  return u && u.id !== '%' ? ` ${u.id}` : u ? ' %' : '';
}

export function issuesToDiagnostics(
  issues: readonly Issue[],
  root: z.ZodType,
  data: unknown,
  map: SourceMap,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A value of the wrong type also fails the checks of the right type (a text "longer than 12 entries"): keep the type.
  const wrongType = new Set(
    issues.filter((i) => i.code === 'invalid_type').map((i) => JSON.stringify(i.path)),
  );
  for (const issue of issues) {
    if (issue.code !== 'invalid_type' && wrongType.has(JSON.stringify(issue.path))) continue;
    convert(issue, [], root, data, map, out);
  }
  return out;
}

function push(out: Diagnostic[], at: { line: number; column: number }, message: string): void {
  out.push({ line: at.line, column: at.column, message });
}

function convert(
  issue: Issue,
  prefix: Path,
  root: z.ZodType,
  data: unknown,
  map: SourceMap,
  out: Diagnostic[],
): void {
  const path: Path = [...prefix, ...(issue.path as Path)];
  const value = get(data, path);
  const name = fieldName(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = allowedKeys(schemaAt(root, path, data)) ?? [];
      for (const k of issue.keys) {
        push(
          out,
          map.key([...path, k]),
          `${name === 'the file' ? '' : name + ': '}unknown field \`${k}\`${suggestion(k, keys)}; allowed: ${keys.join(', ')}`,
        );
      }
      return;
    }
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (value === undefined && !map.has(path)) {
        push(
          out,
          map.container(path.slice(0, -1)),
          `missing required field \`${String(path[path.length - 1])}\` (${expected})${where(path)}`,
        );
      } else push(out, map.value(path), `${name}: expected ${expected}, got ${describeValue(value)}`);
      return;
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(
        small
          ? (issue as { minimum: number | bigint }).minimum
          : (issue as { maximum: number | bigint }).maximum,
      );
      const origin = (issue as { origin?: string }).origin;
      if (origin === 'array' || origin === 'set') {
        push(
          out,
          map.value(path),
          `${name}: ${small ? `needs at least ${limit}` : `allows at most ${limit}`} entr${limit === 1 ? 'y' : 'ies'}, got ${Array.isArray(value) ? value.length : 0}`,
        );
      } else if (origin === 'string') {
        push(
          out,
          map.value(path),
          `${name}: ${small ? (limit <= 1 ? 'must not be empty' : `must be at least ${limit} characters`) : `must be at most ${limit} characters`}`,
        );
      } else {
        const u = unitSuffix(path);
        const b = numberBounds(schemaAt(root, path, data));
        const range = b.min !== undefined && b.max !== undefined ? `; allowed ${b.min}–${b.max}${u}` : '';
        const inclusive = (issue as { inclusive?: boolean }).inclusive !== false;
        const rel = small
          ? inclusive
            ? 'below the minimum'
            : 'not above'
          : inclusive
            ? 'above the maximum'
            : 'not below';
        push(out, map.value(path), `${name}: ${String(value)}${u} is ${rel} ${limit}${u}${range}`);
      }
      return;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      const got = typeof value === 'string' ? suggestion(value, allowed) : '';
      push(
        out,
        map.value(path),
        `${name}: ${describeValue(value)} is not allowed${got}; allowed: ${allowedList(allowed, 40)}`,
      );
      return;
    }
    case 'invalid_format':
      push(out, map.value(path), `${name}: ${describeValue(value)} ${issue.message}`);
      return;
    case 'invalid_union': {
      const u = issue as { note?: string; discriminator?: string; options?: unknown[]; errors: Issue[][] };
      if (u.discriminator !== undefined || u.note === 'No matching discriminator') {
        const allowed = (u.options ?? []).map(String);
        const disc = path[path.length - 1];
        const discPath =
          typeof disc === 'string' && disc === u.discriminator ? path : [...path, u.discriminator ?? 'type'];
        const dv = get(data, discPath);
        if (dv === undefined) {
          push(
            out,
            map.container(discPath.slice(0, -1)),
            `missing \`${String(discPath[discPath.length - 1])}\`${where(discPath)}; allowed: ${allowedList(allowed, 40)}`,
          );
        } else {
          push(
            out,
            map.value(discPath),
            `${fieldName(discPath)}: ${describeValue(dv)} is not allowed${typeof dv === 'string' ? suggestion(dv, allowed) : ''}; allowed: ${allowedList(allowed, 40)}`,
          );
        }
        return;
      }
      const merged = mergedDiscriminator(u.errors);
      if (merged) {
        const discPath = [...path, merged.key];
        const dv = get(data, discPath);
        const allowed = [...new Set(merged.options)];
        push(
          out,
          dv === undefined ? map.container(path) : map.value(discPath),
          dv === undefined
            ? `${name}: missing \`${merged.key}\`; allowed: ${allowedList(allowed, 60)}`
            : `${fieldName(discPath)}: ${describeValue(dv)} is not allowed${typeof dv === 'string' ? suggestion(dv, allowed) : ''}; allowed: ${allowedList(allowed, 60)}`,
        );
        return;
      }
      const branch = bestBranch(
        u.errors.filter((b) => !rootTypeMismatch(b)).length
          ? u.errors.filter((b) => !rootTypeMismatch(b))
          : u.errors,
      );
      if (branch) {
        for (const sub of branch) convert(sub, path, root, data, map, out);
        return;
      }
      push(out, map.value(path), `${name}: ${describeValue(value)} does not fit any allowed form`);
      return;
    }
    default:
      push(
        out,
        map.value(path),
        `${name}: ${issue.message}${issue.message.startsWith('expected') ? `, got ${describeValue(value)}` : ''}`,
      );
  }
}

const rootTypeMismatch = (b: Issue[]) =>
  b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0;

/** A branch that failed only because its `type`/`kind` tag did not match: the tag and what it allows. */
function discriminatorOf(branch: Issue[]): { key: string; options: string[] } | undefined {
  for (const i of branch) {
    const u = i as {
      code: string;
      discriminator?: string;
      options?: unknown[];
      errors?: Issue[][];
      path: PropertyKey[];
      values?: unknown[];
    };
    if (u.code === 'invalid_union' && u.discriminator !== undefined && i.path.length === 1)
      return { key: u.discriminator, options: (u.options ?? []).map(String) };
    if (u.code === 'invalid_union' && i.path.length === 0 && u.errors) return mergedDiscriminator(u.errors);
    if (u.code === 'invalid_value' && i.path.length === 1 && (i.path[0] === 'type' || i.path[0] === 'kind'))
      return { key: String(i.path[0]), options: (u.values ?? []).map(String) };
  }
  return undefined;
}

/** When every object-shaped branch of a union failed on the same tag, all the tag values it would accept. */
function mergedDiscriminator(branches: Issue[][]): { key: string; options: string[] } | undefined {
  const relevant = branches.filter((b) => !rootTypeMismatch(b));
  if (!relevant.length) return undefined;
  const found = relevant.map(discriminatorOf);
  if (found.some((f) => !f) || new Set(found.map((f) => f!.key)).size !== 1) return undefined;
  return { key: found[0]!.key, options: found.flatMap((f) => f!.options) };
}

/** Of a union's failed branches, the one that got furthest (the author most likely meant it). */
function bestBranch(branches: Issue[][]): Issue[] | undefined {
  let best: Issue[] | undefined;
  let bestScore = -Infinity;
  for (const b of branches) {
    if (!b.length) continue;
    const depth = Math.max(...b.map((i) => i.path.length));
    const typeMiss = b.every((i) => i.code === 'invalid_type' && i.path.length === 0);
    const score = depth * 10 - b.length - (typeMiss ? 100 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = b;
    }
  }
  // All branches disagree on the basic type: report them together.
  if (best && best.every((i) => i.code === 'invalid_type' && i.path.length === 0) && branches.length > 1) {
    const expected = branches.flatMap((b) =>
      b
        .filter((i) => i.code === 'invalid_type')
        .map((i) => typeNames[(i as { expected: string }).expected] ?? (i as { expected: string }).expected),
    );
    return [
      {
        code: 'custom',
        path: [],
        message: `expected ${[...new Set(expected)].join(' or ')}`,
        input: undefined,
      } as unknown as Issue,
    ];
  }
  return best;
}

function where(path: Path): string {
  const parent = path.slice(0, -1);
  return parent.length ? ` in ${fieldName(parent)}` : '';
}
