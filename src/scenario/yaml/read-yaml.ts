// Parse YAML keeping positions: syntax errors come back as positioned diagnostics, never as exceptions.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';

export interface YamlSource {
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Hard limits that keep a hostile file from exhausting memory (aliases are expanded by toJS). */
export const MAX_ALIASES = 100;
export const MAX_BYTES = 2_000_000;

export function readYaml(text: string): { source: YamlSource; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text.length > MAX_BYTES ? '' : text, {
    lineCounter: lines,
    keepSourceTokens: true,
    prettyErrors: true,
    uniqueKeys: true,
    strict: true,
    schema: 'core',
  });
  const diagnostics: Diagnostic[] = [];
  if (text.length > MAX_BYTES)
    diagnostics.push({ line: 1, column: 1, message: `file is larger than ${MAX_BYTES} bytes` });
  for (const e of [...doc.errors, ...doc.warnings]) {
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    diagnostics.push({
      line: Math.max(1, pos.line),
      column: Math.max(1, pos.col),
      message: yamlMessage(e.code, e.message),
    });
  }
  return { source: { text, doc, lines }, diagnostics };
}

/** The yaml library appends " at line L, column C:" and a code excerpt; keep the sentence only. */
function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  const sentence = first.replace(/ at line \d+, column \d+:?\s*$/, '').trim();
  const hints: Record<string, string> = {
    DUPLICATE_KEY: ' (each key may appear once in a mapping)',
    TAB_AS_INDENT: ' (indent with spaces)',
    BAD_INDENT: ' (check the indentation of this line against the lines above)',
  };
  return `YAML syntax: ${sentence}${hints[code] ?? ''}`;
}
