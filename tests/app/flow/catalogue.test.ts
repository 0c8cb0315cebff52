// The home screen's scenario list: every shipped file parses, and a broken file is listed with its
// diagnostics (file:line:col message) while the others still load.
import { describe, expect, it } from 'vitest';
import { catalogueItem, findScenario, loadCatalogue } from '../../../src/app/flow/catalogue.ts';
import { readFileSync, readdirSync } from 'node:fs';

describe('scenario catalogue', () => {
  it('bundles and parses every shipped scenario, grouped by family and skill layer', async () => {
    const items = await loadCatalogue();
    const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));
    expect(items.map((i) => i.file.split('/').pop())).toEqual([...shipped].sort());
    for (const i of items) expect(i.diagnostics, i.file).toEqual([]);
    const cells = new Set(items.map((i) => `${i.entry!.robotFamily}/${i.entry!.skillLayer}`));
    // Three robot families × four skill layers.
    expect(cells.size).toBe(12);
    expect(findScenario(items, 'cobot-commands-fillet', '1.0.0')?.spec.level).toBe(1);
    expect(findScenario(items, 'cobot-commands-fillet', '9.9.9')).toBeUndefined();
  });

  it('lists a broken file with its diagnostics instead of failing the list', async () => {
    const good = readFileSync('scenarios/cobot-commands-fillet.yaml', 'utf8');
    const broken = good.replace('level: 1', 'level: eleven');
    const items = await loadCatalogue({
      '/scenarios/a-good.yaml': async () => good,
      '/scenarios/b-broken.yaml': async () => broken,
      '/scenarios/c-unreadable.yaml': async () => {
        throw new Error('network error');
      },
    });
    expect(items).toHaveLength(3);
    expect(items[0]!.scenario?.spec.id).toBe('cobot-commands-fillet');
    expect(items[1]!.scenario).toBeUndefined();
    const line = good.split('\n').findIndex((l) => l.startsWith('level:')) + 1;
    expect(items[1]!.diagnostics[0]).toMatch(new RegExp(`^b-broken\\.yaml:${line}:\\d+: .*number`));
    expect(items[2]!.diagnostics).toEqual(['c-unreadable.yaml:1:1: cannot be loaded (network error)']);
  });

  it('reports YAML syntax errors with their position', () => {
    const item = catalogueItem('/scenarios/x.yaml', 'id: x\ntitle: [unclosed\n');
    expect(item.scenario).toBeUndefined();
    expect(item.diagnostics[0]).toMatch(/^x\.yaml:\d+:\d+: /);
  });
});
