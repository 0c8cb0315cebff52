// Station mode end to end, in Debian Chromium against a real competition server child (the real scenario engine
// replaying every attempt, SQLite in a temp dir, on loopback): the organiser sets up an event through the API, the
// station joins with its one-time code from the home screen, takes the open round with the reference steps, and
// the station view shows the server's verified score equal to the local one; the judges' API has exactly that one
// attempt. Then a round whose server goes down before the finish: "pending upload", the server comes back, and the
// submission goes through by itself — once. A reload mid-round resumes the competition attempt.
import type { Page } from '@playwright/test';
import { api, removeDir, spawnServer, tempDataDir, type SpawnedServer } from '../../scripts/server-child.mjs';
import { expect, openApp, test } from './fixtures.ts';
import { playVerticalUpReference, setPowerSource, shippedScenario, storedAttempt } from './flow-helpers.ts';

const SCENARIO = 'cobot-dialogue-vertical-up';
const ORGANISER = { username: 'e2e-organiser', password: 'e2e-organiser-password' };

let dataDir: string;
let server: SpawnedServer | null = null;
let url = '';

/** The server child on the same loopback port and database every time (a restart keeps the station's address). */
async function startServer(port = '0'): Promise<void> {
  server = await spawnServer({
    dataDir,
    env: {
      WELDTWIN_VERIFIER: 'scenario',
      WELDTWIN_VERIFY_WORKERS: '1',
      WELDTWIN_ORGANISER_USER: ORGANISER.username,
      WELDTWIN_ORGANISER_PASSWORD: ORGANISER.password,
      PORT: port,
    },
  });
  url = server.url;
}

/** Stop the child by its PID and wait until it has gone. */
async function stopServer(): Promise<void> {
  const s = server;
  if (!s) return;
  server = null;
  const gone = new Promise((r) => s.child.once('exit', r));
  if (s.child.exitCode === null && s.child.pid !== undefined) process.kill(s.child.pid, 'SIGTERM');
  await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
  if (s.child.exitCode === null && s.child.pid !== undefined) process.kill(s.child.pid, 'SIGKILL');
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dataDir = tempDataDir('weldtwin-e2e-competition-');
  await startServer();
});

test.afterAll(async () => {
  await stopServer();
  removeDir(dataDir);
});

/** Organiser: log in, an event with one round of the scenario open now, one station; its join code. */
async function setUpEvent(name: string, seed: number) {
  const login = await api(url, 'POST', '/api/auth/login', { body: ORGANISER });
  expect(login.status, login.text).toBe(200);
  const token = login.json.token as string;
  const spec = shippedScenario(SCENARIO).spec;
  const now = Date.now();
  const ev = await api(url, 'POST', '/api/events', {
    token,
    body: {
      name,
      rounds: [
        {
          name: 'Round 1',
          scenarioId: spec.id,
          version: spec.version,
          seed,
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: new Date(now + 2 * 3600_000).toISOString(),
        },
      ],
    },
  });
  expect(ev.status, ev.text).toBe(201);
  const st = await api(url, 'POST', `/api/events/${ev.json.id}/stations`, {
    token,
    body: { names: ['Bay 7'] },
  });
  expect(st.status, st.text).toBe(201);
  return { token, eventId: ev.json.id as number, joinCode: st.json[0].joinCode as string };
}

/** What the judges' API has stored for the event. */
async function storedAttempts(token: string, eventId: number) {
  const r = await api(url, 'GET', `/api/events/${eventId}/attempts`, { token });
  expect(r.status, r.text).toBe(200);
  return r.json as { score: number; grade: string; passed: boolean; idempotencyKey: string }[];
}

