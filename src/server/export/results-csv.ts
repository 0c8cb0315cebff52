// The results export a scorer opens in a spreadsheet: one row per verified attempt, with the server's own score.
import type { Attempt, Round, Station } from '../store/types.ts';
import { toCsv } from './csv.ts';

export const RESULTS_HEADER = [
  'round',
  'round_name',
  'station_id',
  'station',
  'attempt_id',
  'scenario_id',
  'scenario_version',
  'seed',
  'score',
  'grade',
  'passed',
  'duration_s',
  'replay_hash',
  'verified_at',
  'disqualified',
  'disqualified_reason',
  'disqualified_by',
  'app_version',
];

export function resultsCsv(rounds: Round[], stations: Station[], attempts: Attempt[]): string {
  const roundById = new Map(rounds.map((r) => [r.id, r]));
  const stationById = new Map(stations.map((s) => [s.id, s]));
  const rows = attempts.map((a) => {
    const r = roundById.get(a.roundId);
    const s = stationById.get(a.stationId);
    return [
      r?.position ?? null,
      r?.name ?? null,
      a.stationId,
      s?.name ?? null,
      a.id,
      a.scenarioId,
      String(a.scenarioVersion),
      a.seed,
      a.score,
      a.grade,
      a.passed,
      a.durationS,
      a.hash,
      new Date(a.verifiedAt).toISOString(),
      a.disqualifiedAt !== null || s?.disqualifiedAt != null,
      a.disqualifiedReason ?? s?.disqualifiedReason ?? null,
      a.disqualifiedBy,
      a.appVersion,
    ];
  });
  return toCsv(RESULTS_HEADER, rows);
}
