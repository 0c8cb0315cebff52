// Event standings from verified attempts: a station's round score is its best non-disqualified attempt in that
// round; the total is the sum over rounds. Ties go to the station that reached its total first.
import type { Attempt, CompetitionEvent, Round, Station } from '../store/types.ts';

export interface StandingRow {
  rank: number | null;
  stationId: number;
  stationName: string;
  total: number;
  /** Best attempt per round id. */
  rounds: Record<string, { attemptId: number; score: number; grade: string; passed: boolean }>;
  attempts: number;
  disqualified: boolean;
}

export interface Standings {
  event: { id: number; name: string };
  rounds: { id: number; name: string; scenarioId: string; opensAt: string; closesAt: string }[];
  rows: StandingRow[];
}

export function computeStandings(
  event: CompetitionEvent,
  rounds: Round[],
  stations: Station[],
  attempts: Attempt[],
): Standings {
  const byStation = new Map<number, Attempt[]>();
  for (const a of attempts) {
    if (a.disqualifiedAt !== null) continue;
    let list = byStation.get(a.stationId);
    if (!list) byStation.set(a.stationId, (list = []));
    list.push(a);
  }
  const rows: (StandingRow & { reachedAt: number })[] = stations.map((s) => {
    const best = new Map<number, Attempt>();
    for (const a of byStation.get(s.id) ?? []) {
      const b = best.get(a.roundId);
      if (!b || a.score > b.score || (a.score === b.score && a.verifiedAt < b.verifiedAt))
        best.set(a.roundId, a);
    }
    let total = 0;
    let reachedAt = 0;
    const perRound: StandingRow['rounds'] = {};
    for (const [roundId, a] of best) {
      total += a.score;
      reachedAt = Math.max(reachedAt, a.verifiedAt);
      perRound[String(roundId)] = { attemptId: a.id, score: a.score, grade: a.grade, passed: a.passed };
    }
    return {
      rank: null,
      stationId: s.id,
      stationName: s.name,
      total: Math.round(total * 1000) / 1000,
      rounds: perRound,
      attempts: byStation.get(s.id)?.length ?? 0,
      disqualified: s.disqualifiedAt !== null,
      reachedAt,
    };
  });
  rows.sort(
    (a, b) =>
      Number(a.disqualified) - Number(b.disqualified) ||
      b.total - a.total ||
      a.reachedAt - b.reachedAt ||
      a.stationName.localeCompare(b.stationName) ||
      a.stationId - b.stationId,
  );
  let rank = 0;
  for (const r of rows) if (!r.disqualified) r.rank = ++rank;
  return {
    event: { id: event.id, name: event.name },
    rounds: rounds.map((r) => ({
      id: r.id,
      name: r.name,
      scenarioId: r.scenarioId,
      opensAt: new Date(r.opensAt).toISOString(),
      closesAt: new Date(r.closesAt).toISOString(),
    })),
    rows: rows.map(({ reachedAt: _reachedAt, ...r }) => r),
  };
}
