// Every UI string exists in both languages: a key missing in zh-CN would show English (or the key) to a
// Chinese-speaking trainee.
import { describe, expect, it } from 'vitest';
import en from '../../src/app/i18n/en.json';
import zhCN from '../../src/app/i18n/zh-CN.json';
import { SHORTCUTS } from '../../src/app/controls/shortcuts.ts';

type Tree = { [k: string]: string | string[] | Tree };

function leaves(t: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string' || Array.isArray(v)) out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

describe('i18n tables', () => {
  const a = leaves(en as Tree);
  const b = leaves(zhCN as Tree);

  it('have the same keys in en and zh-CN', () => {
    expect([...b.keys()].filter((k) => !a.has(k))).toEqual([]);
    expect([...a.keys()].filter((k) => !b.has(k))).toEqual([]);
  });

  it('have no empty strings and arrays of the same length', () => {
    for (const [k, v] of a) {
      const w = b.get(k);
      if (Array.isArray(v)) expect((w as string[]).length, k).toBe(v.length);
      else {
        expect(v, k).not.toBe('');
        expect(w, k).not.toBe('');
      }
    }
  });

  it('describe every keyboard shortcut in both languages', () => {
    for (const s of SHORTCUTS) {
      expect(a.has(`keys.${s.id}`), s.id).toBe(true);
      expect(b.has(`keys.${s.id}`), s.id).toBe(true);
    }
  });
});
