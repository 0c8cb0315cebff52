import { parseDocument, LineCounter, isScalar } from 'yaml';
import { scalarCharOffset } from './src/scenario/yaml/source-map.ts';
const text = 'a:\n  require: |\n    not person.inHazardZone\n      and process.exit\n  b: "x \\"y\\" process"\n  c: plain\n    folded process\n';
const lc = new LineCounter();
const doc = parseDocument(text, { lineCounter: lc, keepSourceTokens: true });
for (const k of ['require', 'b', 'c']) {
  const n = doc.getIn(['a', k], true) as any;
  const v = String(n.value);
  const i = v.indexOf('process');
  const off = scalarCharOffset(text, n, i);
  console.log(k, JSON.stringify(v), n.type, n.range, i, off, lc.linePos(off), JSON.stringify(text.slice(off, off + 7)));
}
