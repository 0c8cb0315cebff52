// Judge console: any attempt's breakdown and replay data, re-verification, disqualification with a reason, the
// full audit log, and the results export (CSV). Judges and organisers only.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { resultsCsv } from '../export/results-csv.ts';
import { conflict, notFound } from '../errors.ts';
import { requireRole } from '../http/auth.ts';
import { auditBy, type Ctx } from '../http/context.ts';
import { idParam, parseBody } from '../http/validate.ts';
import type { AttemptWithLog, AuditEntry } from '../store/types.ts';
import { attemptJson } from './attempt-routes.ts';
import { stationJson } from './event-routes.ts';

const reasonBody = z.strictObject({
  reason: z.string().trim().min(3, 'must say why (at least 3 characters)').max(500),
});

const auditQuery = z.strictObject({
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
});

export async function judgeRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  const judge = (req: Parameters<typeof requireRole>[0]) =>
    requireRole(req, ctx.store, ctx.now(), 'judge', 'organiser');

  app.get('/api/events/:eventId/attempts', async (req) => {
    await judge(req);
    const eventId = idParam(req.params, 'eventId');
    return (await ctx.store.listAttempts({ eventId })).map(attemptJson);
  });

  app.get('/api/attempts/:attemptId', async (req) => {
    const p = await judge(req);
    const id = idParam(req.params, 'attemptId');
    const a = await ctx.store.getAttempt(id);
    if (!a) throw notFound('no-attempt', `there is no attempt ${id}`);
    const station = await ctx.store.getStation(a.stationId);
    await ctx.store.appendAudit(auditBy(ctx, p, 'attempt.view', a.eventId, `attempt:${id}`));
    return {
      ...attemptJson(a),
      stationName: station?.name ?? null,
      disqualifiedBy: a.disqualifiedBy,
      replay: replayFile(a),
    };
  });

  /** The attempt file `weldtwin replay <attempt.json>` takes. */
  app.get('/api/attempts/:attemptId/replay', async (req, reply) => {
    await judge(req);
    const id = idParam(req.params, 'attemptId');
    const a = await ctx.store.getAttempt(id);
    if (!a) throw notFound('no-attempt', `there is no attempt ${id}`);
    void reply.header('content-disposition', `attachment; filename="attempt-${id}.json"`);
    return replayFile(a);
  });

  /** Replays the stored log again and says whether the stored result still holds. */
  app.post('/api/attempts/:attemptId/reverify', async (req) => {
    const p = await judge(req);
    const id = idParam(req.params, 'attemptId');
    const a = await ctx.store.getAttempt(id);
    if (!a) throw notFound('no-attempt', `there is no attempt ${id}`);
    const { result: r } = await ctx.verifier.verify(replayFile(a));
    const matches = r.hash === a.hash && r.score === a.score && r.grade === a.grade;
    await ctx.store.appendAudit(
      auditBy(ctx, p, 'attempt.reverify', a.eventId, `attempt:${id}`, {
        matches,
        hash: r.hash,
        score: r.score,
      }),
    );
    return {
      attemptId: id,
      matches,
      stored: { hash: a.hash, score: a.score, grade: a.grade },
      replayed: { hash: r.hash, score: r.score, grade: r.grade },
    };
  });

  app.post('/api/attempts/:attemptId/disqualify', async (req) => {
    const p = await judge(req);
    const id = idParam(req.params, 'attemptId');
    const { reason } = parseBody(reasonBody, req.body);
    const before = await ctx.store.getAttempt(id);
    if (!before) throw notFound('no-attempt', `there is no attempt ${id}`);
    if (before.disqualifiedAt !== null) {
      throw conflict(
        'already-disqualified',
        `attempt ${id} is already disqualified (${before.disqualifiedReason ?? ''})`,
      );
    }
    const a = await ctx.store.setAttemptDisqualified(
      id,
      { at: ctx.now(), reason, by: p.name },
      auditBy(ctx, p, 'attempt.disqualify', before.eventId, `attempt:${id}`, { reason }),
    );
    ctx.hub.notify(before.eventId);
    return attemptJson(a!);
  });

  app.post('/api/attempts/:attemptId/reinstate', async (req) => {
    const p = await judge(req);
    const id = idParam(req.params, 'attemptId');
    const { reason } = parseBody(reasonBody, req.body);
    const before = await ctx.store.getAttempt(id);
    if (!before) throw notFound('no-attempt', `there is no attempt ${id}`);
    if (before.disqualifiedAt === null)
      throw conflict('not-disqualified', `attempt ${id} is not disqualified`);
    const a = await ctx.store.setAttemptDisqualified(
      id,
      null,
      auditBy(ctx, p, 'attempt.reinstate', before.eventId, `attempt:${id}`, { reason }),
    );
    ctx.hub.notify(before.eventId);
    return attemptJson(a!);
  });

  app.post('/api/stations/:stationId/disqualify', async (req) => {
    const p = await judge(req);
    const id = idParam(req.params, 'stationId');
    const { reason } = parseBody(reasonBody, req.body);
    const before = await ctx.store.getStation(id);
    if (!before) throw notFound('no-station', `there is no station ${id}`);
    const s = await ctx.store.setStationDisqualified(
      id,
      { at: ctx.now(), reason },
      auditBy(ctx, p, 'station.disqualify', before.eventId, `station:${id}`, { reason }),
    );
    ctx.hub.notify(before.eventId);
    return stationJson(s!);
  });

  app.post('/api/stations/:stationId/reinstate', async (req) => {
    const p = await judge(req);
    const id = idParam(req.params, 'stationId');
    const { reason } = parseBody(reasonBody, req.body);
    const before = await ctx.store.getStation(id);
    if (!before) throw notFound('no-station', `there is no station ${id}`);
    const s = await ctx.store.setStationDisqualified(
      id,
      null,
      auditBy(ctx, p, 'station.reinstate', before.eventId, `station:${id}`, { reason }),
    );
    ctx.hub.notify(before.eventId);
    return stationJson(s!);
  });

  app.get('/api/events/:eventId/audit', async (req) => {
    await judge(req);
    const eventId = idParam(req.params, 'eventId');
    const q = parseBody(auditQuery, req.query, 'query');
    return (
      await ctx.store.listAudit({
        eventId,
        ...(q.after !== undefined ? { afterId: q.after } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
      })
    ).map(auditJson);
  });

  app.get('/api/audit', async (req) => {
    await requireRole(req, ctx.store, ctx.now(), 'organiser');
    const q = parseBody(auditQuery, req.query, 'query');
    return (
      await ctx.store.listAudit({
        ...(q.after !== undefined ? { afterId: q.after } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
      })
    ).map(auditJson);
  });

  app.get('/api/events/:eventId/results.csv', async (req, reply) => {
    const p = await judge(req);
    const eventId = idParam(req.params, 'eventId');
    const event = await ctx.store.getEvent(eventId);
    if (!event) throw notFound('no-event', `there is no event ${eventId}`);
    const [rounds, stations, attempts] = await Promise.all([
      ctx.store.listRounds(eventId),
      ctx.store.listStations(eventId),
      ctx.store.listAttempts({ eventId }),
    ]);
    await ctx.store.appendAudit(
      auditBy(ctx, p, 'results.export', eventId, `event:${eventId}`, { rows: attempts.length }),
    );
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="weldtwin-event-${eventId}-results.csv"`)
      .send(resultsCsv(rounds, stations, attempts));
  });
}

/** The attempt as `weldtwin replay` reads it (src/scenario/progress attempt file). */
function replayFile(a: AttemptWithLog) {
  return {
    scenarioId: a.scenarioId,
    version: a.scenarioVersion,
    seed: a.seed,
    log: a.log,
    ...(a.endTick !== null ? { endTick: a.endTick } : {}),
    appVersion: a.appVersion,
  };
}

function auditJson(e: AuditEntry) {
  return {
    id: e.id,
    at: new Date(e.at).toISOString(),
    actor: { role: e.actorRole, id: e.actorId, name: e.actorName },
    action: e.action,
    eventId: e.eventId,
    target: e.target,
    detail: e.detail,
  };
}
