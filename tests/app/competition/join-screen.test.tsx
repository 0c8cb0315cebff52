// @vitest-environment happy-dom
// The competition screen as the station operator uses it, against the real server: a typo in the address or the
// code is named before anything is sent, a refusal says what to do and keeps what was typed, a good code opens the
// station view with the event's rounds, and leaving asks first — in English and Chinese.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CompetitionScreen } from '../../../src/app/competition/competition-screen.tsx';
import { leaveEvent, useStationStore } from '../../../src/app/competition/station-store.ts';
import { AttemptRecorder } from '../../../src/app/attempts/recorder.ts';
import { MemoryAttemptStore } from '../../../src/app/attempts/memory-store.ts';
import { setAttemptRecorder } from '../../../src/app/attempts/default-recorder.ts';
import { catalogueItem } from '../../../src/app/flow/catalogue.ts';
import { useFlowStore } from '../../../src/app/flow/flow-store.ts';
import { i18next, i18nReady } from '../../../src/app/i18n/index.ts';
import { ORGANISER, Organiser, startChildServer } from './organiser.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const happyDOM = () => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

let server: Awaited<ReturnType<typeof startChildServer>>;
let codes: { joinCode: string }[];
let root: Root;
let host: HTMLElement;

const $ = <T extends Element = HTMLElement>(id: string) => host.querySelector<T>(`[data-testid="${id}"]`);

async function settle(ms = 30) {
  await act(async () => new Promise((r) => setTimeout(r, ms)));
}

async function type(id: string, value: string) {
  const input = $<HTMLInputElement>(id)!;
  await act(async () => {
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    set.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    $('join-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** Waits for the join to come back (the button is enabled again, or the station view shows). */
async function untilSettled() {
  for (let i = 0; i < 100; i++) {
    await settle(50);
    if ($('station-view') || !$<HTMLButtonElement>('join-submit')?.disabled) return;
  }
}

describe('competition screen', () => {
  beforeAll(async () => {
    await i18nReady;
    server = await startChildServer();
    const organiser = await Organiser.login(server.url, ORGANISER);
    const event = await organiser.createEvent([{ name: 'Round 1' }], 'City skills cup');
    codes = await organiser.stations(event.id, ['Bay 1']);
  }, 120_000);
  afterAll(async () => server?.stop());

  beforeEach(async () => {
    await i18next.changeLanguage('en');
    // Not served by a competition server (happy-dom's default page, localhost:3000, would be asked for /healthz).
    happyDOM().setURL('about:blank');
    localStorage.clear();
    leaveEvent();
    setAttemptRecorder(new AttemptRecorder(new MemoryAttemptStore()));
    const id = 'cobot-commands-fillet';
    useFlowStore.setState({
      screen: 'competition',
      catalogue: [catalogueItem(`/scenarios/${id}.yaml`, readFileSync(`scenarios/${id}.yaml`, 'utf8'))],
      finished: null,
    });
    host = document.createElement('div');
    document.body.appendChild(host);
    root = createRoot(host);
    await act(async () => root.render(createElement(CompetitionScreen)));
    await settle();
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    host.remove();
  });

  it('offers the app’s own origin when the competition server serves it, else the last address used', async () => {
    expect($<HTMLInputElement>('join-server')!.value).toBe('');
    await act(async () => root.unmount());
    localStorage.setItem('weldtwin.station.lastServer', 'http://192.168.1.10:8787');
    root = createRoot(host);
    await act(async () => root.render(createElement(CompetitionScreen)));
    await settle();
    expect($<HTMLInputElement>('join-server')!.value).toBe('http://192.168.1.10:8787');

    await act(async () => root.unmount());
    happyDOM().setURL(`${server.url}/`);
    root = createRoot(host);
    await act(async () => root.render(createElement(CompetitionScreen)));
    for (let i = 0; i < 100 && $<HTMLInputElement>('join-server')!.value !== server.url; i++)
      await settle(50);
    expect($<HTMLInputElement>('join-server')!.value).toBe(server.url);
    expect($('join-form')!.textContent).toMatch(/This app comes from the competition server/);
  });

  it('names a typo before sending, says what to do on a refusal, and keeps what was typed', async () => {
    await type('join-server', '127.0.0.1:8787');
    await type('join-code', codes[0]!.joinCode);
    await submit();
    expect($('join-error')!.textContent).toBe(
      '“127.0.0.1:8787” needs http:// or https:// in front: did you mean http://127.0.0.1:8787?',
    );
    expect(document.activeElement).toBe($('join-server'));

    await type('join-server', server.url);
    await type('join-code', '7K2M-QX9D-4HTV');
    await submit();
    expect($('join-error')!.textContent).toMatch(/has 16 letters and digits .*; this one has 12\./);
    expect(document.activeElement).toBe($('join-code'));

    await type('join-code', '0000-0000-0000-0000');
    await submit();
    await untilSettled();
    expect($('join-error')!.textContent).toMatch(/not valid on this server\. Check every character/);
    expect($<HTMLInputElement>('join-server')!.value).toBe(server.url);
    expect($<HTMLInputElement>('join-code')!.value).toBe('0000-0000-0000-0000');
    expect(useStationStore.getState().session).toBeNull();
  });

  it('joins with a good code: the station view shows the event, the station and the open round', async () => {
    await type('join-server', `${server.url}/`);
    await type('join-code', codes[0]!.joinCode.toLowerCase());
    await submit();
    await untilSettled();
    expect($('station-event')!.textContent).toBe('City skills cup');
    expect($('station-name')!.textContent).toBe('Bay 1');
    const round = host.querySelector('[data-testid="rounds"] li')!;
    expect(round.getAttribute('data-status')).toBe('open');
    expect(round.textContent).toMatch(/Round 1.*Open · closes at .*\(in (1:00:00|59:\d\d)\)/);
    expect(round.querySelector('[data-testid="round-start"]')).not.toBeNull();
    const kept = JSON.parse(localStorage.getItem('weldtwin.station')!);
    expect(kept).toMatchObject({
      server: server.url,
      station: { name: 'Bay 1' },
      event: { name: 'City skills cup' },
    });

    // The same code twice: the refusal names it (a new code is needed), and nothing typed is lost.
    await act(async () => $('leave-event')!.click());
    expect($('leave-confirm')!.textContent).toMatch(/Leave City skills cup\? This station forgets its token/);
    await act(async () => $('leave-yes')!.click());
    expect(localStorage.getItem('weldtwin.station')).toBeNull();
    expect($<HTMLInputElement>('join-server')!.value).toBe(server.url);
    await type('join-code', codes[0]!.joinCode);
    await submit();
    await untilSettled();
    expect($('join-error')!.textContent).toMatch(/already been used\. Each code works once/);

    await act(async () => i18next.changeLanguage('zh-CN'));
    await submit();
    await untilSettled();
    expect($('join-error')!.textContent).toMatch(/此加入码已被使用/);
  });

  it('says when this station does not have the round’s scenario version', async () => {
    useFlowStore.setState({ catalogue: [] });
    await type('join-server', server.url);
    const organiser = await Organiser.login(server.url, ORGANISER);
    const ev = await organiser.createEvent([{ name: 'Final' }], 'Update test');
    const [st] = await organiser.stations(ev.id, ['Bay 9']);
    await type('join-code', st!.joinCode);
    await submit();
    await untilSettled();
    expect($('round-missing')!.textContent).toBe(
      'This station does not have scenario cobot-commands-fillet version 1.0.0; update the app.',
    );
    expect($('round-start')).toBeNull();
  });
});
