// Where the tracked people are relative to the robot links, the collaborative workspace and the arc.
import type { Box, Vec3 } from './geometry.ts';
import type { SafetyConfig } from './safety-config.ts';
import type { SafetyInputs, TrackedPerson } from './safety-state.ts';
import type { StepContext } from './step-context.ts';
import { pointInBox, pointSegmentDistance, withinDistance } from './geometry.ts';

/** Nearest body point ↔ link capsule surface distance (mm, ≥ 0) into ctx.tracked/separationMm/nearest*. */
export function measurePeople(inputs: SafetyInputs, ctx: StepContext): void {
  ctx.tracked = false;
  ctx.separationMm = Infinity;
  ctx.nearestRegion = null;
  ctx.nearestPerson = -1;
  const people = inputs.people;
  for (let i = 0; i < people.length; i++) {
    const person = people[i]!;
    if (!person.present) continue;
    for (let j = 0; j < person.points.length; j++) {
      const pt = person.points[j]!;
      for (let k = 0; k < inputs.linkCount; k++) {
        const link = inputs.links[k]!;
        const surfaceM = pointSegmentDistance(pt.positionM, link.aM, link.bM) - link.radiusM - pt.radiusM;
        const mm = surfaceM > 0 ? surfaceM * 1000 : 0;
        if (mm < ctx.separationMm) {
          ctx.separationMm = mm;
          ctx.nearestRegion = pt.region;
          ctx.nearestPerson = i;
          ctx.tracked = true;
        }
      }
    }
  }
  if (!ctx.tracked) ctx.separationMm = 0;
}

export function anyPointInBox(people: TrackedPerson[], box: Box): boolean {
  for (let i = 0; i < people.length; i++) {
    const person = people[i]!;
    if (!person.present) continue;
    for (let j = 0; j < person.points.length; j++)
      if (pointInBox(person.points[j]!.positionM, box)) return true;
  }
  return false;
}

/** Any body point inside the arc hazard zone or within its radius of the arc. */
export function personNearArc(config: SafetyConfig, inputs: SafetyInputs): boolean {
  const arc = config.arc;
  const radiusM = arc.hazardRadiusMm / 1000;
  const people = inputs.people;
  for (let i = 0; i < people.length; i++) {
    const person = people[i]!;
    if (!person.present) continue;
    for (let j = 0; j < person.points.length; j++) {
      const p = person.points[j]!.positionM;
      if (arc.hazardZone && pointInBox(p, arc.hazardZone)) return true;
      if (withinDistance(p, inputs.arcPositionM, radiusM)) return true;
    }
  }
  return false;
}

export function headOf(person: TrackedPerson): Vec3 | null {
  for (let j = 0; j < person.points.length; j++)
    if (person.points[j]!.part === 'head') return person.points[j]!.positionM;
  return null;
}
