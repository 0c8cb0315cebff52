// Combine the components into a score out of 100, a grade and pass/fail, with coaching per lost point.
import type { Scenario } from '../model.ts';
import { RUBRIC_COMPONENTS, type RubricComponent } from '../schema/rubric.ts';
import type { ComponentParts } from './component-rules.ts';
import { ruleItems } from './component-rules.ts';
import { faultItems } from './component-faults.ts';
import {
  cycleTimeItems,
  goalItems,
  meetsLevel,
  programItems,
  qualityItems,
  techniqueItems,
} from './components.ts';
import { T } from './texts.ts';
import type { AttemptResult, Coaching, ComponentResult, RunSnapshot } from './types.ts';

const DEFAULT_GRADES = [
  { grade: 'A', minScore: 90 },
  { grade: 'B', minScore: 80 },
  { grade: 'C', minScore: 70 },
  { grade: 'D', minScore: 60 },
];

const round1 = (x: number) => Math.round(x * 10) / 10;

function parts(component: RubricComponent, scenario: Scenario, snap: RunSnapshot): ComponentParts {
  switch (component) {
    case 'goals':
      return goalItems(scenario, snap);
    case 'rules':
      return ruleItems(scenario, snap, false);
    case 'safety':
      return ruleItems(scenario, snap, true);
    case 'quality':
      return qualityItems(scenario, snap);
    case 'technique':
      return techniqueItems(scenario, snap);
    case 'faultHandling':
      return faultItems(scenario, snap);
    case 'cycleTime':
      return cycleTimeItems(scenario, snap);
    case 'program':
      return programItems(scenario, snap);
  }
}

export function gradeOf(score: number, bands = DEFAULT_GRADES): string {
  return bands.find((b) => score >= b.minScore)?.grade ?? 'F';
}

export function gradeAttempt(scenario: Scenario, snap: RunSnapshot, seed: number): AttemptResult {
  const spec = scenario.spec;
  const breakdown: ComponentResult[] = [];
  const coaching: Coaching[] = [];
  for (const component of RUBRIC_COMPONENTS) {
    const weight = spec.rubric.weights[component] ?? 0;
    const p = parts(component, scenario, snap);
    if (weight === 0 && p.items.length === 0) continue;
    const max = p.items.reduce((s, i) => s + i.max, 0);
    const earned = p.items.reduce((s, i) => s + i.earned, 0);
    const fraction = max > 0 ? earned / max : 1;
    breakdown.push({ component, weight, fraction, points: round1(weight * fraction), items: p.items });
    const general = spec.rubric.coaching?.[component];
    if (general && fraction < 1)
      coaching.push({
        component,
        itemId: component,
        pointsLost: round1(weight * (1 - fraction)),
        advice: general,
      });
    for (const item of p.items) {
      const advice = p.advice.get(item.id);
      if (!advice) continue;
      const lost = max > 0 ? (weight * (item.max - item.earned)) / max : 0;
      coaching.push({ component, itemId: item.id, pointsLost: round1(lost), advice });
    }
  }
  coaching.sort((a, b) => b.pointsLost - a.pointsLost);
  const score = round1(breakdown.reduce((s, c) => s + c.weight * c.fraction, 0));

  const failReasons: AttemptResult['failReasons'] = [];
  for (const v of snap.violations) {
    if (v.severity !== 'fail') continue;
    const rule = spec.rules.find((r) => r.id === v.ruleId)!;
    if (!failReasons.some((f) => f.en === T.failRule(rule.message).en))
      failReasons.push(T.failRule(rule.message));
  }
  spec.phases.forEach((phase) => {
    const rec = snap.phases.find((r) => r.id === phase.id);
    phase.goals.forEach((goal, g) => {
      if (goal.required && rec?.goalsMetS[g] === undefined) failReasons.push(T.failGoal(goal.description));
    });
  });
  spec.rubric.quality?.seams.forEach((seam, i) => {
    const got = snap.seamLevels[i] ?? 'none';
    if (!meetsLevel(got, seam.required)) failReasons.push(T.failSeam(seam.id, got, seam.required));
  });
  if (score < spec.rubric.passScore) failReasons.push(T.failScore(score, spec.rubric.passScore));

  return {
    scenarioId: spec.id,
    version: spec.version,
    seed,
    score,
    grade: gradeOf(score, spec.rubric.grades),
    passed: failReasons.length === 0,
    failReasons,
    durationS: Math.round(snap.timeS * 1000) / 1000,
    endReason: snap.endReason,
    breakdown,
    coaching,
    violations: snap.violations,
    phases: snap.phases,
    injections: snap.injections,
  };
}
