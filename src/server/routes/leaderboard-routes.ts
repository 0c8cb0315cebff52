// Public leaderboard for a projector (JSON, server-sent events, and a static page) and the judge console page.
// The HTML is static: no data is ever interpolated into it; the page scripts insert text with textContent, and the
// Content-Security-Policy allows only this server's own scripts.
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { notFound } from '../errors.ts';
import type { Ctx } from '../http/context.ts';
import { idParam } from '../http/validate.ts';

const WEB = new URL('../web/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, WEB), 'utf8');
const ASSETS: Record<string, { type: string; body: string }> = {
  'leaderboard.js': { type: 'text/javascript; charset=utf-8', body: read('leaderboard.js') },
  'console.js': { type: 'text/javascript; charset=utf-8', body: read('console.js') },
  'style.css': { type: 'text/css; charset=utf-8', body: read('style.css') },
};
const PAGES = { leaderboard: read('leaderboard.html'), console: read('console.html') };

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Heartbeat comment so proxies and projector browsers keep an idle stream open. */
const HEARTBEAT_MS = 15_000;

function page(reply: FastifyReply, html: string) {
  return reply
    .type('text/html; charset=utf-8')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-frame-options', 'DENY')
    .send(html);
}

export async function leaderboardRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.get('/api/events/:eventId/leaderboard', async (req) => {
    const eventId = idParam(req.params, 'eventId');
    const s = await ctx.hub.standings(eventId);
    if (!s) throw notFound('no-event', `there is no event ${eventId}`);
    return s;
  });

  app.get('/api/events/:eventId/leaderboard/stream', async (req, reply) => {
    const eventId = idParam(req.params, 'eventId');
    if (!(await ctx.store.getEvent(eventId))) throw notFound('no-event', `there is no event ${eventId}`);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 3000\n\n');
    const unsubscribe = ctx.hub.subscribe(eventId, (json) => {
      res.write(`event: standings\ndata: ${json}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    req.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });

  app.get('/events/:eventId/leaderboard', async (req, reply) => {
    idParam(req.params, 'eventId');
    return page(reply, PAGES.leaderboard);
  });

  app.get('/console', async (_req, reply) => page(reply, PAGES.console));

  app.get('/assets/:file', async (req, reply) => {
    const file = (req.params as { file: string }).file;
    const asset = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!asset) throw notFound('no-asset', `there is no asset ${JSON.stringify(file)}`);
    return reply.type(asset.type).header('cache-control', 'no-cache').send(asset.body);
  });
}
