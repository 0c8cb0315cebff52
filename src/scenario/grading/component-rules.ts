// The rules and safety components: points lost per violation of expert rules, and per recorded safety event.
import type { Scenario } from '../model.ts';
import type { Violation } from '../engine/rule-monitor.ts';
import type { BreakdownItem, Coaching, RunSnapshot } from './types.ts';
import { T } from './texts.ts';

export interface ComponentParts {
  items: BreakdownItem[];
  /** Coaching per item id (added when the item lost points, or for advisory rules that were broken). */
  advice: Map<string, Coaching['advice']>;
}

function summarize(vs: Violation[]): string {
  const total = vs.reduce((s, v) => s + v.durationS, 0);
  return vs.length === 0
    ? 'never broken'
    : `${vs.length} violation${vs.length === 1 ? '' : 's'}, ${T.fmt(total)} s in total, first at ${T.fmt(vs[0]!.startS)} s (${vs[0]!.phaseId})`;
}

export function ruleItems(scenario: Scenario, snap: RunSnapshot, safety: boolean): ComponentParts {
  const items: BreakdownItem[] = [];
  const advice = new Map<string, Coaching['advice']>();
  for (const rule of scenario.spec.rules) {
    if ((rule.category === 'safety') !== safety) continue;
    const vs = snap.violations.filter((v) => v.ruleId === rule.id);
    const max = rule.severity === 'advice' ? 0 : rule.points;
    const lost = Math.min(max, vs.length * (rule.perViolation ?? rule.points));
    items.push({ id: rule.id, label: rule.message, earned: max - lost, max, detail: summarize(vs) });
    if (vs.length) advice.set(rule.id, rule.advice ?? rule.message);
  }
  const cfg = scenario.spec.rubric.safety;
  if (safety && cfg && cfg.events.length) {
    const hits = snap.safetyEvents.filter((e) => cfg.events.includes(e.code));
    const lost = Math.min(cfg.points, hits.length * cfg.pointsPerEvent);
    const codes = [...new Set(hits.map((h) => h.code))];
    items.push({
      id: 'safetyEvents',
      label: {
        en: `Safety events (${cfg.events.join(', ')})`,
        'zh-CN': `安全事件（${cfg.events.join('、')}）`,
      },
      earned: cfg.points - lost,
      max: cfg.points,
      detail: hits.length
        ? `${hits.length} recorded: ${codes.join(', ')}, first at ${T.fmt(hits[0]!.timeS)} s`
        : 'none recorded',
    });
    if (hits.length)
      advice.set('safetyEvents', cfg.advice ?? T.safetyEventAdvice(codes.join(', '), hits.length));
  }
  return { items, advice };
}
