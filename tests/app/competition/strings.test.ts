// Every station-mode string exists in English and Chinese, every refusal the client can meet has its own message,
// and what the operator types is checked before anything is sent (address, join code).
import { describe, expect, it } from 'vitest';
import { checkJoinCode, checkServerAddress } from '../../../src/app/competition/address.ts';
import en from '../../../src/app/competition/i18n.en.json';
import zhCN from '../../../src/app/competition/i18n.zh-CN.json';
import { describeError } from '../../../src/app/competition/messages.ts';
import { ServerError } from '../../../src/app/competition/server-error.ts';

type Tree = { [k: string]: string | Tree };
function leaves(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const a = leaves(en as Tree);
const b = leaves(zhCN as Tree);
const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('station-mode strings', () => {
  it('have the same keys and placeholders in en and zh-CN, none empty', () => {
    expect([...a.keys()].filter((k) => !b.has(k))).toEqual([]);
    expect([...b.keys()].filter((k) => !a.has(k))).toEqual([]);
    for (const [k, v] of a) {
      expect(v, k).not.toBe('');
      expect(b.get(k), k).not.toBe('');
      expect(vars(b.get(k)!), k).toEqual(vars(v));
    }
  });

  it('give every refusal of docs/competition.md a message of its own', () => {
    const codes = [
      'unreachable',
      'timeout',
      'not-weldtwin',
      'unknown-join-code',
      'join-code-used',
      'session-expired',
      'not-authenticated',
      'wrong-role',
      'round-not-open',
      'round-closed',
      'wrong-exercise',
      'hash-mismatch',
      'attempt-rejected',
      'other-station',
      'log-from-other-station',
      'idempotency-key-reused',
      'verifier-busy',
      'body-too-large',
      'invalid-body',
    ];
    for (const code of codes) {
      const m = describeError(new ServerError(400, code, 'x'), 'http://s:8787', 'http:');
      expect(m.key, code).not.toBe('competition.errors.refused');
      expect(a.has(m.key), `${code} → ${m.key}`).toBe(true);
    }
    expect(describeError(new ServerError(418, 'teapot', 'short and stout'), 'http://s').key).toBe(
      'competition.errors.refused',
    );
    expect(describeError(new ServerError(500, 'internal-error', 'x'), 'http://s').key).toBe(
      'competition.errors.serverFault',
    );
  });
});

describe('what the operator types', () => {
  it('takes a server address as an http(s) URL, and suggests the scheme when it is missing', () => {
    expect(checkServerAddress(' http://192.168.1.10:8787/ ')).toEqual({
      ok: true,
      server: 'http://192.168.1.10:8787',
    });
    expect(checkServerAddress('https://skills.example.org/weldtwin/')).toEqual({
      ok: true,
      server: 'https://skills.example.org/weldtwin',
    });
    expect(checkServerAddress('192.168.1.10:8787')).toEqual({
      ok: false,
      problem: 'not-url',
      suggestion: 'http://192.168.1.10:8787',
    });
    expect(checkServerAddress('localhost:8787')).toMatchObject({ suggestion: 'http://localhost:8787' });
    expect(checkServerAddress('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkServerAddress('ftp://server')).toEqual({ ok: false, problem: 'scheme' });
    expect(checkServerAddress('http://u:p@server:8787')).toEqual({ ok: false, problem: 'extra' });
    expect(checkServerAddress('http://server:8787/?x=1')).toEqual({ ok: false, problem: 'extra' });
  });

  it('takes a join code in any case, with or without dashes, read as the server reads it', () => {
    expect(checkJoinCode('7k2m-qx9d-4htv-0b8n')).toEqual({ ok: true, code: '7K2M-QX9D-4HTV-0B8N' });
    expect(checkJoinCode(' 7K2M QX9D 4HTV 0B8N ')).toEqual({ ok: true, code: '7K2M-QX9D-4HTV-0B8N' });
    // O is read as 0 and I/L as 1, as the server does.
    expect(checkJoinCode('7K2M-QX9D-4HTV-OB8N')).toEqual({ ok: true, code: '7K2M-QX9D-4HTV-0B8N' });
    expect(checkJoinCode('7K2M-QX9D-4HTV')).toEqual({ ok: false, problem: 'length', count: 12, bad: '' });
    expect(checkJoinCode('7K2M-QX9D-4HTV-0B8U')).toMatchObject({
      ok: false,
      problem: 'characters',
      bad: 'U',
    });
    expect(checkJoinCode('')).toMatchObject({ ok: false, problem: 'empty' });
  });
});
