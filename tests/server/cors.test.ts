// The station app may run on another origin than the server (vite dev, a preview port, a station PC pointing at the
// event server): the API answers preflight requests and carries Access-Control-Allow-Origin, on refusals too, so
// the app can read the server's message. Default any origin (the token is a bearer header, never a cookie); a
// configured list echoes only the listed origins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type WeldTwinServer } from '../../src/server/app.ts';
import { readConfig } from '../../src/server/config.ts';
import { generateSigningKeyPem, signerFromPem } from '../../src/server/credentials/signing.ts';
import { parseCorsOrigins, type CorsOrigins } from '../../src/server/http/cors.ts';
import { InlineVerifier } from '../../src/server/verify/inline.ts';
import { sqliteFactory, type OpenedStore } from './support/stores.ts';

const APP = 'http://127.0.0.1:5173';
const STATION_PC = 'http://192.168.1.20:4173';
const pem = generateSigningKeyPem();

async function serverWith(corsOrigins?: CorsOrigins): Promise<{ app: WeldTwinServer; opened: OpenedStore }> {
  const opened = await sqliteFactory.open();
  const app = await buildServer({
    store: opened.store,
    verifier: new InlineVerifier('log-hash'),
    signer: signerFromPem(pem),
    scryptLog2N: 14,
    ...(corsOrigins ? { corsOrigins } : {}),
  });
  return { app, opened };
}

const preflight = (app: WeldTwinServer, url: string, origin: string) =>
  app.inject({
    method: 'OPTIONS',
    url,
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });

describe('CORS with the default (any origin)', () => {
  let app: WeldTwinServer;
  let opened: OpenedStore;
  beforeAll(async () => ({ app, opened } = await serverWith()));
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  it('answers a preflight for the station endpoints with 204, the allowed headers and a max age', async () => {
    for (const url of ['/api/stations/join', '/api/station/me', '/api/attempts', '/api/attempts/live']) {
      const r = await preflight(app, url, APP);
      expect(r.statusCode, url).toBe(204);
      expect(r.headers['access-control-allow-origin'], url).toBe('*');
      expect(String(r.headers['access-control-allow-headers'])).toBe(
        'Authorization, Content-Type, Idempotency-Key',
      );
      expect(String(r.headers['access-control-allow-methods'])).toContain('POST');
      expect(Number(r.headers['access-control-max-age'])).toBeGreaterThan(0);
      expect(r.body).toBe('');
    }
  });

  it('lets the app read answers and refusals: the header is on 200, 401, 404 and 400 answers alike', async () => {
    const health = await app.inject({ method: 'GET', url: '/healthz', headers: { origin: APP } });
    expect(health.statusCode).toBe(200);
    expect(health.headers['access-control-allow-origin']).toBe('*');
    const me = await app.inject({ method: 'GET', url: '/api/station/me', headers: { origin: APP } });
    expect(me.statusCode).toBe(401);
    expect(me.headers['access-control-allow-origin']).toBe('*');
    expect(me.json().error.code).toBe('not-authenticated');
    const none = await app.inject({ method: 'GET', url: '/api/nothing-here', headers: { origin: APP } });
    expect(none.statusCode).toBe(404);
    expect(none.headers['access-control-allow-origin']).toBe('*');
    const join = await app.inject({
      method: 'POST',
      url: '/api/stations/join',
      headers: { origin: APP, 'content-type': 'application/json' },
      payload: '{"code": ',
    });
    expect(join.statusCode).toBe(400);
    expect(join.headers['access-control-allow-origin']).toBe('*');
    // A 503 says when to retry in Retry-After, which a cross-origin page may read only when it is exposed.
    expect(String(join.headers['access-control-expose-headers'])).toContain('Retry-After');
  });

  it('changes nothing else: an OPTIONS without a preflight is still 404, the pages get no CORS header', async () => {
    const plain = await app.inject({ method: 'OPTIONS', url: '/api/station/me' });
    expect(plain.statusCode).toBe(404);
    const page = await app.inject({ method: 'GET', url: '/console', headers: { origin: APP } });
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    const sameOrigin = await app.inject({ method: 'GET', url: '/healthz' });
    expect(sameOrigin.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('CORS with a configured list of origins', () => {
  let app: WeldTwinServer;
  let opened: OpenedStore;
  beforeAll(async () => ({ app, opened } = await serverWith([APP, STATION_PC])));
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  it('echoes a listed origin (and varies on Origin), for preflights and answers', async () => {
    const r = await preflight(app, '/api/stations/join', STATION_PC);
    expect(r.statusCode).toBe(204);
    expect(r.headers['access-control-allow-origin']).toBe(STATION_PC);
    expect(String(r.headers.vary)).toContain('Origin');
    const me = await app.inject({ method: 'GET', url: '/api/station/me', headers: { origin: APP } });
    expect(me.headers['access-control-allow-origin']).toBe(APP);
  });

  it('gives an origin not on the list no allow header, so the browser refuses the call', async () => {
    const r = await preflight(app, '/api/stations/join', 'http://evil.example');
    expect(r.statusCode).toBe(204);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(r.headers['access-control-allow-headers']).toBeUndefined();
    const me = await app.inject({
      method: 'GET',
      url: '/api/station/me',
      headers: { origin: 'http://evil.example' },
    });
    expect(me.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('WELDTWIN_CORS_ORIGINS', () => {
  it('defaults to any origin, takes a comma-separated list, and names a bad entry', () => {
    expect(parseCorsOrigins(undefined)).toEqual({ origins: '*', problems: [] });
    expect(parseCorsOrigins(' * ')).toEqual({ origins: '*', problems: [] });
    expect(parseCorsOrigins('http://127.0.0.1:5173, https://Station-1.lan/')).toEqual({
      origins: ['http://127.0.0.1:5173', 'https://station-1.lan'],
      problems: [],
    });
    expect(parseCorsOrigins('192.168.1.20:5173').problems[0]).toMatch(
      /"192.168.1.20:5173" is not an origin; expected http\(s\):\/\/host:port/,
    );
    expect(readConfig({ WELDTWIN_CORS_ORIGINS: 'http://a.lan:5173' }).corsOrigins).toEqual([
      'http://a.lan:5173',
    ]);
    expect(() => readConfig({ WELDTWIN_CORS_ORIGINS: 'http://a.lan/app' })).toThrow(/WELDTWIN_CORS_ORIGINS/);
  });
});
