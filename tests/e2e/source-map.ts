// Maps a position in a built chunk (the script URL and 0-based line/column a V8 profile or a function location
// reports) back to the original source file and line, through the hidden source maps the e2e build writes next
// to its chunks (playwright.config.ts builds with WELDTWIN_SOURCEMAP=hidden; the shipped build has none).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OriginalPosition {
  /** Source path relative to the repository root, e.g. `src/app/weld/arc-effects.tsx` or `node_modules/three/…`. */
  source: string;
  /** 1-based line in the original file. */
  line: number;
  /** 0-based column in the original file. */
  column: number;
  /** The original name the map records at this position (a function's own name, when the minifier renamed it). */
  name: string | null;
  /** The original line's text, trimmed (from the map's sourcesContent). */
  text: string;
}

interface RawMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  names: string[];
  mappings: string;
}

/** [generatedColumn, sourceIndex, originalLine, originalColumn, nameIndex (-1 = none)] */
type Segment = [number, number, number, number, number];

interface LoadedMap {
  sources: string[];
  lines: (string[] | null)[];
  names: string[];
  /** Segments per generated line, sorted by generated column. */
  segments: Segment[][];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((ch, i) => [ch, i]));

/** Decodes the `mappings` string of a version 3 source map (Base64 VLQ, fields relative to the previous one). */
function decodeMappings(mappings: string): Segment[][] {
  const out: Segment[][] = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  for (const lineText of mappings.split(';')) {
    const segments: Segment[] = [];
    let generated = 0;
    for (const seg of lineText.split(',')) {
      if (seg === '') continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64_VALUE.get(ch);
        if (digit === undefined) throw new Error(`source map: bad Base64 character "${ch}"`);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generated += fields[0]!;
      if (fields.length < 4) continue;
      source += fields[1]!;
      line += fields[2]!;
      column += fields[3]!;
      if (fields.length >= 5) name += fields[4]!;
      segments.push([generated, source, line, column, fields.length >= 5 ? name : -1]);
    }
    segments.sort((a, b) => a[0] - b[0]);
    out.push(segments);
  }
  return out;
}

/** Source maps of one build directory, loaded on first use. */
export class BuildSourceMaps {
  private readonly maps = new Map<string, LoadedMap | null>();

  constructor(private readonly outDir: string) {}

  /** The map of the chunk a script URL (http://host/assets/x.js) names, or null when it has none. */
  private mapFor(url: string): LoadedMap | null {
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      return null;
    }
    if (this.maps.has(path)) return this.maps.get(path)!;
    const file = join(this.outDir, `${decodeURIComponent(path)}.map`);
    let loaded: LoadedMap | null = null;
    if (existsSync(file)) {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as RawMap;
      loaded = {
        // Sources are relative to the chunk (outDir/assets/): `../../src/app/…` → `src/app/…`.
        sources: raw.sources.map((s) => s.replace(/^(\.\.\/)+/, '')),
        lines: (raw.sourcesContent ?? []).map((c) => (c == null ? null : c.split('\n'))),
        names: raw.names,
        segments: decodeMappings(raw.mappings),
      };
    }
    this.maps.set(path, loaded);
    return loaded;
  }

  /** The original position of a 0-based generated line/column of the script at `url`. */
  lookup(url: string, line: number, column: number): OriginalPosition | null {
    const map = this.mapFor(url);
    const segments = map?.segments[line];
    if (!map || !segments || segments.length === 0) return null;
    // The last segment at or before the column (binary search).
    let lo = 0;
    let hi = segments.length - 1;
    if (segments[0]![0] > column) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]![0] <= column) lo = mid;
      else hi = mid - 1;
    }
    const [, src, origLine, origColumn, nameIndex] = segments[lo]!;
    return {
      source: map.sources[src] ?? '?',
      line: origLine + 1,
      column: origColumn,
      name: nameIndex >= 0 ? (map.names[nameIndex] ?? null) : null,
      text: (map.lines[src]?.[origLine] ?? '').trim(),
    };
  }
}
