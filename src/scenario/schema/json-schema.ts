// JSON Schema of the scenario format, for editors (`# yaml-language-server: $schema=./schema.json`).
import { z } from 'zod';
import { scenarioSchema } from './scenario.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return { ...schema, $id: 'https://weldtwin.dev/schema/scenario.json', title: 'WeldTwin scenario' };
}

/** The text written to scenarios/schema.json (stable: a test checks the file is up to date). */
export function scenarioJsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}
