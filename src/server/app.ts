// The competition server's HTTP application (Fastify). Built from injected parts so tests can run it in-process
// with any store and verifier; src/server/main.ts wires the real ones from the environment.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { HttpError, badRequest } from './errors.ts';
import type { Ctx, ServerOptions } from './http/context.ts';
import { registerCors } from './http/cors.ts';
import { LeaderboardHub } from './leaderboard/hub.ts';
import { AttemptRejected, VerifierUnavailable } from './verify/verifier.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { eventRoutes } from './routes/event-routes.ts';
import { attemptRoutes } from './routes/attempt-routes.ts';
import { judgeRoutes } from './routes/judge-routes.ts';
import { leaderboardRoutes } from './routes/leaderboard-routes.ts';
import { credentialRoutes } from './routes/credential-routes.ts';
import { xapiRoutes } from './routes/xapi-routes.ts';

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error: { status, code, message } });
}

export type WeldTwinServer = FastifyInstance & { ctx: Ctx };

export async function buildServer(opts: ServerOptions): Promise<WeldTwinServer> {
  const bodyLimit = opts.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const ctx: Ctx = {
    store: opts.store,
    verifier: opts.verifier,
    signer: opts.signer,
    hub: new LeaderboardHub(opts.store, opts.leaderboardPollMs ?? 1000),
    now: opts.now ?? Date.now,
    bodyLimitBytes: bodyLimit,
    scryptLog2N: opts.scryptLog2N ?? 15,
    userSessionTtlS: opts.userSessionTtlS ?? 12 * 3600,
    stationSessionTtlS: opts.stationSessionTtlS ?? 7 * 24 * 3600,
    publicBaseUrl: (opts.publicBaseUrl ?? 'http://localhost').replace(/\/+$/, ''),
    issuerName: opts.issuerName ?? 'WeldTwin competition server',
    lrs: opts.lrs,
  };
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit,
    return503OnClosing: true,
    forceCloseConnections: true,
  });

  // Our own JSON parser: the error names where the JSON broke.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '')
      return done(badRequest('empty-body', 'the request body is empty; expected a JSON object'));
    try {
      done(null, JSON.parse(text));
    } catch (e) {
      done(badRequest('malformed-json', `the request body is not valid JSON: ${(e as Error).message}`));
    }
  });

  app.setErrorHandler((err: FastifyError | Error, req, reply) => {
    if (err instanceof HttpError) {
      for (const [k, v] of Object.entries(err.headers)) void reply.header(k, v);
      return sendError(reply, err.status, err.code, err.message);
    }
    if (err instanceof AttemptRejected)
      return sendError(reply, 400, 'attempt-rejected', `replay refused the attempt: ${err.message}`);
    if (err instanceof VerifierUnavailable) {
      void reply.header('retry-after', '5');
      return sendError(reply, 503, 'verifier-busy', `the attempt was not stored: ${err.message}`);
    }
    const code = (err as FastifyError).code;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const len = Number(req.headers['content-length']);
      const size = Number.isFinite(len) && len > 0 ? `${len} bytes` : 'larger than the limit';
      return sendError(
        reply,
        413,
        'body-too-large',
        `the request body is ${size}; the limit is ${bodyLimit} bytes (${(bodyLimit / 1048576).toFixed(1)} MiB)`,
      );
    }
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendError(
        reply,
        415,
        'unsupported-media-type',
        `Content-Type ${JSON.stringify(req.headers['content-type'] ?? '')} is not accepted; send application/json`,
      );
    }
    const status = (err as FastifyError).statusCode;
    if (status && status >= 400 && status < 500)
      return sendError(reply, status, code ?? 'bad-request', err.message);
    req.log.error(err);
    process.stderr.write(
      `weldtwin server: internal error on ${req.method} ${req.url}: ${err.stack ?? err.message}\n`,
    );
    return sendError(
      reply,
      500,
      'internal-error',
      'internal server error; nothing was changed by this request',
    );
  });
  app.setNotFoundHandler((req, reply) =>
    sendError(
      reply,
      404,
      'no-route',
      `no route ${req.method} ${req.url.split('?')[0]}; see docs/competition.md`,
    ),
  );

  registerCors(app, { origins: opts.corsOrigins ?? '*' });
  app.addHook('onSend', async (_req, reply) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  });

  app.get('/healthz', async () => ({
    ok: true,
    store: ctx.store.kind,
    verifier: ctx.verifier.name,
    scenarios: ctx.verifier.installedScenarios()?.map((s) => `${s.id}@${String(s.version)}`) ?? null,
    ...(typeof (ctx.verifier as { stats?: () => unknown }).stats === 'function'
      ? { pool: (ctx.verifier as unknown as { stats: () => unknown }).stats() }
      : {}),
  }));

  await app.register(async (a) => authRoutes(a, ctx));
  await app.register(async (a) => eventRoutes(a, ctx));
  await app.register(async (a) => attemptRoutes(a, ctx));
  await app.register(async (a) => judgeRoutes(a, ctx));
  await app.register(async (a) => leaderboardRoutes(a, ctx));
  await app.register(async (a) => credentialRoutes(a, ctx));
  await app.register(async (a) => xapiRoutes(a, ctx));
  app.addHook('onClose', async () => ctx.hub.close());

  return Object.assign(app as unknown as FastifyInstance, { ctx });
}
