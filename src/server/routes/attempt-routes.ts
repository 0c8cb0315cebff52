// Stations submit attempts: the input log, never a score. The server checks who is submitting what for which
// round, replays the log itself (worker pool), stores its own result, and answers only once that is committed.
// Idempotent per (station, idempotencyKey): a retry with the same body gets the stored result, a different body 409.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bodyDigest, logDigest } from '../verify/digest.ts';
import { badRequest, conflict, forbidden, type HttpError } from '../errors.ts';
import { requireRole, type Principal } from '../http/auth.ts';
import { auditBy, type Ctx } from '../http/context.ts';
import { parseBody } from '../http/validate.ts';
import { liveRoutes } from './live-routes.ts';
import type { Attempt } from '../store/types.ts';
import { MAX_LOG_ENTRIES } from '../verify/verifier.ts';
import {
  attemptHeadFields,
  refuseDisqualified,
  refuseScoreFields,
  resolveRound,
  SERVER_COMPUTED_FIELDS,
} from './attempt-checks.ts';

export { MAX_LOG_ENTRIES, SERVER_COMPUTED_FIELDS };

const attemptBody = z.strictObject({
  ...attemptHeadFields,
  log: z.array(z.unknown()).max(MAX_LOG_ENTRIES),
  /** Step at which the attempt stopped when it ended without a finish action (part of the replay input). */
  endTick: z.number().int().min(0).optional(),
  /** Optional: the station the app recorded the attempt on; must be the station that is logged in. */
  stationId: z.number().int().positive().optional(),
  /** Optional: the replay hash the station computed locally; must equal the server's. */
  hash: z
    .string()
    .regex(/^[0-9a-f]{16}$/, 'must be the 16-hex-digit replay hash')
    .optional(),
});

export function attemptJson(a: Attempt) {
  return {
    id: a.id,
    eventId: a.eventId,
    roundId: a.roundId,
    stationId: a.stationId,
    idempotencyKey: a.idempotencyKey,
    scenarioId: a.scenarioId,
    version: a.scenarioVersion,
    seed: a.seed,
    appVersion: a.appVersion,
    endTick: a.endTick,
    hash: a.hash,
    score: a.score,
    grade: a.grade,
    passed: a.passed,
    durationS: a.durationS,
    breakdown: a.breakdown,
    verifier: a.verifier,
    receivedAt: new Date(a.receivedAt).toISOString(),
    verifiedAt: new Date(a.verifiedAt).toISOString(),
    disqualified: a.disqualifiedAt !== null,
    disqualifiedReason: a.disqualifiedReason,
  };
}

/** Same key again: the stored result when the body is the same, 409 when it differs. */
function idempotentAnswer(existing: Attempt, bodyDigest: string, key: string): Attempt {
  if (existing.bodyDigest !== bodyDigest) {
    throw conflict(
      'idempotency-key-reused',
      `idempotencyKey ${JSON.stringify(key)} was already used for attempt ${existing.id} with a different body; ` +
        'use a new key for a new attempt, or resend exactly the same body to get the stored result',
    );
  }
  return existing;
}

