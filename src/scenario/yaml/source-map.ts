// Map a data path (`['phases', 2, 'goals', 0, 'condition']`) back to where it is written in the YAML file,
// and an offset inside a string value back to its line and column.
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import type { SourcePos } from '../diagnostics.ts';
import type { YamlSource } from './read-yaml.ts';

export type DataPath = ReadonlyArray<string | number>;

interface Found {
  /** The deepest node reached along the path. */
  node: Node | null;
  /** The key of the pair that holds `node` (for pointing at `field:`). */
  key: Node | null;
  /** How many path segments were matched. */
  depth: number;
}

function findPair(map: { items: Pair[] }, key: string | number): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
}

function walk(src: YamlSource, path: DataPath): Found {
  let node = src.doc.contents as Node | null;
  let key: Node | null = null;
  let depth = 0;
  for (const seg of path) {
    if (isAlias(node)) break;
    if (isMap(node)) {
      const pair = findPair(node, seg);
      if (!pair) break;
      key = pair.key as Node;
      node = (pair.value as Node | null) ?? null;
      if (!node) {
        depth++;
        break;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      node = item;
      key = null;
    } else break;
    depth++;
  }
  return { node, key, depth };
}

export class SourceMap {
  constructor(private readonly src: YamlSource) {}

  pos(offset: number): SourcePos {
    const p = this.src.lines.linePos(Math.max(0, Math.min(offset, this.src.text.length)));
    return { line: Math.max(1, p.line), column: Math.max(1, p.col) };
  }

  /** Position of the value at `path`; if the path does not exist, of its deepest existing ancestor's key. */
  value(path: DataPath): SourcePos {
    const f = walk(this.src, path);
    if (f.depth === path.length && f.node?.range) return this.pos(f.node.range[0]);
    return this.container(f);
  }

  /** Position of the key `field:` at `path` (falls back to the value). */
  key(path: DataPath): SourcePos {
    const f = walk(this.src, path);
    if (f.depth === path.length && f.key?.range) return this.pos(f.key.range[0]);
    if (f.depth === path.length && f.node?.range) return this.pos(f.node.range[0]);
    return this.container(f);
  }

  /** Where a missing field belongs: the key of the mapping that should hold it. */
  container(f: Found | DataPath): SourcePos {
    const found = Array.isArray(f) ? walk(this.src, f as DataPath) : (f as Found);
    if (found.key?.range) return this.pos(found.key.range[0]);
    if (found.node?.range) return this.pos(found.node.range[0]);
    return { line: 1, column: 1 };
  }

  /** Whether the path exists in the file (defaults fill in values that do not). */
  has(path: DataPath): boolean {
    return walk(this.src, path).depth === path.length;
  }

  /** Position of character `index` of the string value at `path` (expressions report errors this way). */
  inString(path: DataPath, index: number): SourcePos {
    const f = walk(this.src, path);
    if (f.depth !== path.length || !isScalar(f.node) || !f.node.range) return this.value(path);
    const offset = scalarCharOffset(this.src.text, f.node, index);
    return this.pos(offset);
  }
}

/**
 * Source offset of value character `index` of a scalar: aligns the value with its source text, skipping quotes,
 * escapes, block headers, indentation and folded line breaks. Falls back to the scalar's start.
 */
export function scalarCharOffset(text: string, node: Scalar, index: number): number {
  const [start, end] = node.range!;
  const value = String(node.value);
  let p = start;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') p++;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const nl = text.indexOf('\n', p);
    if (nl < 0) return start;
    p = nl + 1;
  }
  const limit = Math.min(index, value.length);
  for (let i = 0; i <= limit && i < value.length; i++) {
    const ch = value.charAt(i);
    while (p < end && text.charAt(p) !== ch && !(ch === ' ' && text.charAt(p) === '\n')) p++;
    if (p >= end) return i === 0 ? start : Math.min(p, end);
    if (i === limit) return p;
    p++;
  }
  // Index at or past the end of the value: point just after its last character.
  return Math.min(p, end);
}
