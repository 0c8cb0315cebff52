// An attempt as a file: what `weldtwin replay` reads, what the app exports and autosaves, what stations submit.
// The replayable core (scenario id + version, seed, input log, end tick) is src/scenario's attemptSchema; the
// rest is provenance that never changes the result.
import { z } from 'zod';
import { didYouMean } from '../did-you-mean.ts';
import { formatPath } from '../diagnostics.ts';
import { attemptSchema, type Attempt } from '../engine/replay.ts';
import { scenarioIntentSchema, simIntentSchema } from '../schema/intent.ts';

export const ATTEMPT_STATUSES = ['running', 'finished', 'abandoned'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** Provenance fields an attempt file may carry besides the replayable core. */
export const attemptMetaSchema = z.strictObject({
  /** Local id of the attempt (a UUID in the app). */
  id: z.string().min(1).max(80).optional(),
  /** WeldTwin version that recorded it (package.json `version`). */
  appVersion: z.string().min(1).max(40).optional(),
  /** Wall-clock start, ISO 8601 (set by the app; never read by the replay). */
  startedAt: z.iso.datetime({ offset: true }).optional(),
  finishedAt: z.iso.datetime({ offset: true }).optional(),
  status: z.enum(ATTEMPT_STATUSES).optional(),
  /** Local trainee profile the attempt belongs to. */
  trainee: z.string().min(1).max(80).optional(),
});

export const attemptFileSchema = attemptSchema.extend(attemptMetaSchema.shape);

export type AttemptFile = z.infer<typeof attemptFileSchema>;
export type AttemptMeta = z.infer<typeof attemptMetaSchema>;

/** The replayable core of an attempt file, with the provenance stripped. */
export function replayableAttempt(file: AttemptFile): Attempt {
  const out: Attempt = { scenarioId: file.scenarioId, version: file.version, seed: file.seed, log: file.log };
  if (file.endTick !== undefined) out.endTick = file.endTick;
  return out;
}

// The same file with the intents left unchecked, so each intent can be checked against its own schema and a
// problem named precisely (`log[3].intent.percent: ...`) instead of "no union member matched".
const shellSchema = attemptFileSchema.extend({
  log: z.array(z.strictObject({ tick: z.number().int().min(0), intent: z.unknown() })).max(1_000_000),
});

const intentSchemas = new Map<string, z.ZodType>();
for (const option of [...simIntentSchema.options, ...scenarioIntentSchema.options]) {
  intentSchemas.set(option.shape.type.value, option);
}
export const ATTEMPT_INTENT_TYPES: readonly string[] = [...intentSchemas.keys()];

type Path = ReadonlyArray<string | number>;

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, k)) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

const EXPECTED: Record<string, string> = {
  array: 'a list',
  object: 'an object',
  number: 'a number',
  int: 'a whole number',
  string: 'a text',
  boolean: 'true or false',
};

function issueLines(issues: readonly z.core.$ZodIssue[], prefix: Path, root: unknown): string[] {
  const lines: string[] = [];
  for (const i of issues) {
    const path = [...prefix, ...(i.path as Path)];
    const name = path.length ? formatPath(path) : '(attempt)';
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys) lines.push(`${formatPath([...path, k])}: unknown field`);
    } else if (i.code === 'invalid_type' && valueAt(root, path) === undefined) {
      lines.push(`${name}: missing (expected ${EXPECTED[i.expected] ?? i.expected})`);
    } else lines.push(`${name}: ${i.message}`);
  }
  return lines;
}

export type AttemptParse = { ok: true; attempt: AttemptFile } | { ok: false; problems: string[] };

/** Check a parsed JSON value as an attempt file; problems name the field (`log[3].intent.type: ...`). */
export function parseAttemptFile(value: unknown): AttemptParse {
  const shell = shellSchema.safeParse(value);
  if (!shell.success) return { ok: false, problems: issueLines(shell.error.issues, [], value) };
  const problems: string[] = [];
  shell.data.log.forEach((entry, i) => {
    const intent = entry.intent as { type?: unknown } | null;
    const at: Path = ['log', i, 'intent'];
    if (intent === null || typeof intent !== 'object' || Array.isArray(intent)) {
      problems.push(`${formatPath(at)}: expected an intent object {"type": ...}`);
      return;
    }
    if (typeof intent.type !== 'string' || !intentSchemas.has(intent.type)) {
      const hint =
        typeof intent.type === 'string' ? didYouMean(intent.type, intentSchemas.keys()) : undefined;
      problems.push(
        `${formatPath([...at, 'type'])}: unknown intent ${JSON.stringify(intent.type ?? null)}` +
          (hint ? ` (did you mean "${hint}"?)` : `; allowed: ${ATTEMPT_INTENT_TYPES.join(', ')}`),
      );
      return;
    }
    const r = intentSchemas.get(intent.type)!.safeParse(intent);
    if (!r.success) problems.push(...issueLines(r.error.issues, at, value));
  });
  for (let i = 1; i < shell.data.log.length; i++) {
    const t = shell.data.log[i]!.tick;
    const before = shell.data.log[i - 1]!.tick;
    if (t < before)
      problems.push(
        `log[${i}].tick: ${t} is earlier than log[${i - 1}].tick ${before}; the log must be in time order`,
      );
  }
  if (problems.length) return { ok: false, problems };
  // Every part checked: the full schema now parses (and types) it.
  const full = attemptFileSchema.safeParse(value);
  if (!full.success) return { ok: false, problems: issueLines(full.error.issues, [], value) };
  return { ok: true, attempt: full.data };
}