/** Home → Competition → join with the code (typed in lower case, sent with Enter). */
async function joinFromHome(page: Page, joinCode: string, event: string): Promise<void> {
  await openApp(page, '', { home: true });
  await page.getByTestId('home-competition').click();
  await expect(page.getByTestId('join-form')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('join-server').fill(url);
  await page.getByTestId('join-code').fill(joinCode.toLowerCase());
  await page.getByTestId('join-code').press('Enter');
  await expect(page.getByTestId('station-event')).toHaveText(event, { timeout: 30_000 });
  await expect(page.getByTestId('station-name')).toHaveText('Bay 7');
}

/** Start the open round from the station view, then its briefing from the keyboard. */
async function startRound(page: Page, event: string): Promise<void> {
  const round = page.getByTestId('rounds').locator('li').first();
  await expect(round).toHaveAttribute('data-status', 'open');
  await expect(round.getByTestId('round-status')).toContainText(/Open · closes at .* \(in 1:5\d:\d\d\)/);
  await round.getByTestId('round-start').click();
  await expect(page.getByTestId('briefing-competition')).toHaveText(`${event} · Round 1`);
  await expect(page.getByTestId('briefing-start')).toBeFocused();
  await page.keyboard.press('Enter');
  const badge = page.getByTestId('competition-badge');
  await expect(badge).toContainText(`${event} · Round 1`, { timeout: 30_000 });
  await expect(page.getByTestId('competition-time-left')).toContainText(/Round closes in 1:5\d:\d\d/);
  // A round runs in real time at every station: no simulation speed choice.
  await expect(page.getByTestId('time-scale-locked')).toBeVisible();
  await expect(page.getByTestId('time-scale')).toHaveCount(0);
}

/** How the server's replay workers finished final submissions so far: continuing a live replay, or from the start. */
async function finalReplays(): Promise<{ continued: number; fromStart: number }> {
  const health = (await (await fetch(`${url}/healthz`)).json()) as {
    pool: { finals: { continued: number; fromStart: number } };
  };
  return health.pool.finals;
}

/**
 * Chromium logs failed requests to the console. Expected here, and nothing else: the join form's probe of the app's
 * own origin (vite preview is not a competition server: 404 on /healthz, counted by `watchNotFound`) and, while
 * the server is down, refused connections. A live chunk or submission answered 4xx would show up.
 */
function allowNetworkNoise(consoleErrors: string[], alsoRefused: boolean, ownOriginProbes: number): void {
  let probes = ownOriginProbes;
  const expected = (m: string) => {
    if (probes > 0 && /Failed to load resource: the server responded with a status of 404/.test(m)) {
      probes--;
      return true;
    }
    return alsoRefused && /Failed to load resource: net::ERR_CONNECTION_REFUSED/.test(m);
  };
  const rest = consoleErrors.filter((m) => !expected(m));
  consoleErrors.length = 0;
  consoleErrors.push(...rest);
}

/** Every 404 the page gets must be the own-origin probe; returns the count of those. */
function watchNotFound(page: Page): () => number {
  const notFound: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404) notFound.push(new URL(r.url()).pathname + ' @ ' + new URL(r.url()).origin);
  });
  return () => {
    const own = notFound.filter((u) => u.startsWith('/healthz @ ') && !u.endsWith(new URL(url).origin));
    expect(notFound, '404s other than the own-origin /healthz probe').toEqual(own);
    return own.length;
  };
}

test('join with the code, take the open round with the reference steps, and get the verified score', async ({
  page,
  guards,
}) => {
  const probes = watchNotFound(page);
  test.setTimeout(360_000);
  const event = 'Provincial skills final';
  const { token, eventId, joinCode } = await setUpEvent(event, 2026);
  const before = await finalReplays();
  // What the station sends: live chunks while the trainee works (the server replays them as they come) and the
  // final submission.
  const live: number[] = [];
  const submitted: Record<string, unknown>[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'POST') return;
    if (r.url() === `${url}/api/attempts`) submitted.push(r.postDataJSON() as Record<string, unknown>);
  });
  page.on('response', (r) => {
    if (r.request().method() === 'POST' && r.url() === `${url}/api/attempts/live`) live.push(r.status());
  });
  await joinFromHome(page, joinCode, event);
  await startRound(page, event);
  expect((await page.evaluate(() => window.__weldtwin!.flow!.run()))?.seed).toBe(2026);

  await playVerticalUpReference(page);

  // Back on the station view: the local result at once, then the server's beside it — the same.
  const last = page.getByTestId('last-attempt');
  await expect(last).toBeVisible({ timeout: 60_000 });
  await expect(last.getByTestId('last-server-score')).toBeVisible({ timeout: 90_000 });
  const local = await page.evaluate(() => window.__weldtwin!.flow!.result());
  expect(local).toMatchObject({ passed: true, endReason: 'completed' });
  await expect(last.getByTestId('last-local-score')).toHaveText(String(local!.score));
  await expect(last.getByTestId('last-server-score')).toHaveText(String(local!.score));
  await expect(last.getByTestId('last-server')).toHaveAttribute('data-grade', local!.grade);
  await expect(last.getByTestId('results-agree')).toHaveAttribute('data-agree', 'true');
  await expect(last.getByTestId('upload-state')).toHaveAttribute('data-state', 'verified');
  const row = page.getByTestId('competition-attempt');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('server-result')).toHaveAttribute('data-score', String(local!.score));

  // The judges see exactly this one attempt, with the server's score equal to the station's.
  const stored = await storedAttempts(token, eventId);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ score: local!.score, grade: local!.grade, passed: local!.passed });

  // One submission: the whole log under the attempt's id, with the round, the station and the app's replay hash,
  // never a score. The live chunks were all taken, and the server finished the attempt by continuing their replay.
  expect(submitted).toHaveLength(1);
  const body = submitted[0]!;
  expect(body).toMatchObject({ idempotencyKey: stored[0]!.idempotencyKey, seed: 2026 });
  expect(body.hash).toMatch(/^[0-9a-f]{16}$/);
  expect(typeof body.roundId).toBe('number');
  expect(typeof body.stationId).toBe('number');
  expect(Object.keys(body)).not.toContain('score');
  // Every panel action of the reference steps (settings, program moves, phase buttons), in tick order.
  const ticks = (body.log as { tick: number }[]).map((e) => e.tick);
  expect(ticks.length).toBeGreaterThan(15);
  expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
  expect(live.length).toBeGreaterThanOrEqual(3);
  expect(live.every((status) => status === 200)).toBe(true);
  const after = await finalReplays();
  expect({
    continued: after.continued - before.continued,
    fromStart: after.fromStart - before.fromStart,
  }).toEqual({
    continued: 1,
    fromStart: 0,
  });
  allowNetworkNoise(guards.consoleErrors, false, probes());
});

