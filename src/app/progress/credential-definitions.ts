// The micro-credentials on offer: every credentials/*.json, bundled at build time and checked on load.
import { parseCredentialDefinition, type CredentialDefinition } from '../../scenario/progress/index.ts';

const files = import.meta.glob<unknown>('/credentials/*.json', { eager: true, import: 'default' });

function load(): CredentialDefinition[] {
  const out: CredentialDefinition[] = [];
  for (const [path, json] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const r = parseCredentialDefinition(json, path.slice(1));
    if (r.ok) out.push(r.definition);
    else console.warn(`skipping an invalid micro-credential definition:\n${r.problems.join('\n')}`);
  }
  return out;
}

export const CREDENTIAL_DEFINITIONS: readonly CredentialDefinition[] = load();
