import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioJsonSchema } from '../../src/scenario/index.ts';

const FILE = join(import.meta.dirname, '../../scenarios/schema.json');

describe('scenarios/schema.json', () => {
  it('is the JSON Schema the code exports (regenerate: npm run -s weldtwin -- scenario schema > scenarios/schema.json)', () => {
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });

  it('describes the top-level fields editors complete, and forbids unknown ones', () => {
    const schema = scenarioJsonSchema() as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
      required: string[];
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['id', 'version', 'title', 'phases', 'rules', 'rubric', 'solutions']),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'id',
        'version',
        'title',
        'robotFamily',
        'skillLayer',
        'phases',
        'rubric',
        'solutions',
      ]),
    );
  });
});
