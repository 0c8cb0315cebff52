// xAPI export of verified attempts: download the statements, or send them to the LRS configured on the server
// (WELDTWIN_LRS_ENDPOINT; never an address taken from a request).
import type { FastifyInstance } from 'fastify';
import { HttpError, badRequest, notFound } from '../errors.ts';
import { requireRole } from '../http/auth.ts';
import { auditBy, type Ctx } from '../http/context.ts';
import { idParam } from '../http/validate.ts';
import { attemptStatement, sendToLrs, type XapiStatement } from '../xapi/statements.ts';

export async function eventStatements(ctx: Ctx, eventId: number): Promise<XapiStatement[]> {
  const event = await ctx.store.getEvent(eventId);
  if (!event) throw notFound('no-event', `there is no event ${eventId}`);
  const [stations, attempts] = await Promise.all([
    ctx.store.listStations(eventId),
    ctx.store.listAttempts({ eventId }),
  ]);
  const byId = new Map(stations.map((s) => [s.id, s]));
  return attempts.map((a) => attemptStatement(a, byId.get(a.stationId)!, ctx.publicBaseUrl, event.name));
}

export async function xapiRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.get('/api/events/:eventId/xapi', async (req, reply) => {
    await requireRole(req, ctx.store, ctx.now(), 'organiser', 'judge');
    const eventId = idParam(req.params, 'eventId');
    const statements = await eventStatements(ctx, eventId);
    void reply.header('content-disposition', `attachment; filename="weldtwin-event-${eventId}-xapi.json"`);
    return statements;
  });

  app.post('/api/events/:eventId/xapi/send', async (req) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'organiser');
    const eventId = idParam(req.params, 'eventId');
    if (!ctx.lrs)
      throw badRequest(
        'no-lrs',
        'no LRS is configured on this server; start it with WELDTWIN_LRS_ENDPOINT set',
      );
    const statements = await eventStatements(ctx, eventId);
    let sent: number;
    try {
      sent = await sendToLrs(ctx.lrs, statements);
    } catch (e) {
      throw new HttpError(502, 'lrs-refused', (e as Error).message);
    }
    await ctx.store.appendAudit(
      auditBy(ctx, p, 'xapi.send', eventId, `event:${eventId}`, { sent, endpoint: ctx.lrs.endpoint }),
    );
    return { sent, endpoint: ctx.lrs.endpoint };
  });
}
