// Helpers for the scenario-flow specs: shipped scenarios parsed in Node (to compute the expected grade with the
// same engine), screenshot pixel statistics (a PNG decoder for 8-bit RGB/RGBA), and the power-source fields.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import { parseScenario, type Scenario } from '../../src/scenario/index.ts';

export function shippedScenario(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const parsed = parseScenario(readFileSync(file, 'utf8'), file);
  if (!parsed.scenario) throw new Error(`${file} does not parse: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.scenario;
}

/** Distinct colours (quantised to 4 bits per channel) and luminance spread of a PNG screenshot. */
export function pngStats(png: Buffer): {
  width: number;
  height: number;
  distinctColors: number;
  lumaStdDev: number;
} {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('ascii', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8]!;
      const colorType = data[9]!;
      if (depth !== 8 || (colorType !== 2 && colorType !== 6) || data[12] !== 0)
        throw new Error(
          `PNG format not handled: depth ${depth}, colour type ${colorType}, interlace ${data[12]}`,
        );
      channels = colorType === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = out.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? out.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels]! : 0;
      const b = prev[x]!;
      const c = x >= channels ? prev[x - channels]! : 0;
      let v = src[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      row[x] = v & 0xff;
    }
  }
  const colours = new Set<number>();
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let i = 0; i < out.length; i += channels * 7) {
    const r = out[i]!;
    const g = out[i + 1]!;
    const bl = out[i + 2]!;
    colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (bl >> 4));
    const l = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    sum += l;
    sumSq += l * l;
    n++;
  }
  const mean = sum / n;
  return {
    width,
    height,
    distinctColors: colours.size,
    lumaStdDev: Math.sqrt(Math.max(0, sumSq / n - mean * mean)),
  };
}

/** A full-page screenshot saved with the test's output that is not blank (many colours, some contrast). */
export async function screenshotNonBlank(page: Page, name: string): Promise<void> {
  const png = await page.screenshot({ path: test_output(name) });
  const s = pngStats(png);
  expect(s.distinctColors, `${name}: distinct colours`).toBeGreaterThan(20);
  expect(s.lumaStdDev, `${name}: luminance spread`).toBeGreaterThan(5);
}

let outputPath: (name: string) => string = (name) => `test-results/${name}`;
function test_output(name: string): string {
  return outputPath(`${name}.png`);
}
/** Where screenshots go (the running test's output directory). */
export function setScreenshotDir(fn: (name: string) => string): void {
  outputPath = fn;
}

/** Types a value into a power-source field (its number box), as a trainee dialling the panel would. */
export async function setPowerSource(page: Page, label: string, value: number): Promise<void> {
  const box = page.getByTestId('power-source').getByRole('spinbutton', { name: label, exact: true });
  await box.fill(String(value));
  await expect(box).toHaveValue(String(value));
}

/** The sim probe's current step and phase of the running attempt. */
export async function runState(page: Page) {
  return page.evaluate(() => {
    const r = window.__weldtwin!.flow!.run();
    return (
      r && { tick: r.tick, phaseId: r.phaseId, phaseIndex: r.phaseIndex, finished: r.finished, seed: r.seed }
    );
  });
}

/**
 * The reference steps of `cobot-dialogue-vertical-up` with the real panels, from its tune phase to the last
 * "phase done": the flat settings become vertical-up settings on the power source, the program is rebuilt on the
 * pendant with the slower weld move, the robot welds in automatic mode at 8× simulated speed, then inspect and
 * debrief are confirmed. `atPhase` is called on reaching each phase (screenshots); the run state just before the
 * last press is returned.
 */
export async function playVerticalUpReference(
  page: Page,
  atPhase: (phase: 'tune' | 'weld' | 'inspect') => Promise<void> = async () => undefined,
) {
  const hud = page.getByTestId('scenario-hud');
  await expect(hud).toHaveAttribute('data-phase', 'tune', { timeout: 30_000 });
  await expect(page.getByTestId('phase-countdown')).toHaveText(/^[45]:\d\d$/);
  await atPhase('tune');
  await setPowerSource(page, 'Wire feed speed (m/min)', 6.5);
  await page.getByTestId('power-source').getByLabel('Pulsed').check();
  await page.getByTestId('power-source').getByLabel('Shielding gas').selectOption('Ar-18CO2');
  await setPowerSource(page, 'Gas flow (L/min)', 15);
  await setPowerSource(page, 'Voltage (V)', 27);
  await setPowerSource(page, 'Travel speed (mm/s)', 4.5);
  // Every goal of the phase is met (the HUD ticks them off from the run's own evaluation).
  await expect(page.getByTestId('phase-goals').locator('li[data-met="false"]')).toHaveCount(0, {
    timeout: 30_000,
  });

  // The weld move gets the slower travel: rebuild the program on the pendant with the taught points.
  const pendant = page.getByTestId('pendant');
  await pendant.getByRole('button', { name: 'Clear program' }).click();
  await expect(pendant.getByTestId('points')).toHaveText('clear approach start end depart');
  const moves: Array<[string, 'move-j' | 'move-l', number, boolean]> = [
    ['clear', 'move-j', 100, false],
    ['approach', 'move-l', 100, false],
    ['start', 'move-l', 50, false],
    ['end', 'move-l', 4.5, true],
    ['depart', 'move-l', 100, false],
  ];
  for (const [point, button, speed, arc] of moves) {
    await pendant.getByTestId('target-point').selectOption(point);
    await pendant.getByTestId('move-speed').fill(String(speed));
    await pendant.getByTestId('arc-on-move').setChecked(arc);
    await pendant.getByTestId(button).click();
  }
  await expect(pendant.getByTestId('program').locator('li')).toHaveCount(5);
  await expect(pendant.getByTestId('program').locator('li').nth(3)).toContainText('MoveL end v4.5 fine ⚡');
  await page.keyboard.press('KeyQ'); // phase done

  // Weld: automatic mode, run.
  await expect(hud).toHaveAttribute('data-phase', 'weld');
  await atPhase('weld');
  await pendant.getByTestId('mode').click();
  await expect(pendant.getByTestId('mode')).toHaveText('Auto');
  await pendant.getByTestId('run').click();
  // Practice: let the robot weld at 8× simulated speed. A competition round offers 1× only (about 50 s here).
  const fast = (await page.getByTestId('time-scale').count()) > 0;
  if (fast) await page.getByTestId('time-scale').selectOption('8');
  await expect(hud).toHaveAttribute('data-phase', 'inspect', { timeout: 180_000 });
  if (fast) await page.getByTestId('time-scale').selectOption('1');
  await atPhase('inspect');
  await page.getByTestId('phase-done').click();
  await expect(hud).toHaveAttribute('data-phase', 'debrief');
  const before = await runState(page);
  await page.getByTestId('phase-done').click();
  return before;
}

/** The running attempt's record in IndexedDB (what a reload can get back). */
export function storedAttempt(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ status: string; tick: number; savedEntries: number } | null>((resolve, reject) => {
        const open = indexedDB.open('weldtwin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('attempts', 'readonly');
          const all = tx.objectStore('attempts').getAll();
          tx.oncomplete = () => {
            const running = (
              all.result as Array<{ status: string; tick: number; savedEntries: number }>
            ).filter((a) => a.status === 'running');
            open.result.close();
            resolve(running[0] ?? null);
          };
        };
      }),
  );
}
