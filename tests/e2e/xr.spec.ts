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
