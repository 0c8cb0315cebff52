// Drives the IWER-emulated Meta Quest 3 the app installs with ?xr=emulate: controller poses and buttons.
import { expect, type Page } from '@playwright/test';
import type {} from '../../src/app/xr/xr-probe.ts';

export type Hand = 'left' | 'right';
type V3 = [number, number, number];

/** Enters the immersive session through the app's "Enter VR" button. */
export async function enterVR(page: Page): Promise<void> {
  const button = page.getByTestId('enter-vr');
  await expect(button).toBeEnabled();
  await button.click();
  await page.waitForFunction(() => window.__weldtwin?.xrSessionActive === true);
  await page.waitForFunction(() => window.__weldtwin?.rightController.connected === true);
}

export async function setButton(page: Page, hand: Hand, button: string, value: number): Promise<void> {
  await page.evaluate(
    ([h, b, v]) => {
      const d = window.__weldtwin!.xrDevice as {
        controllers: Record<string, { updateButtonValue(id: string, v: number): void }>;
      };
      d.controllers[h as string]!.updateButtonValue(b as string, v as number);
    },
    [hand, button, value] as const,
  );
}

export async function moveController(page: Page, hand: Hand, position: V3): Promise<void> {
  await page.evaluate(
    ([h, p]) => {
      const d = window.__weldtwin!.xrDevice as {
        controllers: Record<string, { position: { set(x: number, y: number, z: number): void } }>;
      };
      d.controllers[h as string]!.position.set(...(p as V3));
    },
    [hand, position] as const,
  );
}

export function devicePosition(page: Page, hand: Hand): Promise<V3> {
  return page.evaluate((h) => {
    const d = window.__weldtwin!.xrDevice as {
      controllers: Record<string, { position: { x: number; y: number; z: number } }>;
    };
    const p = d.controllers[h]!.position;
    return [p.x, p.y, p.z] as V3;
  }, hand);
}

/** Waits until the app has seen the right grip at a new place, then returns it. */
export async function rightGrip(page: Page): Promise<V3> {
  return page.evaluate(() => [...window.__weldtwin!.rightController.position] as V3);
}

/** Places the right grip (not the controller origin) at `target` (three.js world), correcting the grip offset. */
export async function putRightGripAt(page: Page, target: V3): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const grip = await rightGrip(page);
    const dev = await devicePosition(page, 'right');
    await moveController(page, 'right', [
      dev[0] + target[0] - grip[0],
      dev[1] + target[1] - grip[1],
      dev[2] + target[2] - grip[2],
    ]);
    await expect
      .poll(async () => {
        const g = await rightGrip(page);
        return Math.hypot(g[0] - target[0], g[1] - target[1], g[2] - target[2]);
      })
      .toBeLessThan(0.002);
  }
}

/**
 * Points the right controller's ray at `target` from `distance` in front of it along `from` (unit, world).
 * The ray's offset from the controller pose is measured and corrected (a couple of iterations).
 */
export async function aimRightAt(page: Page, target: V3, from: V3, distance = 0.15): Promise<void> {
  await moveController(page, 'right', [
    target[0] + from[0] * distance,
    target[1] + from[1] * distance,
    target[2] + from[2] * distance,
  ]);
  for (let i = 0; i < 4; i++) {
    await nextFrames(page, 2);
    await page.evaluate((t) => {
      const p = window.__weldtwin!;
      const d = p.xrDevice as {
        controllers: Record<
          string,
          {
            quaternion: {
              x: number;
              y: number;
              z: number;
              w: number;
              set(x: number, y: number, z: number, w: number): void;
            };
          }
        >;
      };
      const q = d.controllers.right!.quaternion;
      const o = p.rightRay.origin;
      const cur = p.rightRay.direction;
      const want = [t[0]! - o[0], t[1]! - o[1], t[2]! - o[2]];
      const n = Math.hypot(want[0]!, want[1]!, want[2]!);
      const w = [want[0]! / n, want[1]! / n, want[2]! / n];
      // Rotation taking `cur` to `w` (shortest arc), premultiplied onto the controller's orientation.
      const ax = cur[1] * w[2]! - cur[2] * w[1]!;
      const ay = cur[2] * w[0]! - cur[0] * w[2]!;
      const az = cur[0] * w[1]! - cur[1] * w[0]!;
      const dot = cur[0] * w[0]! + cur[1] * w[1]! + cur[2] * w[2]!;
      let rx = ax,
        ry = ay,
        rz = az,
        rw = 1 + dot;
      const rn = Math.hypot(rx, ry, rz, rw);
      rx /= rn;
      ry /= rn;
      rz /= rn;
      rw /= rn;
      const x = rw * q.x + rx * q.w + ry * q.z - rz * q.y;
      const y = rw * q.y - rx * q.z + ry * q.w + rz * q.x;
      const z = rw * q.z + rx * q.y - ry * q.x + rz * q.w;
      const ww = rw * q.w - rx * q.x - ry * q.y - rz * q.z;
      q.set(x, y, z, ww);
    }, target);
  }
  await nextFrames(page, 2);
  const err = await page.evaluate((t) => {
    const r = window.__weldtwin!.rightRay;
    const d = [t[0]! - r.origin[0], t[1]! - r.origin[1], t[2]! - r.origin[2]];
    const n = Math.hypot(d[0]!, d[1]!, d[2]!);
    const c = (d[0]! * r.direction[0] + d[1]! * r.direction[1] + d[2]! * r.direction[2]) / n;
    return Math.acos(Math.min(1, c));
  }, target);
  expect(err, 'ray aims at the target (rad)').toBeLessThan(0.02);
}

