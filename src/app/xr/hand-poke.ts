// Poking buttons with the index finger tip (tracked hands): a press starts when the tip goes through a button's
// front face and ends when it comes back out. Works on every registered pressable (pendant, panel knobs).
import { Box3, type Mesh, type Object3D, Vector3 } from 'three';
import { type Pressable, sceneRefs } from '../scene/scene-refs.ts';

/** The tip counts as on the button up to this far in front of its face, and until this deep behind it, m. */
const FRONT_M = 0.003;
const DEPTH_M = 0.015;
/** Once pressed, the tip must come this far back out of the face before the press ends (no chatter), m. */
const RELEASE_FRONT_M = 0.012;

const local = new Vector3();
const box = new Box3();

function localBox(object: Object3D): Box3 | null {
  const geometry = (object as Mesh).geometry;
  if (!geometry) return null;
  if (!geometry.boundingBox) geometry.computeBoundingBox();
  return geometry.boundingBox;
}

/** Whether `tipWorld` touches `object`'s front (+Z) face; `front` is how far in front still counts. */
function touches(object: Object3D, tipWorld: Vector3, front: number): boolean {
  const b = localBox(object);
  if (!b) return false;
  local.copy(tipWorld);
  object.worldToLocal(local);
  box.copy(b);
  return (
    local.x >= box.min.x &&
    local.x <= box.max.x &&
    local.y >= box.min.y &&
    local.y <= box.max.y &&
    local.z <= box.max.z + front &&
    local.z >= box.max.z - DEPTH_M
  );
}

/** True when every ancestor is visible (a hidden pendant cannot be poked). */
function shown(object: Object3D): boolean {
  for (let o: Object3D | null = object; o; o = o.parent) if (!o.visible) return false;
  return true;
}

// The search over the registered pressables, with module-level state so the per-frame scan allocates nothing.
let scanTip: Vector3 | null = null;
let scanHit: Pressable | null = null;
function scan(p: Pressable): void {
  if (!scanHit && scanTip && shown(p.object) && touches(p.object, scanTip, FRONT_M)) scanHit = p;
}

/**
 * Advances the poke state for one finger tip: returns the pressable now held (or null), calling its `down` on
 * entry and `up` on exit. `held` is what the previous frame returned.
 */
export function pokeStep(tipWorld: Vector3 | null, held: Pressable | null): Pressable | null {
  if (held) {
    if (tipWorld && shown(held.object) && touches(held.object, tipWorld, RELEASE_FRONT_M)) return held;
    held.up?.();
    return null;
  }
  if (!tipWorld) return null;
  scanTip = tipWorld;
  scanHit = null;
  sceneRefs.pressables.forEach(scan);
  const hit = scanHit as Pressable | null;
  scanTip = null;
  scanHit = null;
  hit?.down();
  return hit;
}
