// The cells' model data (assets/models/*.json): every file has a schema and passes it, every number has its source
// beside it, and what is wrong is reported by file and JSON path.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkModelFile, modelSchemas, numbersWithoutSource } from '../../src/app/models/model-schema.ts';

const DIR = 'assets/models';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('assets/models', () => {
  it('holds one file per schema (three cells, shop items, workpiece, materials), nothing else', () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(modelSchemas).sort());
  });

  it.each(files)('%s passes its schema and every number in it has a source', (file) => {
    expect(checkModelFile(file, readFileSync(`${DIR}/${file}`, 'utf8'))).toEqual([]);
  });

  it('names the file and the JSON path of what is wrong', () => {
    const good = JSON.parse(readFileSync(`${DIR}/cobot-cell.json`, 'utf8')) as {
      table: { plate: Record<string, unknown> };
      trolley: { parts: Record<string, unknown>[] };
    };
    good.table.plate.thicknessM = -0.025;
    delete good.trolley.parts[2]!.source;
    const problems = checkModelFile('cobot-cell.json', JSON.stringify(good));
    expect(problems).toContain(
      'cobot-cell.json: $.table.plate.thicknessM: Too small: expected number to be >0',
    );
    expect(problems.some((p) => p.startsWith('cobot-cell.json: $.trolley.parts[2].source: '))).toBe(true);
    expect(problems).toContain(
      'cobot-cell.json: $.trolley.parts[2].radius: a number without a sibling "source"',
    );
    expect(checkModelFile('cobot-cell.json', '{ "table": ')[0]).toMatch(/^cobot-cell\.json: not JSON: /);
    expect(checkModelFile('robot.json', '{}')[0]).toMatch(/^robot\.json: no schema for this file/);
  });

  it('finds a number whose object has no source, however deep', () => {
    expect(numbersWithoutSource({ a: { b: [1, { c: 2, source: 'x' }], source: ' ' }, d: [[3]] })).toEqual([
      '$.a.b[0]',
      '$.d[0][0]',
    ]);
  });
});
