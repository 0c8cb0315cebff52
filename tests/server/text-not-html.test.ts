// Station names, event and round names, reasons and breakdowns come from people: the projector leaderboard and the
// judge console must show them as text, never run them as HTML or script. The real page scripts run here in a
// DOM (happy-dom) fed with hostile text through a fake EventSource and a fake fetch.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { Standings } from '../../src/server/leaderboard/standings.ts';

const WEB = new URL('../../src/server/web/', import.meta.url);
const page = (name: string) => readFileSync(new URL(name, WEB), 'utf8');

const HOSTILE = {
  event: '<img src=x onerror="window.__pwned=1">Cup',
  station: '<script>window.__pwned=2</script>Bay 1',
  round: '<b onmouseover="window.__pwned=3">Final</b>',
  grade: '<i>A</i>',
  reason: '<iframe src="javascript:window.__pwned=4"></iframe>',
  svg: '<svg onload="window.__pwned=5"></svg>',
};

type Win = Window & Record<string, unknown> & { eval(code: string): unknown };
let windows: Window[] = [];
afterEach(async () => {
  for (const w of windows) await w.happyDOM.close();
  windows = [];
});

function open(url: string, html: string): Win {
  const w = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  }) as unknown as Win;
  windows.push(w as unknown as Window);
  w.document.write(html);
  return w;
}

/** Elements a hostile string would have created if it had been parsed as HTML. */
function injected(w: Win): number {
  return w.document.querySelectorAll('img, iframe, svg, b, i, script:not([src])').length;
}

describe('text is rendered as text, never as HTML', () => {
  it('on the projector leaderboard', async () => {
    const w = open('http://127.0.0.1/events/7/leaderboard', page('leaderboard.html'));
    const sources: { url: string; listeners: Map<string, (e: { data: string }) => void> }[] = [];
    w.EventSource = class {
      listeners = new Map<string, (e: { data: string }) => void>();
      constructor(readonly url: string) {
        sources.push(this);
      }
      addEventListener(type: string, fn: (e: { data: string }) => void) {
        this.listeners.set(type, fn);
      }
    };
    w.eval(page('leaderboard.js'));
    expect(sources[0]!.url).toBe('/api/events/7/leaderboard/stream');
    const standings: Standings = {
      event: { id: 7, name: HOSTILE.event },
      rounds: [
        { id: 1, name: HOSTILE.round, scenarioId: 'cobot-fillet-commands', opensAt: '', closesAt: '' },
      ],
      rows: [
        {
          rank: 1,
          stationId: 1,
          stationName: HOSTILE.station,
          total: 88.5,
          rounds: { '1': { attemptId: 1, score: 88.5, grade: HOSTILE.grade, passed: true } },
          attempts: 1,
          disqualified: false,
        },
        {
          rank: null,
          stationId: 2,
          stationName: HOSTILE.svg,
          total: 0,
          rounds: {},
          attempts: 1,
          disqualified: true,
        },
      ],
    };
    sources[0]!.listeners.get('standings')!({ data: JSON.stringify(standings) });
    const doc = w.document;
    expect(doc.getElementById('event-name')!.textContent).toBe(HOSTILE.event);
    expect(doc.querySelector('#head')!.textContent).toContain(HOSTILE.round);
    const cells = [...doc.querySelectorAll('#rows td')].map((td) => td.textContent);
    expect(cells).toContain(HOSTILE.station);
    expect(cells).toContain(HOSTILE.svg);
    expect(cells).toContain(`88.5 (${HOSTILE.grade})`);
    expect(injected(w)).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(w.__pwned).toBeUndefined();
  });

  it('in the judge console (attempt list, details, breakdown and audit log)', async () => {
    const w = open('http://127.0.0.1/console', page('console.html'));
    w.sessionStorage.setItem('weldtwin-token', 'test-token');
    const replies: Record<string, unknown> = {
      '/api/auth/me': { role: 'judge', name: HOSTILE.svg },
      '/api/events': [{ id: 1, name: HOSTILE.event }],
      '/api/events/1': { id: 1, name: HOSTILE.event, rounds: [{ id: 1, name: HOSTILE.round }] },
      '/api/events/1/stations': [{ id: 1, name: HOSTILE.station }],
      '/api/events/1/attempts': [
        {
          id: 5,
          stationId: 1,
          roundId: 1,
          score: 77,
          grade: HOSTILE.grade,
          disqualified: true,
          disqualifiedReason: HOSTILE.reason,
        },
      ],
      '/api/events/1/audit?limit=500': [
        {
          id: 1,
          at: '2026-05-14T09:00:00Z',
          actor: { role: 'station', name: HOSTILE.station },
          action: 'attempt.verified',
          target: 'attempt:5',
          detail: { note: HOSTILE.reason },
        },
      ],
      '/api/attempts/5': {
        id: 5,
        stationName: HOSTILE.station,
        scenarioId: 'cobot-fillet-commands',
        version: 1,
        seed: 3,
        score: 77,
        grade: HOSTILE.grade,
        passed: true,
        durationS: 600,
        hash: '0011223344556677',
        verifiedAt: '2026-05-14T09:00:00Z',
        verifier: 'log-hash',
        appVersion: HOSTILE.svg,
        disqualified: true,
        disqualifiedBy: HOSTILE.station,
        disqualifiedReason: HOSTILE.reason,
        breakdown: { advice: HOSTILE.reason, items: [HOSTILE.station] },
        replay: { log: [] },
      },
    };
    const requested: string[] = [];
    w.fetch = async (url: string) => {
      requested.push(url);
      const body = replies[url];
      return new w.Response(JSON.stringify(body ?? { error: { message: `no fake for ${url}` } }), {
        status: body === undefined ? 404 : 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    w.eval(page('console.js'));
    const doc = w.document;
    for (let i = 0; i < 50 && doc.querySelectorAll('#audit tr').length === 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(doc.getElementById('who')!.textContent).toBe(`judge ${HOSTILE.svg}`);
    expect(doc.querySelector('#event option')!.textContent).toBe(HOSTILE.event);
    const row = doc.querySelector('#attempts tr')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '5',
      HOSTILE.station,
      HOSTILE.round,
      '77',
      HOSTILE.grade,
      `DQ: ${HOSTILE.reason}`,
    ]);
    expect(doc.querySelector('#audit tr')!.textContent).toContain(HOSTILE.station);
    (row as unknown as { click(): void }).click();
    const detail = doc.getElementById('detail') as unknown as { hidden: boolean };
    for (let i = 0; i < 50 && detail.hidden; i++) await new Promise((r) => setTimeout(r, 10));
    expect(doc.getElementById('detail-title')!.textContent).toBe(`Attempt 5 — ${HOSTILE.station}`);
    expect(doc.getElementById('detail-breakdown')!.textContent).toContain(
      HOSTILE.reason.replace(/"/g, '\\"'),
    );
    expect(doc.getElementById('detail-facts')!.textContent).toContain(HOSTILE.reason);
    expect(requested).toContain('/api/attempts/5');
    expect(injected(w)).toBe(0);
    expect(w.__pwned).toBeUndefined();
  });

  it('page scripts never use innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    for (const f of ['leaderboard.js', 'console.js']) {
      expect(page(f)).not.toMatch(/\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\(/);
    }
  });
});
