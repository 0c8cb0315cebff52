// IWER-emulated Meta Quest 3: enter the immersive session from the "Enter VR" button and track the right controller.
import { expect, openApp, probe, test } from './fixtures.ts';

interface EmulatedDevice {
  controllers: { right: { position: { x: number; y: number; z: number } } };
}

test('enters an immersive session and registers the right controller moving', async ({ page }) => {
  const profileResponses: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/profiles/')) profileResponses.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  await openApp(page, '?xr=emulate');
  const button = page.getByTestId('enter-vr');
  await expect(button).toBeEnabled();
  await button.click();
  await page.waitForFunction(() => window.__weldtwin?.xrSessionActive === true);
  await page.waitForFunction(() => window.__weldtwin?.rightController.connected === true);
  await expect(button).toHaveText('Exit VR');

  const before = await probe(page, (p) => ({
    updates: p.rightController.updates,
    at: [...p.rightController.position],
  }));
  // Move the hand 20 cm right, 10 cm down and 30 cm forward (the grip pose is offset from the device pose,
  // so compare displacements).
  await page.evaluate(() => {
    const p = (window.__weldtwin!.xrDevice as EmulatedDevice).controllers.right.position;
    p.x += 0.2;
    p.y -= 0.1;
    p.z -= 0.3;
  });
  await expect
    .poll(() => probe(page, (p) => [...p.rightController.position]), { timeout: 30_000 })
    .toEqual([
      expect.closeTo(before.at[0]! + 0.2, 3),
      expect.closeTo(before.at[1]! - 0.1, 3),
      expect.closeTo(before.at[2]! - 0.3, 3),
    ]);
  expect(await probe(page, (p) => p.rightController.updates)).toBeGreaterThan(before.updates);

  // The controller models came from this server (public/profiles), all found.
  await expect.poll(() => profileResponses.some((r) => r.endsWith('.glb'))).toBe(true);
  expect(profileResponses.filter((r) => !r.startsWith('200') && !r.startsWith('304'))).toEqual([]);
});

test('teleports with the right thumbstick to where the ray meets the floor', async ({ page }) => {
  await openApp(page, '?xr=emulate');
  await page.getByTestId('enter-vr').click();
  await page.waitForFunction(() => window.__weldtwin?.rightController.connected === true);
  // Point the right controller 45° down, thumbstick forward, then let go.
  await page.evaluate(() => {
    const c = (
      window.__weldtwin!.xrDevice as {
        controllers: {
          right: {
            quaternion: { set(x: number, y: number, z: number, w: number): void };
            updateAxis(id: string, type: string, v: number): void;
          };
        };
      }
    ).controllers.right;
    const a = -Math.PI / 8; // half of −45° about X
    c.quaternion.set(Math.sin(a), 0, 0, Math.cos(a));
    c.updateAxis('thumbstick', 'y-axis', -1);
  });
  const f = await probe(page, (p) => p.frames);
  await page.waitForFunction((n) => window.__weldtwin!.frames > n + 2, f);
  const before = await probe(page, (p) => [...p.rightController.position]);
  await page.evaluate(() =>
    (
      window.__weldtwin!.xrDevice as {
        controllers: { right: { updateAxis(id: string, t: string, v: number): void } };
      }
    ).controllers.right.updateAxis('thumbstick', 'y-axis', 0),
  );
  await expect.poll(() => probe(page, (p) => p.xr.teleports)).toBe(1);
  // The trainee now stands elsewhere: the same hand pose is somewhere else in the cell.
  await expect
    .poll(async () => {
      const now = await probe(page, (p) => [...p.rightController.position]);
      return Math.hypot(now[0]! - before[0]!, now[2]! - before[2]!);
    })
    .toBeGreaterThan(0.3);
});