export async function submitAttempt(
  ctx: Ctx,
  p: Principal,
  raw: unknown,
): Promise<{ status: 200 | 201; attempt: Attempt }> {
  const receivedAt = ctx.now();
  refuseScoreFields(raw);
  const body = parseBody(attemptBody, raw, 'attempt');
  const stationId = p.stationId!;
  const { log, ...rest } = body;

  const existing = await ctx.store.findAttemptByKey(stationId, body.idempotencyKey);
  if (existing) {
    // A retry (rare): digest the log here rather than replaying it.
    return {
      status: 200,
      attempt: idempotentAnswer(existing, bodyDigest(logDigest(log), rest), body.idempotencyKey),
    };
  }

  const station = (await ctx.store.getStation(stationId))!;
  if (body.stationId !== undefined && body.stationId !== stationId) {
    await ctx.store.appendAudit(
      auditBy(ctx, p, 'attempt.refused', station.eventId, `station:${body.stationId}`, {
        reason: 'recorded on another station',
        idempotencyKey: body.idempotencyKey,
      }),
    );
    throw forbidden(
      'other-station',
      `this attempt was recorded on station ${body.stationId}, but you are logged in as station ${stationId} ` +
        `(${JSON.stringify(station.name)}); a station may submit only its own attempts`,
    );
  }
  refuseDisqualified(station);
  const round = await resolveRound(ctx, station, body, receivedAt);

  // The replay (and the log digest) run in the worker pool, off this thread. The log is serialised once, here:
  // that text goes to the worker and into the database.
  let logJson: string;
  try {
    logJson = JSON.stringify(log);
  } catch {
    throw badRequest('invalid-body', 'attempt is invalid: log: nested too deeply to be an input log');
  }
  const { result, logDigest: logHex } = await ctx.verifier.verify({
    scenarioId: body.scenarioId,
    version: body.version,
    seed: body.seed,
    log,
    logJson,
    ...(body.endTick !== undefined ? { endTick: body.endTick } : {}),
    // A live session of this station and key (live-routes.ts) is continued when it matches the log exactly.
    live: { stationId, idempotencyKey: body.idempotencyKey },
  });
  if (body.hash !== undefined && body.hash !== result.hash) {
    await ctx.store.appendAudit(
      auditBy(ctx, p, 'attempt.refused', station.eventId, `station:${stationId}`, {
        reason: 'replay hash mismatch',
        claimed: body.hash,
        replayed: result.hash,
        idempotencyKey: body.idempotencyKey,
      }),
    );
    throw badRequest(
      'hash-mismatch',
      `the log does not replay to the claimed hash ${body.hash} (the server's replay gives ${result.hash}): the log was ` +
        'altered after recording, or recorded with a different scenario version; it was not stored',
    );
  }

  const outcome = await ctx.store.insertAttempt(
    {
      eventId: station.eventId,
      roundId: round.id,
      stationId,
      idempotencyKey: body.idempotencyKey,
      bodyDigest: bodyDigest(logHex, rest),
      logDigest: logHex,
      scenarioId: body.scenarioId,
      scenarioVersion: body.version,
      seed: body.seed,
      appVersion: body.appVersion,
      endTick: body.endTick ?? null,
      logJson,
      ...result,
      verifier: ctx.verifier.name,
      receivedAt,
      verifiedAt: ctx.now(),
    },
    auditBy(ctx, p, 'attempt.verified', station.eventId, 'attempt', {
      roundId: round.id,
      hash: result.hash,
      score: result.score,
      grade: result.grade,
    }),
  );
  if (outcome.kind === 'duplicate-key') {
    // Two copies of the same submission raced; the first committed.
    return {
      status: 200,
      attempt: idempotentAnswer(outcome.existing, bodyDigest(logHex, rest), body.idempotencyKey),
    };
  }
  if (outcome.kind === 'duplicate-log')
    throw await duplicateLog(ctx, p, outcome.existing, stationId, body.idempotencyKey);
  ctx.hub.notify(station.eventId);
  return { status: 201, attempt: outcome.attempt };
}

async function duplicateLog(
  ctx: Ctx,
  p: Principal,
  existing: Attempt,
  stationId: number,
  key: string,
): Promise<HttpError> {
  if (existing.stationId === stationId) {
    return conflict(
      'duplicate-attempt',
      `this input log was already submitted as attempt ${existing.id} (idempotencyKey ${JSON.stringify(existing.idempotencyKey)}); ` +
        'resend it with that key to get its result',
    );
  }
  await ctx.store.appendAudit(
    auditBy(ctx, p, 'attempt.refused', existing.eventId, `attempt:${existing.id}`, {
      reason: "copy of another station's input log",
      idempotencyKey: key,
    }),
  );
  return conflict(
    'log-from-other-station',
    `this input log was already submitted by another station (attempt ${existing.id}); a station may submit only ` +
      'attempts it recorded itself — the judges have been notified in the audit log',
  );
}

export async function attemptRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.post('/api/attempts', async (req, reply) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'station');
    const { status, attempt } = await submitAttempt(ctx, p, req.body);
    return reply.code(status).send({ attempt: attemptJson(attempt), replayed: status === 200 });
  });

  await liveRoutes(app, ctx);

  app.get('/api/station/attempts', async (req) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'station');
    return (await ctx.store.listAttempts({ stationId: p.stationId! })).map(attemptJson);
  });
}
