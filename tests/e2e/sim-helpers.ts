// Read-only looks into the running twin for assertions, and a desktop torch drag driven by real mouse input.
import { expect, type Page } from '@playwright/test';

export interface SimSnapshot {
  tick: number;
  tcp: [number, number, number];
  toolAxis: [number, number, number];
  arcPhase: string;
  arcOn: boolean;
  beadRecords: number;
  beadShown: number;
  safety: string;
  enabling: string;
  programState: string;
  freedrive: boolean;
  tcpSpeedMmPerS: number;
  technique: { valid: boolean; ctwdMm: number; workAngleDeg: number; travelAngleDeg: number };
  events: { code: string; text: string }[];
}

export function snapshot(page: Page): Promise<SimSnapshot> {
  return page.evaluate(() => {
    const p = window.__weldtwin!;
    const { view, world } = p.sim!() as {
      view: {
        tick: number;
        tcp: Float64Array;
        arcPhase: string;
        arcOn: boolean;
        safety: string;
        enablingDevice: string;
        programState: string;
        freedrive: boolean;
        technique: { valid: boolean; ctwdMm: number; workAngleDeg: number; travelAngleDeg: number };
      };
      world: {
        bead: { seamMm: number[] };
        motion: { tcpSpeedMPerS: number };
        events: { code: string; text: string }[];
      };
    };
    const t = view.tcp;
    return {
      tick: view.tick,
      tcp: [t[3]!, t[7]!, t[11]!],
      toolAxis: [t[2]!, t[6]!, t[10]!],
      arcPhase: view.arcPhase,
      arcOn: view.arcOn,
      beadRecords: world.bead.seamMm.length,
      beadShown: p.beadShown,
      safety: view.safety,
      enabling: view.enablingDevice,
      programState: view.programState,
      freedrive: view.freedrive,
      tcpSpeedMmPerS: world.motion.tcpSpeedMPerS * 1000,
      technique: { ...view.technique },
      events: world.events.slice(-8).map((e) => ({ code: e.code, text: e.text })),
    } as SimSnapshot;
  });
}

const dist = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/**
 * Drags the cobot torch grip so the TCP moves by `delta` (sim world, m): horizontally, or vertically with
 * Shift (the app's drag planes). Moves the mouse in small steps like a hand would, then waits for the arm.
 */
export async function dragTorch(
  page: Page,
  delta: [number, number, number],
  vertical: boolean,
): Promise<void> {
  const start = await snapshot(page);
  const [hx, hy] = await page.evaluate(() => window.__weldtwin!.torchHandleScreen!());
  await page.evaluate(() => (window.__weldtwin!.dragGrab = null));
  if (vertical) await page.keyboard.down('Shift');
  await page.mouse.move(hx, hy);
  await page.mouse.down();
  await page.waitForFunction(() => window.__weldtwin!.dragGrab !== null);
  const grab = (await page.evaluate(() => window.__weldtwin!.dragGrab))!;
  // Pressing the grip presses the freedrive button; the controller switches once the arm is at rest.
  await expect.poll(async () => (await snapshot(page)).freedrive, { timeout: 60_000 }).toBe(true);
  const target: [number, number, number] = [
    start.tcp[0] + delta[0],
    start.tcp[1] + delta[1],
    start.tcp[2] + delta[2],
  ];
  const steps = 6;
  for (let i = 1; i <= steps; i++) {
    const f = i / steps;
    const [sx, sy] = await page.evaluate(
      ([x, y, z]) => window.__weldtwin!.project!(x!, y!, z!),
      [grab[0] + delta[0] * f, grab[1] + delta[1] * f, grab[2] + delta[2] * f],
    );
    await page.mouse.move(sx, sy);
  }
  try {
    await expect
      .poll(async () => dist((await snapshot(page)).tcp, target), {
        timeout: 90_000,
        message: 'TCP reaches the drag target',
      })
      .toBeLessThan(0.003);
  } catch (e) {
    const s = await snapshot(page);
    throw new Error(
      `${(e as Error).message}\nTCP ${s.tcp.join(', ')} target ${target.join(', ')}\nevents ${JSON.stringify(s.events)}`,
    );
  }
  await page.mouse.up();
  if (vertical) await page.keyboard.up('Shift');
}