/** Waits until the app has rendered `n` more frames (SwiftShader frames can take a second). */
export async function nextFrames(page: Page, n: number): Promise<void> {
  const f = await page.evaluate(() => window.__weldtwin!.frames);
  await page.waitForFunction((target) => window.__weldtwin!.frames >= target, f + n, { timeout: 60_000 });
}

/** A trigger pull: press, hold a few frames (SwiftShader frames are slow), release. */
export async function pullTrigger(page: Page, holdMs = 600): Promise<void> {
  await setButton(page, 'right', 'trigger', 1);
  await nextFrames(page, 2);
  await page.waitForTimeout(holdMs);
  await setButton(page, 'right', 'trigger', 0);
  await nextFrames(page, 2);
}

// ---- Tracked hands (IWER XRHandInput: position, quaternion and a pinch value per hand) ----

/** Switches the emulated headset from controllers to tracked hands and waits until the app sees both hands. */
export async function useHands(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window.__weldtwin!.xrDevice as { primaryInputMode: string }).primaryInputMode = 'hand';
  });
  await page.waitForFunction(
    () => window.__weldtwinXR?.rightKind === 'hand' && window.__weldtwinXR.leftKind === 'hand',
  );
}

export async function setPinch(page: Page, hand: Hand, value: number): Promise<void> {
  await page.evaluate(
    ([h, v]) => {
      const d = window.__weldtwin!.xrDevice as {
        hands: Record<string, { updatePinchValue(v: number): void }>;
      };
      d.hands[h as string]!.updatePinchValue(v as number);
    },
    [hand, value] as const,
  );
}

export function handPosition(page: Page, hand: Hand): Promise<V3> {
  return page.evaluate((h) => {
    const d = window.__weldtwin!.xrDevice as {
      hands: Record<string, { position: { x: number; y: number; z: number } }>;
    };
    const p = d.hands[h]!.position;
    return [p.x, p.y, p.z] as V3;
  }, hand);
}

export async function moveHand(page: Page, hand: Hand, position: V3): Promise<void> {
  await page.evaluate(
    ([h, p]) => {
      const d = window.__weldtwin!.xrDevice as {
        hands: Record<string, { position: { set(x: number, y: number, z: number): void } }>;
      };
      d.hands[h as string]!.position.set(...(p as V3));
    },
    [hand, position] as const,
  );
}

/** Moves the right hand so that the given point of it (pinch point or index tip) lands on `target`. */
export async function putRightHandPointAt(
  page: Page,
  point: 'rightPinchPoint' | 'rightIndexTip',
  target: V3,
  tolerance = 0.003,
): Promise<void> {
  const read = () => page.evaluate((k) => [...window.__weldtwinXR![k]] as V3, point);
  for (let i = 0; i < 3; i++) {
    const now = await read();
    const dev = await handPosition(page, 'right');
    await moveHand(page, 'right', [
      dev[0] + target[0] - now[0],
      dev[1] + target[1] - now[1],
      dev[2] + target[2] - now[2],
    ]);
    await nextFrames(page, 3);
  }
  await expect
    .poll(async () => {
      const g = await read();
      return Math.hypot(g[0] - target[0], g[1] - target[1], g[2] - target[2]);
    })
    .toBeLessThan(tolerance);
}
