// Request validation with zod: every problem is reported with the path of the bad value
// (`rounds[1].seed: expected an integer ...`), all in one 400 response.
import type { z } from 'zod';
import { badRequest } from '../errors.ts';

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(body)';
}

export function problems(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    if (i.code === 'unrecognized_keys') {
      const where = i.path.length ? pathText(i.path) + '.' : '';
      return i.keys.map((k) => `${where}${k}: unknown field`).join('; ');
    }
    return `${pathText(i.path)}: ${i.message}`;
  });
}

/** Parse `value` with `schema`, or throw a 400 naming every bad field. */
export function parseBody<S extends z.ZodType>(schema: S, value: unknown, what = 'request body'): z.infer<S> {
  if (value === undefined || value === null)
    throw badRequest('body-missing', `${what}: expected a JSON object, got nothing`);
  const r = schema.safeParse(value);
  if (!r.success) throw badRequest('invalid-body', `${what} is invalid: ${problems(r.error).join('; ')}`);
  return r.data;
}

/** A positive integer route parameter, or a 400 naming it. */
export function idParam(params: unknown, name: string): number {
  const raw = (params as Record<string, string | undefined>)[name];
  const n = Number(raw);
  if (!raw || !/^\d{1,15}$/.test(raw) || n <= 0) {
    throw badRequest(
      'invalid-id',
      `${name} in the URL must be a positive integer, got ${JSON.stringify(raw ?? '')}`,
    );
  }
  return n;
}
