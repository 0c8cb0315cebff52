// Fault handling: stop safely in time, name the cause, apply the right remedy first, resolve in time.
import type { Scenario } from '../model.ts';
import type { ComponentParts } from './component-rules.ts';
import type { RunSnapshot } from './types.ts';
import { T } from './texts.ts';

/** 1 within the allowed time, falling linearly to 0 at three times it (slow but eventually right earns something). */
export function timeCredit(tookS: number | undefined, withinS: number): number {
  if (tookS === undefined) return 0;
  if (tookS <= withinS) return 1;
  return Math.max(0, 1 - (tookS - withinS) / (2 * withinS));
}

// Relative weight of the parts of handling a fault [model]: reacting safely and fixing it matter most.
const PART_WEIGHTS = { detect: 0.3, diagnose: 0.2, remedy: 0.2, resolve: 0.3 };

export function faultItems(scenario: Scenario, snap: RunSnapshot): ComponentParts {
  const items: ComponentParts['items'] = [];
  const advice: ComponentParts['advice'] = new Map();
  scenario.spec.injections.forEach((inj, i) => {
    const h = inj.handling;
    if (!h) return;
    const st = snap.injections[i]!;
    if (st.injectedS === undefined) {
      items.push({
        id: inj.id,
        label: T.faultLabel(inj.id),
        earned: 0,
        max: h.points,
        detail: 'never injected',
      });
      advice.set(inj.id, T.faultNotInjected);
      return;
    }
    const t0 = st.injectedS;
    const parts: Array<[number, number, string, string, string]> = [];
    const detect = timeCredit(st.detectedS === undefined ? undefined : st.detectedS - t0, h.detectWithinS);
    parts.push([
      PART_WEIGHTS.detect,
      detect,
      st.detectedS === undefined
        ? 'not stopped safely'
        : `stopped safely after ${T.fmt(st.detectedS - t0)} s`,
      `Stop safely within ${h.detectWithinS} s.`,
      `在 ${h.detectWithinS} 秒内安全停止。`,
    ]);
    if (h.diagnosis !== undefined) {
      const right = st.diagnosedS !== undefined;
      const credit = right ? (st.diagnoses[0] === h.diagnosis ? 1 : 0.5) : 0;
      parts.push([
        PART_WEIGHTS.diagnose,
        credit,
        right
          ? `diagnosed after ${st.diagnoses.length} tr${st.diagnoses.length === 1 ? 'y' : 'ies'}`
          : `not diagnosed (said: ${st.diagnoses.join(', ') || 'nothing'})`,
        `Name the cause: ${h.diagnosis}.`,
        `说出故障原因：${h.diagnosis}。`,
      ]);
    }
    if (h.remedies.length) {
      const firstRight =
        st.actions.length > 0 && h.remedies.includes(st.actions[0] as (typeof h.remedies)[number]);
      const anyRight = st.actions.some((a) => h.remedies.includes(a as (typeof h.remedies)[number]));
      const credit = firstRight ? 1 : anyRight ? 0.5 : 0;
      parts.push([
        PART_WEIGHTS.remedy,
        credit,
        st.actions.length ? `actions: ${st.actions.join(' → ')}` : 'no maintenance action',
        `The right remedy is ${h.remedies.join(' or ')}.`,
        `正确的处理是 ${h.remedies.join(' 或 ')}。`,
      ]);
    }
    const resolve = timeCredit(st.resolvedS === undefined ? undefined : st.resolvedS - t0, h.resolveWithinS);
    parts.push([
      PART_WEIGHTS.resolve,
      resolve,
      st.resolvedS === undefined ? 'not resolved' : `resolved after ${T.fmt(st.resolvedS - t0)} s`,
      `Resolve it within ${h.resolveWithinS} s.`,
      `在 ${h.resolveWithinS} 秒内排除故障。`,
    ]);
    const wsum = parts.reduce((s, p) => s + p[0], 0);
    const share = parts.reduce((s, p) => s + p[0] * p[1], 0) / wsum;
    items.push({
      id: inj.id,
      label: T.faultLabel(inj.id),
      earned: h.points * share,
      max: h.points,
      detail: `injected at ${T.fmt(t0)} s; ${parts.map((p) => p[2]).join('; ')}`,
    });
    if (share < 1) {
      const missed = parts.filter((p) => p[1] < 1);
      advice.set(
        inj.id,
        h.advice ??
          T.faultAdvice(
            missed.map((p) => p[3]),
            missed.map((p) => p[4]),
          ),
      );
    }
  });
  return { items, advice };
}
