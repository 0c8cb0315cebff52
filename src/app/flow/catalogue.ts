// The shipped scenarios (scenarios/*.yaml, bundled by Vite as lazy raw-text chunks), parsed with the scenario
// engine's parser. A file that does not parse is listed with its diagnostics instead of breaking the list.
import { formatDiagnostic, parseScenario } from '../../scenario/index.ts';
import { catalogueEntry } from '../../scenario/progress/index.ts';
import type { CatalogueItem } from './flow-store.ts';

export type ScenarioFiles = Record<string, () => Promise<string>>;

const SHIPPED: ScenarioFiles = import.meta.glob<string>('/scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
});

/** The file name a trainee or instructor recognises (`cobot-commands-fillet.yaml`). */
export function fileLabel(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

export function catalogueItem(file: string, text: string): CatalogueItem {
  const label = fileLabel(file);
  let parsed: ReturnType<typeof parseScenario>;
  try {
    parsed = parseScenario(text, label);
  } catch (e) {
    // The parser reports problems as diagnostics; anything thrown is a bug, but one file must not break the list.
    return { file, diagnostics: [`${label}:1:1: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const diagnostics = parsed.diagnostics.map((d) => formatDiagnostic(label, d));
  if (!parsed.scenario) return { file, diagnostics };
  return { file, scenario: parsed.scenario, entry: catalogueEntry(parsed.scenario.spec), diagnostics };
}

/** Every scenario file, in file-name order; a file that cannot even be fetched is listed with the reason. */
export async function loadCatalogue(files: ScenarioFiles = SHIPPED): Promise<CatalogueItem[]> {
  const names = Object.keys(files).sort();
  return Promise.all(
    names.map(async (file) => {
      try {
        return catalogueItem(file, await files[file]!());
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return { file, diagnostics: [`${fileLabel(file)}:1:1: cannot be loaded (${why})`] };
      }
    }),
  );
}

/** The installed scenario with this id and version (resume, try again). */
export function findScenario(items: readonly CatalogueItem[], id: string, version: string | number) {
  return items.find((i) => i.scenario?.spec.id === id && String(i.scenario.spec.version) === String(version))
    ?.scenario;
}
