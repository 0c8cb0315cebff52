// Poking a pendant button with the index finger tip: through the front face presses, out again releases,
// the side or the back of the button does nothing, and a hidden pendant cannot be poked.
import { BoxGeometry, Group, Mesh, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { addPressable } from '../../../src/app/scene/scene-refs.ts';
import { pokeStep } from '../../../src/app/xr/hand-poke.ts';

function button() {
  const pendant = new Group();
  pendant.position.set(0.2, 1.1, 0.6);
  pendant.rotation.set(-0.8, 0.3, 0);
  // A 70 x 35 mm key, 6 mm thick, its face towards local +Z (as on the headset pendant).
  const key = new Mesh(new BoxGeometry(0.07, 0.035, 0.006));
  pendant.add(key);
  pendant.updateMatrixWorld(true);
  const calls: string[] = [];
  const remove = addPressable({ object: key, down: () => calls.push('down'), up: () => calls.push('up') });
  /** A point in the key's own frame, in the world. */
  const at = (x: number, y: number, z: number) => key.localToWorld(new Vector3(x, y, z));
  return { pendant, key, calls, remove, at };
}

describe('poking a button with the index finger tip', () => {
  it('presses once when the tip goes through the face and releases when it comes back out', () => {
    const b = button();
    let held = pokeStep(b.at(0, 0, 0.04), null);
    expect(held).toBeNull();
    held = pokeStep(b.at(0.01, 0, 0.002), held);
    expect(held?.object).toBe(b.key);
    held = pokeStep(b.at(0.01, 0, -0.004), held);
    held = pokeStep(b.at(0.01, 0, 0.008), held); // still within the release margin: no chatter
    expect(b.calls).toEqual(['down']);
    held = pokeStep(b.at(0.01, 0, 0.03), held);
    expect(held).toBeNull();
    expect(b.calls).toEqual(['down', 'up']);
    b.remove();
  });

  it('ignores a tip beside the key or far behind it, and a hidden pendant', () => {
    const b = button();
    expect(pokeStep(b.at(0.05, 0, 0), null)).toBeNull();
    expect(pokeStep(b.at(0, 0, -0.05), null)).toBeNull();
    b.pendant.visible = false;
    expect(pokeStep(b.at(0, 0, 0), null)).toBeNull();
    expect(b.calls).toEqual([]);
    b.remove();
  });

  it('releases a held key when the hand is lost', () => {
    const b = button();
    const held = pokeStep(b.at(0, 0, 0), null);
    expect(pokeStep(null, held)).toBeNull();
    expect(b.calls).toEqual(['down', 'up']);
    b.remove();
  });
});
