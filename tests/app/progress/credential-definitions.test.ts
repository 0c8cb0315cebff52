import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CREDENTIAL_DEFINITIONS } from '../../../src/app/progress/credential-definitions.ts';

const dir = fileURLToPath(new URL('../../../credentials', import.meta.url));

describe('micro-credentials bundled into the app', () => {
  it('are every credentials/*.json, each valid', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(CREDENTIAL_DEFINITIONS.map((d) => `${d.id}.json`).sort()).toEqual(files.sort());
  });
});
