// Checks every station request about an attempt gets, final submission or live chunk: no score fields, the
// fields that say what the attempt is, the station in good standing, the round open and of that exercise.
import { z } from 'zod';
import { badRequest, forbidden } from '../errors.ts';
import type { Ctx } from '../http/context.ts';
import type { Round, ScenarioVersion, Station } from '../store/types.ts';
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

/** The fields that say what an attempt is and for which round: shared by final submissions and live chunks. */
export const attemptHeadFields = {
  scenarioId: z.string().min(1).max(80),
  version: scenarioVersionSchema,
  seed: seedSchema,
  appVersion: z.string().min(1).max(50),
  idempotencyKey: z
    .string()
    .regex(
      /^[A-Za-z0-9._:-]{8,128}$/,
      'must be 8-128 characters of letters, digits and . _ : - (a UUID is ideal)',
    ),
  /** Optional: the round this attempt is for (otherwise the event's open round for this scenario and seed). */
  roundId: z.number().int().positive().optional(),
};

const iso = (ms: number) => new Date(ms).toISOString();
const describeRound = (r: Round) =>
  `round ${JSON.stringify(r.name)} (scenario ${r.scenarioId} version ${String(r.scenarioVersion)}, seed ${r.seed})`;

const SUBMISSION_FIELDS =
  'scenarioId, version, seed, appVersion, log, idempotencyKey (and optionally endTick, roundId, stationId, hash)';

/** `what`: the request, and the fields it may have (for the message). */
export function refuseScoreFields(
  raw: unknown,
  what: { name: string; fields: string } = { name: 'submission', fields: SUBMISSION_FIELDS },
): void {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return;
  const sent = SERVER_COMPUTED_FIELDS.filter((f) => Object.hasOwn(raw, f));
  if (sent.length) {
    throw badRequest(
      'score-not-accepted',
      `the ${what.name} contains ${sent.map((f) => `'${f}'`).join(', ')}: the server computes the score by replaying the ` +
        `input log and never accepts one from a station; send only ${what.fields}`,
    );
  }
}

export function refuseDisqualified(station: Station): void {
  if (station.disqualifiedAt !== null) {
    throw forbidden(
      'station-disqualified',
      `station ${JSON.stringify(station.name)} is disqualified: ${station.disqualifiedReason ?? ''}`,
    );
  }
}

/** The round an attempt is for, checked: the round's exercise, open now. */
export async function resolveRound(
  ctx: Ctx,
  station: Station,
  body: { roundId?: number | undefined; scenarioId: string; version: ScenarioVersion; seed: number },
  now: number,
): Promise<Round> {
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
