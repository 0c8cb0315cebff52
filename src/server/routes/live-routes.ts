// Live verification: a station uploads its attempt's log in chunks while the trainee works, and the server replays
// each chunk in the background (the worker that owns the session), so that at the final submission
// (POST /api/attempts) only the last seconds are left to replay. Nothing is trusted: the final submission carries
// the whole log, and the server continues the live replay only when that gives exactly the cold replay's result.
// Sessions are a per-process cache: a station whose session is gone (restart, another process, evicted) is told to
// resend from entry 0 (409 expectedFrom), and its final submission is simply replayed from the start.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { badRequest, conflict, HttpError } from '../errors.ts';
import { requireRole } from '../http/auth.ts';
import type { Ctx } from '../http/context.ts';
import { parseBody } from '../http/validate.ts';
import { MAX_ATTEMPT_TICKS } from '../verify/log-hash-replay.ts';
import { MAX_LOG_ENTRIES, type LiveOutcome, type LiveState } from '../verify/verifier.ts';
import { attemptHeadFields, refuseDisqualified, refuseScoreFields, resolveRound } from './attempt-checks.ts';

const tick = z.number().int().min(0).max(MAX_ATTEMPT_TICKS);

const liveBody = z.strictObject({
  ...attemptHeadFields,
  /** Index in the attempt's log of this chunk's first entry. */
  from: z.number().int().min(0).max(MAX_LOG_ENTRIES),
  log: z.array(z.strictObject({ tick, intent: z.unknown() })).max(MAX_LOG_ENTRIES),
  /** Every log entry with a tick below this is in the log sent so far. */
  throughTick: tick,
});
type LiveBody = z.infer<typeof liveBody>;

const LIVE_FIELDS =
  'scenarioId, version, seed, appVersion, idempotencyKey, from, log, throughTick (and optionally roundId)';

/** 409 live-out-of-order: carries `expectedFrom` (the entries held) so the client resends from there. */
class OutOfOrder extends Error {
  constructor(
    readonly expectedFrom: number,
    body: LiveBody,
  ) {
    super(
      `this chunk starts at log entry ${body.from}, but the server holds ${expectedFrom} entries of attempt ` +
        JSON.stringify(body.idempotencyKey) +
        (expectedFrom === 0
          ? ' (no live session here: new, expired, evicted, or the server restarted)'
          : '') +
        `; resend the log from entry ${expectedFrom}`,
    );
  }
}

/** The HTTP answer to the verifier's outcome: the session's state, or the refusal with what to do instead. */
function answer(o: LiveOutcome, body: LiveBody): LiveState {
  const key = JSON.stringify(body.idempotencyKey);
  switch (o.kind) {
    case 'accepted':
    case 'duplicate':
      return o.state;
    case 'out-of-order':
      throw new OutOfOrder(o.expectedFrom, body);
    case 'tick-before':
      throw badRequest(
        'live-tick-order',
        o.what === 'throughTick'
          ? `log[${o.index}].tick ${o.tick} is before throughTick ${o.limit} of the previous chunk; an entry before ` +
              'that tick belongs in an earlier chunk (a previous chunk said the log was complete up to there)'
          : `log[${o.index}].tick ${o.tick} is before ` +
              (o.index > 0
                ? `log[${o.index - 1}].tick ${o.limit}`
                : `tick ${o.limit} of the last entry already received`) +
              '; the log must be in time order',
      );
    case 'through-tick-back':
      throw badRequest(
        'live-tick-order',
        `throughTick ${o.throughTick} is before throughTick ${o.previous} of the previous chunk; it never goes back`,
      );
    case 'too-many-entries':
      throw badRequest(
        'invalid-body',
        `live chunk is invalid: the attempt would have ${o.received + body.log.length} log entries; at most ${o.max}`,
      );
    case 'head-mismatch':
      throw conflict(
        'idempotency-key-reused',
        `idempotencyKey ${key} is live for scenario ${o.head.scenarioId} version ${String(o.head.version)} seed ` +
          `${o.head.seed}, not this chunk's exercise; use a new key for a new attempt`,
      );
    case 'finalising':
      throw conflict(
        'attempt-already-submitted',
        `the attempt with idempotencyKey ${key} is being submitted now; live chunks are only for attempts still being made`,
      );
  }
}

export async function liveRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.post('/api/attempts/live', async (req, reply) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'station');
    const now = ctx.now();
    refuseScoreFields(req.body, { name: 'live chunk', fields: LIVE_FIELDS });
    const body = parseBody(liveBody, req.body, 'live chunk');
    const stationId = p.stationId!;
    const existing = await ctx.store.findAttemptByKey(stationId, body.idempotencyKey);
    if (existing) {
      throw conflict(
        'attempt-already-submitted',
        `the attempt with idempotencyKey ${JSON.stringify(body.idempotencyKey)} was already submitted (attempt ` +
          `${existing.id}); live chunks are only for attempts still being made — a new attempt needs a new key`,
      );
    }
    const station = (await ctx.store.getStation(stationId))!;
    refuseDisqualified(station);
    await resolveRound(ctx, station, body, now);
    if (!ctx.verifier.live) {
      throw new HttpError(
        503,
        'live-unavailable',
        `the ${ctx.verifier.name} verifier keeps no live sessions; submit the whole attempt to POST /api/attempts`,
      );
    }
    const outcome = ctx.verifier.live({
      stationId,
      idempotencyKey: body.idempotencyKey,
      scenarioId: body.scenarioId,
      version: body.version,
      seed: body.seed,
      from: body.from,
      log: body.log as { tick: number; intent: unknown }[],
      throughTick: body.throughTick,
    });
    try {
      return { live: answer(outcome, body) };
    } catch (e) {
      if (!(e instanceof OutOfOrder)) throw e;
      // Sent here rather than through the app's error handler: the error object has one more field.
      return reply
        .code(409)
        .type('application/json; charset=utf-8')
        .send({
          error: { status: 409, code: 'live-out-of-order', message: e.message, expectedFrom: e.expectedFrom },
        });
    }
  });
}