test('the server goes down before the finish: pending upload, then it goes through by itself once it is back', async ({
  page,
  guards,
}) => {
  const probes = watchNotFound(page);
  test.setTimeout(300_000);
  const event = 'Regional skills cup';
  const { token, eventId, joinCode } = await setUpEvent(event, 77);
  await joinFromHome(page, joinCode, event);
  await startRound(page, event);
  await setPowerSource(page, 'Wire feed speed (m/min)', 6.5);
  await page.getByTestId('power-source').getByLabel('Pulsed').check();
  const logged = await page.evaluate(() => window.__weldtwin!.flow!.run()!.log.length);

  // A reload mid-round: the attempt is offered again and continues as the same competition attempt.
  await expect
    .poll(() => page.evaluate(() => window.__weldtwin!.flow!.run()!.log.length), { timeout: 10_000 })
    .toBe(logged);
  // Autosave (every second; later on a busy machine) has the last setting.
  await expect.poll(async () => (await storedAttempt(page))?.savedEntries, { timeout: 30_000 }).toBe(logged);
  await page.reload();
  await expect(page.getByTestId('resume-prompt')).toBeVisible({ timeout: 90_000 });
  await page.getByTestId('resume-continue').press('Enter');
  await expect(page.getByTestId('competition-badge')).toContainText(`${event} · Round 1`, {
    timeout: 30_000,
  });
  const resumed = await page.evaluate(() => window.__weldtwin!.flow!.run());
  expect(resumed).toMatchObject({ seed: 77 });
  expect(resumed!.log).toHaveLength(logged);

  // The server stops; the trainee finishes anyway.
  const port = new URL(url).port;
  await stopServer();
  await page.getByTestId('finish-attempt').click();
  await page.getByTestId('finish-yes').click();
  const last = page.getByTestId('last-attempt');
  await expect(last).toBeVisible({ timeout: 60_000 });
  await expect(last.getByTestId('upload-state')).toHaveAttribute('data-state', 'pending', {
    timeout: 60_000,
  });
  await expect(last.getByTestId('upload-state')).toContainText('Pending upload');
  await expect(last.getByTestId('upload-state')).toContainText('Cannot reach the competition server');
  const local = await page.evaluate(() => window.__weldtwin!.flow!.result());

  // Back on the same address: the background retry submits it without anyone doing anything.
  await startServer(port);
  expect(new URL(url).port).toBe(port);
  await expect(last.getByTestId('upload-state')).toHaveAttribute('data-state', 'verified', {
    timeout: 90_000,
  });
  await expect(last.getByTestId('last-server-score')).toHaveText(String(local!.score));
  await expect(last.getByTestId('results-agree')).toHaveAttribute('data-agree', 'true');
  const stored = await storedAttempts(token, eventId);
  expect(stored).toHaveLength(1);
  expect(stored[0]!.score).toBe(local!.score);
  allowNetworkNoise(guards.consoleErrors, true, probes());
});
