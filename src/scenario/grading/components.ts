// Goals, weld quality, technique bands, cycle time and program quality components.
import type { Scenario } from '../model.ts';
import type { ComponentParts } from './component-rules.ts';
import type { RunSnapshot } from './types.ts';
import { T } from './texts.ts';

export function goalItems(scenario: Scenario, snap: RunSnapshot): ComponentParts {
  const out: ComponentParts = { items: [], advice: new Map() };
  scenario.spec.phases.forEach((phase) => {
    const rec = snap.phases.find((r) => r.id === phase.id);
    phase.goals.forEach((goal, g) => {
      const metS = rec?.goalsMetS[g];
      const id = `${phase.id}.${goal.id}`;
      out.items.push({
        id,
        label: goal.description,
        earned: metS === undefined ? 0 : goal.points,
        max: goal.points,
        detail:
          metS === undefined ? (rec ? 'not reached' : 'phase not reached') : `reached at ${T.fmt(metS)} s`,
      });
      if (metS === undefined) out.advice.set(id, T.goalMissed(goal.description));
    });
  });
  return out;
}

const LEVEL_ORDER = ['B', 'C', 'D'];

/** Whether `got` is at least as good as `required` (B is the most stringent ISO 5817 level). */
export function meetsLevel(got: string, required: string): boolean {
  const g = LEVEL_ORDER.indexOf(got);
  return g >= 0 && g <= LEVEL_ORDER.indexOf(required);
}

export function qualityItems(scenario: Scenario, snap: RunSnapshot): ComponentParts {
  const out: ComponentParts = { items: [], advice: new Map() };
  const q = scenario.spec.rubric.quality;
  if (!q) return out;
  q.seams.forEach((seam, i) => {
    const got = snap.seamLevels[i] ?? 'none';
    const credit = got === 'B' || got === 'C' || got === 'D' ? q.levelCredit[got] : 0;
    out.items.push({
      id: seam.id,
      label: T.seamLabel(seam.id),
      earned: seam.points * credit,
      max: seam.points,
      detail: `level ${got}, required ${seam.required}`,
    });
    if (!meetsLevel(got, seam.required))
      out.advice.set(seam.id, T.seamAdvice(seam.id, got, seam.required, snap.worldAdvice));
    else if (credit < 1)
      out.advice.set(seam.id, T.seamPartial(seam.id, got, seam.required, credit, snap.worldAdvice));
  });
  return out;
}

export function techniqueItems(scenario: Scenario, snap: RunSnapshot): ComponentParts {
  const out: ComponentParts = { items: [], advice: new Map() };
  scenario.spec.rubric.technique.forEach((band, i) => {
    const t = snap.bands[i]!;
    const share = t.totalS > 0 ? t.inS / t.totalS : 0;
    out.items.push({
      id: band.id,
      label: band.advice,
      earned: band.points * share,
      max: band.points,
      detail:
        t.totalS > 0 ? `in band ${T.fmt(share * 100, 0)} % of ${T.fmt(t.totalS)} s` : 'no time measured',
    });
    if (share < 1) out.advice.set(band.id, t.totalS > 0 ? T.bandAdvice(band.advice, share) : T.noArcTime);
  });
  return out;
}

export function cycleTimeItems(scenario: Scenario, snap: RunSnapshot): ComponentParts {
  const out: ComponentParts = { items: [], advice: new Map() };
  const c = scenario.spec.rubric.cycleTime;
  if (!c) return out;
  const from = c.from === undefined ? 0 : snap.phases.find((p) => p.id === c.from)?.startS;
  const to =
    c.to === undefined
      ? snap.endReason === 'completed'
        ? snap.timeS
        : undefined
      : snap.phases.find((p) => p.id === c.to)?.endS;
  if (from === undefined || to === undefined) {
    out.items.push({ id: 'cycleTime', label: T.cycleLabel, earned: 0, max: 1, detail: 'not completed' });
    out.advice.set('cycleTime', T.cycleNotReached);
    return out;
  }
  const s = to - from;
  const credit = s <= c.targetS ? 1 : Math.max(0, 1 - (s - c.targetS) / (c.maxS - c.targetS));
  out.items.push({
    id: 'cycleTime',
    label: T.cycleLabel,
    earned: credit,
    max: 1,
    detail: `${T.fmt(s)} s (target ${c.targetS} s, zero at ${c.maxS} s)`,
  });
  if (credit < 1) out.advice.set('cycleTime', T.cycleAdvice(s, c.targetS));
  return out;
}

export function programItems(scenario: Scenario, snap: RunSnapshot): ComponentParts {
  const out: ComponentParts = { items: [], advice: new Map() };
  scenario.spec.rubric.program.forEach((check, i) => {
    const ok = snap.programChecks[i] === true;
    out.items.push({
      id: check.id,
      label: check.message,
      earned: ok ? check.points : 0,
      max: check.points,
      detail: ok ? 'met' : 'not met',
    });
    if (!ok) out.advice.set(check.id, check.advice ?? check.message);
  });
  return out;
}
