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
import type { Attempt, Round, Station } from '../store/types.ts';
import { roundStatus, scenarioVersionSchema, seedSchema } from './event-routes.ts';

/** Result fields only the server computes: a station that sends one is refused, never silently ignored. */
export const SERVER_COMPUTED_FIELDS = [
  'score',
  'grade',
  'passed',
  'breakdown',
  'durationS',
  'result',
  'results',
] as const;

/** Upper bound on log entries (a 2-hour attempt with an intent every 0.1 s is 72 000). */
export const MAX_LOG_ENTRIES = 200_000;

const attemptBody = z.strictObject({
  scenarioId: z.string().min(1).max(80),
  version: scenarioVersionSchema,
  seed: seedSchema,
  appVersion: z.string().min(1).max(50),
  log: z.array(z.unknown()).max(MAX_LOG_ENTRIES),
  /** Step at which the attempt stopped when it ended without a finish action (part of the replay input). */
  endTick: z.number().int().min(0).optional(),
  idempotencyKey: z
    .string()
    .regex(
      /^[A-Za-z0-9._:-]{8,128}$/,
      'must be 8-128 characters of letters, digits and . _ : - (a UUID is ideal)',
    ),
  /** Optional: the round this attempt is for (otherwise the event's open round for this scenario and seed). */
  roundId: z.number().int().positive().optional(),
  /** Optional: the station the app recorded the attempt on; must be the station that is logged in. */
  stationId: z.number().int().positive().optional(),
  /** Optional: the replay hash the station computed locally; must equal the server's. */
  hash: z
    .string()
    .regex(/^[0-9a-f]{16}$/, 'must be the 16-hex-digit replay hash')
    .optional(),
});
type AttemptBody = z.infer<typeof attemptBody>;

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

const iso = (ms: number) => new Date(ms).toISOString();
const describeRound = (r: Round) =>
  `round ${JSON.stringify(r.name)} (scenario ${r.scenarioId} version ${String(r.scenarioVersion)}, seed ${r.seed})`;

function refuseScoreFields(raw: unknown): void {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return;
  const sent = SERVER_COMPUTED_FIELDS.filter((f) => Object.hasOwn(raw, f));
  if (sent.length) {
    throw badRequest(
      'score-not-accepted',
      `the submission contains ${sent.map((f) => `'${f}'`).join(', ')}: the server computes the score by replaying the ` +
        'input log and never accepts one from a station; send only scenarioId, version, seed, appVersion, log, ' +
        'idempotencyKey (and optionally endTick, roundId, stationId, hash)',
    );
  }
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

async function resolveRound(ctx: Ctx, station: Station, body: AttemptBody, now: number): Promise<Round> {
  const rounds = await ctx.store.listRounds(station.eventId);
  let round: Round | undefined;
  if (body.roundId !== undefined) {
    round = rounds.find((r) => r.id === body.roundId);
    if (!round) throw badRequest('wrong-round', `roundId ${body.roundId} is not a round of your event`);
  } else {
    const open = rounds.filter((r) => roundStatus(r, now) === 'open');
    round =
      open.find(
        (r) =>
          r.scenarioId === body.scenarioId &&
          String(r.scenarioVersion) === String(body.version) &&
          r.seed === body.seed,
      ) ??
      open[0] ??
      rounds.find((r) => r.scenarioId === body.scenarioId && r.seed === body.seed);
    if (!round) {
      const next = rounds.filter((r) => r.opensAt > now).sort((a, b) => a.opensAt - b.opensAt)[0];
      throw forbidden(
        'no-open-round',
        `no round of your event is open now${next ? `; the next opens at ${iso(next.opensAt)}` : ''}`,
      );
    }
  }
  const mismatch: string[] = [];
  if (body.scenarioId !== round.scenarioId) mismatch.push(`scenarioId ${JSON.stringify(body.scenarioId)}`);
  if (String(body.version) !== String(round.scenarioVersion))
    mismatch.push(`version ${JSON.stringify(body.version)}`);
  if (body.seed !== round.seed) mismatch.push(`seed ${body.seed}`);
  if (mismatch.length) {
    throw badRequest(
      'wrong-exercise',
      `the attempt's ${mismatch.join(', ')} does not match ${describeRound(round)}`,
    );
  }
  const status = roundStatus(round, now);
  if (status === 'upcoming')
    throw forbidden('round-not-open', `${describeRound(round)} opens at ${iso(round.opensAt)}`);
  if (status === 'closed') {
    throw forbidden(
      'round-closed',
      `${describeRound(round)} closed at ${iso(round.closesAt)}; submissions were accepted until ` +
        `${iso(round.closesAt + round.graceS * 1000)}`,
    );
  }
  return round;
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
  if (station.disqualifiedAt !== null) {
    throw forbidden(
      'station-disqualified',
      `station ${JSON.stringify(station.name)} is disqualified: ${station.disqualifiedReason ?? ''}`,
    );
  }
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

  app.get('/api/station/attempts', async (req) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'station');
    return (await ctx.store.listAttempts({ stationId: p.stationId! })).map(attemptJson);
  });
}
