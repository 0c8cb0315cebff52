import { describe, expect, it } from 'vitest';
import { SafetyTestCell } from './safety-test-cell.ts';
import { cobotSafetyConfig, industrialSafetyConfig } from '../../../src/sim/safety/index.ts';
import { hashState } from '../../../src/sim/core/hash.ts';

// Hand-computed S_p for the cobot defaults (v_h 1600, T_r 0.1 s, C 208, Z_d 50, Z_r 20, category 2 stop ramp):
// stopping time from the UR5 App. A shoulder row: t = 0.53 s · v / (183°/s · 850 mm) and S_s = v·t/2.
const V_REF = ((183 * Math.PI) / 180) * 850;
function spMm(v: number): number {
  const t = (0.53 * v) / V_REF;
  return 1600 * (0.1 + t) + v * 0.1 + 0.5 * v * t + 208 + 50 + 20;
}
const SP_250 = spMm(250); // ≈ 547 mm
const SLOW_EDGE = spMm(1000) + 1600 * (0.1 + (0.53 * 1000) / V_REF); // ≈ 1420 mm
const WARN_EDGE = SLOW_EDGE + 500;

describe('speed and separation monitoring in the cobot cell', () => {
  it('stops just inside S_p at the robot’s speed, slows to 250 mm/s just outside, runs at full speed beyond', () => {
    expect(SP_250).toBeGreaterThan(540);
    expect(SP_250).toBeLessThan(555);
    const cell = new SafetyTestCell().moving(250, 1000);
    cell.personAtSeparation(SP_250 - 1).step();
    expect(cell.out.stopCategory).toBe(2);
    expect(cell.out.stopRule).toBe('ssm-protective-separation');
    expect(cell.out.protectiveSeparationMm).toBeCloseTo(SP_250, 6);
    cell.personAtSeparation(SP_250 + 1).step();
    expect(cell.out.stopCategory).toBeNull();
    expect(cell.out.speedLevel).toBe('reduced');
    expect(cell.out.allowedSpeedMmPerS).toBe(250);
    expect(cell.out.speedScale).toBeCloseTo(0.25, 12);
    cell.personAtSeparation(SLOW_EDGE - 1).step();
    expect(cell.out.ssmZone).toBe('slow');
    cell.personAtSeparation(SLOW_EDGE + 1).step();
    expect(cell.out.ssmZone).toBe('warning');
    expect(cell.out.speedLevel).toBe('full');
    cell.personAtSeparation(WARN_EDGE + 1).step();
    expect(cell.out.ssmZone).toBe('clear');
  });

  it('a robot at full speed meets the stop edge at S_p for 1000 mm/s, not for 250', () => {
    const cell = new SafetyTestCell().moving(1000);
    cell.personAtSeparation(spMm(1000) - 1).step();
    expect(cell.out.stopRule).toBe('ssm-protective-separation');
    cell.personAtSeparation(spMm(1000) + 1).step();
    expect(cell.out.stopCategory).toBeNull();
  });

  it('the SSM stop resumes by itself once the person steps back: no restart needed', () => {
    const cell = new SafetyTestCell().moving(250);
    cell.personAtSeparation(300).step(10);
    expect(cell.out.motionEnabled).toBe(false);
    cell.personAtSeparation(SP_250 + 50).step();
    expect(cell.out.motionEnabled).toBe(true);
  });

  it('records one event per approach with the closest distance, not one per step', () => {
    const cell = new SafetyTestCell().moving(250);
    for (const d of [500, 400, 320, 380, 520]) cell.personAtSeparation(d).step(20);
    cell.personAtSeparation(3000).step();
    const stops = cell.eventsOf('ssm-protective-separation');
    expect(stops).toHaveLength(1);
    expect(stops[0]!.distanceMm).toBeCloseTo(320, 6);
    expect(stops[0]!.endS).not.toBeNull();
    expect(stops[0]!.rule).toMatch(/ISO\/TS 15066/);
  });

  it('reports the closing speed of the person', () => {
    const cell = new SafetyTestCell().moving(0);
    cell.personAtSeparation(2000).step(1, 0.1).personAtSeparation(1840).step(1, 0.1);
    expect(cell.out.closingSpeedMmPerS).toBeCloseTo(1600, 6);
  });
});

describe('safety-rated monitored stop', () => {
  it('holds with category 2 while a person is in the collaborative workspace and resumes automatically', () => {
    const config = cobotSafetyConfig();
    config.collaborativeModes = ['srms'];
    config.srmsWorkspace = { minM: [0.3, -0.5, 0], maxM: [1.0, 0.5, 2] };
    const cell = new SafetyTestCell(config).moving(500);
    cell.personAt([1.2, 0, 1]).step();
    expect(cell.out.motionEnabled).toBe(true);
    cell.personAt([0.9, 0, 1]).step();
    expect(cell.out.stopCategory).toBe(2);
    expect(cell.out.stopRule).toBe('srms-person-in-workspace');
    cell.personAt([1.2, 0, 1]).step();
    expect(cell.out.motionEnabled).toBe(true);
    expect(cell.eventsOf('srms-person-in-workspace')).toHaveLength(1);
  });
});

describe('hand guiding', () => {
  it('runs at the 250 mm/s reduced speed with the handle’s enabling device held, stops when it is let go', () => {
    const cell = new SafetyTestCell()
      .set({ handGuidingActive: true, enablingDevice: 'enabled' })
      .moving(100, 400);
    cell.personAtSeparation(0, 'rightHand', 0.05).step();
    // The operator is touching the robot: SSM does not stop a guided robot.
    expect(cell.out.motionEnabled).toBe(true);
    expect(cell.out.allowedSpeedMmPerS).toBeLessThanOrEqual(250);
    cell.set({ enablingDevice: 'released' }).step();
    expect(cell.out.stopRule).toBe('hand-guiding-enable');
  });
  it('guiding faster than the limit stops the robot and is recorded', () => {
    const cell = new SafetyTestCell().set({ handGuidingActive: true, enablingDevice: 'enabled' }).moving(400);
    cell.step(5);
    expect(cell.out.stopRule).toBe('hand-guiding-speed');
    expect(cell.eventsOf('hand-guiding-speed')[0]!.speedMmPerS).toBe(400);
  });
});

describe('manual reduced speed and the 3-position enabling device', () => {
  it('limits the TCP to 250 mm/s in manual (T1)', () => {
    const cell = new SafetyTestCell()
      .set({ operatingMode: 'manual', enablingDevice: 'enabled' })
      .moving(100, 1000);
    cell.step();
    expect(cell.out.allowedSpeedMmPerS).toBe(250);
    expect(cell.out.speedRule).toBe('manual-reduced-speed');
    expect(cell.out.speedLevel).toBe('reduced');
  });

  it('released = stop, middle = run, fully pressed = stop; full back to middle does not run until released', () => {
    const cell = new SafetyTestCell().set({ operatingMode: 'manual' }).moving(100);
    cell.set({ enablingDevice: 'released' }).step();
    expect(cell.out.stopRule).toBe('enabling-device-released');
    cell.set({ enablingDevice: 'enabled' }).step();
    expect(cell.out.motionEnabled).toBe(true);
    cell.set({ enablingDevice: 'panic' }).step();
    expect(cell.out.stopRule).toBe('enabling-device-panic');
    cell.set({ enablingDevice: 'enabled' }).step(10);
    expect(cell.out.motionEnabled).toBe(false);
    expect(cell.out.stopRule).toBe('enabling-device-not-rearmed');
    cell.set({ enablingDevice: 'released' }).step();
    cell.set({ enablingDevice: 'enabled' }).step();
    expect(cell.out.motionEnabled).toBe(true);
    expect(cell.eventsOf('enabling-device-panic')).toHaveLength(1);
  });

  it('a TCP above 250 mm/s (beyond the 50 mm/s monitoring tolerance) is a category 0 violation until restart', () => {
    const cell = new SafetyTestCell().set({ operatingMode: 'manual', enablingDevice: 'enabled' });
    cell.moving(290).step();
    expect(cell.out.motionEnabled).toBe(true);
    cell.moving(320).step();
    expect(cell.out.stopCategory).toBe(0);
    expect(cell.out.stopRule).toBe('reduced-speed-limit');
    cell.moving(0).step(5);
    expect(cell.out.motionEnabled).toBe(false);
    cell.press('restartRequested');
    expect(cell.out.motionEnabled).toBe(true);
  });
});

describe('emergency stop', () => {
  it('latches (category 1): releasing or restarting alone does not resume; release, reset, then restart does', () => {
    const cell = new SafetyTestCell().moving(200);
    cell.set({ eStopPressed: true }).step();
    expect(cell.out.stopCategory).toBe(1);
    expect(cell.out.stopRule).toBe('emergency-stop');
    expect(cell.out.arcPermitted).toBe(false);
    cell.set({ eStopPressed: false }).step(20);
    expect(cell.out.motionEnabled).toBe(false);
    cell.press('restartRequested');
    expect(cell.out.motionEnabled).toBe(false);
    cell.press('resetPressed');
    expect(cell.out.motionEnabled).toBe(false);
    cell.press('restartRequested');
    expect(cell.out.motionEnabled).toBe(true);
    const e = cell.eventsOf('emergency-stop');
    expect(e).toHaveLength(1);
    expect(e[0]!.severity).toBe('critical');
    expect(e[0]!.endS).not.toBeNull();
  });
  it('a reset while the button is still pressed does nothing; category 0 when configured', () => {
    const config = cobotSafetyConfig();
    config.eStopCategory = 0;
    const cell = new SafetyTestCell(config).set({ eStopPressed: true });
    cell.step().press('resetPressed');
    expect(cell.out.stopCategory).toBe(0);
    cell.set({ eStopPressed: false }).press('restartRequested');
    expect(cell.out.motionEnabled).toBe(false);
  });
});

describe('guards of the industrial cell', () => {
  it('opening the interlocked door in automatic stops (category 1) until closed, reset and restarted', () => {
    const cell = new SafetyTestCell(industrialSafetyConfig()).moving(500);
    cell.set({ doorClosed: false }).step();
    expect(cell.out.stopCategory).toBe(1);
    expect(cell.out.stopRule).toBe('door-interlock');
    cell.press('resetPressed');
    expect(cell.out.motionEnabled).toBe(false);
    cell.set({ doorClosed: true }).press('restartRequested');
    expect(cell.out.motionEnabled).toBe(false);
    cell.press('resetPressed').press('restartRequested');
    expect(cell.out.motionEnabled).toBe(true);
  });
  it('teaching in manual with the door open is allowed at reduced speed', () => {
    const cell = new SafetyTestCell(industrialSafetyConfig()).set({
      operatingMode: 'manual',
      enablingDevice: 'enabled',
      doorClosed: false,
    });
    cell.moving(100).step();
    expect(cell.out.motionEnabled).toBe(true);
    expect(cell.out.allowedSpeedMmPerS).toBe(250);
  });
  it('breaking the light curtain stops the robot; the installed distance is checked against ISO 13855', () => {
    const cell = new SafetyTestCell(industrialSafetyConfig()).moving(500);
    cell.set({ lightCurtainInterrupted: true }).step();
    expect(cell.out.stopRule).toBe('light-curtain');
    expect(cell.state.events.some((e) => e.kind === 'light-curtain-distance')).toBe(false);
    const tooClose = industrialSafetyConfig();
    tooClose.lightCurtain!.installedDistanceMm = 600;
    const bad = new SafetyTestCell(tooClose);
    const e = bad.eventsOf('light-curtain-distance');
    expect(e).toHaveLength(1);
    expect(Math.round(e[0]!.limit)).toBe(658);
  });
});

describe('power and force limiting', () => {
  it('a contact within the body-region limit is recorded and the robot continues', () => {
    const cell = new SafetyTestCell().moving(100);
    cell
      .set({
        contact: { active: true, region: 'hand-fingers', forceN: 90, pressureNPerCm2: 100, transient: false },
      })
      .step(3);
    cell
      .set({
        contact: {
          active: true,
          region: 'hand-fingers',
          forceN: 120,
          pressureNPerCm2: 110,
          transient: false,
        },
      })
      .step();
    cell
      .set({
        contact: { active: false, region: 'hand-fingers', forceN: 0, pressureNPerCm2: 0, transient: false },
      })
      .step();
    expect(cell.out.motionEnabled).toBe(true);
    const e = cell.eventsOf('pfl-contact');
    expect(e).toHaveLength(1);
    expect(e[0]!.forceN).toBe(120);
    expect(e[0]!.limit).toBe(140);
    expect(e[0]!.bodyRegion).toBe('hand-fingers');
  });
  it('a 150 N clamp of the hand stops with category 0; resumes only on restart after the contact is released', () => {
    const cell = new SafetyTestCell().moving(100);
    const clamp = {
      active: true,
      region: 'hand-fingers' as const,
      forceN: 150,
      pressureNPerCm2: 100,
      transient: false,
    };
    cell.set({ contact: clamp }).step();
    expect(cell.out.stopCategory).toBe(0);
    expect(cell.out.stopRule).toBe('pfl-contact-limit');
    cell.press('restartRequested');
    expect(cell.out.motionEnabled).toBe(false);
    cell.set({ contact: { ...clamp, active: false } }).step(5);
    expect(cell.out.motionEnabled).toBe(false);
    cell.press('restartRequested');
    expect(cell.out.motionEnabled).toBe(true);
    const e = cell.eventsOf('pfl-contact-limit')[0]!;
    expect(e.forceN).toBe(150);
    expect(e.severity).toBe('critical');
  });
  it('the same 150 N as a transient impact is within the doubled limit', () => {
    const cell = new SafetyTestCell().moving(100);
    cell
      .set({
        contact: { active: true, region: 'hand-fingers', forceN: 150, pressureNPerCm2: 100, transient: true },
      })
      .step();
    expect(cell.out.motionEnabled).toBe(true);
  });
  it('without PFL (industrial robot) any contact is a category 0 stop', () => {
    const cell = new SafetyTestCell(industrialSafetyConfig()).moving(100);
    cell
      .set({
        contact: { active: true, region: 'hand-fingers', forceN: 5, pressureNPerCm2: 5, transient: true },
      })
      .step();
    expect(cell.out.stopRule).toBe('unprotected-contact');
    expect(cell.out.stopCategory).toBe(0);
  });
  it('close to a person the speed is capped at the transient-contact speed v_max of the nearest region', () => {
    const config = cobotSafetyConfig();
    config.collaborativeModes = ['pfl'];
    const cell = new SafetyTestCell(config).moving(800);
    // Hand: v_max ≈ 1.34 m/s with the UR10e + torch effective mass, above the 1 m/s TCP limit: no cap.
    cell.personAtSeparation(150, 'rightHand', 0.05).step();
    expect(cell.out.speedRule).toBeNull();
    // Chest (k 25 N/mm, 40 kg, 280 N transient): v_max ≈ 0.52 m/s.
    cell.personAtSeparation(150, 'torso', 0.2).step();
    expect(cell.out.speedRule).toBe('pfl-transient-speed');
    expect(cell.out.allowedSpeedMmPerS).toBeGreaterThan(500);
    expect(cell.out.allowedSpeedMmPerS).toBeLessThan(550);
    cell.personAtSeparation(250, 'torso', 0.2).step();
    expect(cell.out.speedRule).toBeNull();
    cell.personAtSeparation(150, 'head', 0.1).step();
    // No designed-in transient contact with the head: v_max = 0 holds the robot.
    expect(cell.out.stopRule).toBe('pfl-transient-speed');
  });
});

describe('safety-rated limits', () => {
  it('crossing a safety plane, entering a keep-out box or over-tilting the torch stops with category 0', () => {
    const config = cobotSafetyConfig();
    config.safetyPlanes = [
      { name: 'table', normal: [0, 0, 1], offsetM: 0.2, kind: 'limit', includeLinks: false },
    ];
    config.keepOutBoxes = [{ minM: [0.5, 0.5, 0], maxM: [1, 1, 1] }];
    config.toolOrientation = { axis: [0, 0, -1], maxTiltDeg: 60 };
    const cell = new SafetyTestCell(config).moving(100);
    cell.set({ tcpPositionM: [0, 0, 0.15] }).step();
    expect(cell.out.stopRule).toBe('safety-plane');
    expect(cell.out.stopCategory).toBe(0);
    expect(cell.eventsOf('safety-plane')[0]!.distanceMm).toBeCloseTo(-50, 6);
    cell
      .set({ tcpPositionM: [0.7, 0.7, 0.5] })
      .step()
      .press('restartRequested');
    expect(cell.out.stopRule).toBe('keep-out-zone');
    cell
      .set({ tcpPositionM: [0, 0, 1], toolAxis: [1, 0, 0] })
      .step()
      .press('restartRequested');
    expect(cell.out.stopRule).toBe('tool-orientation');
    cell
      .set({ toolAxis: [0.5, 0, -1] })
      .step()
      .press('restartRequested');
    expect(cell.out.motionEnabled).toBe(true);
  });
  it('a trigger-reduced plane switches to the 250 mm/s reduced mode', () => {
    const config = cobotSafetyConfig();
    config.safetyPlanes = [
      { name: 'fixture', normal: [1, 0, 0], offsetM: 0.3, kind: 'trigger-reduced', includeLinks: false },
    ];
    const cell = new SafetyTestCell(config).moving(200, 800);
    cell.set({ tcpPositionM: [0.1, 0, 0.5] }).step();
    expect(cell.out.reducedMode).toBe(true);
    expect(cell.out.allowedSpeedMmPerS).toBe(250);
  });
});

describe('welding hazards', () => {
  it('arc-on interlock: no arc while a person is within the hazard radius of the arc', () => {
    const cell = new SafetyTestCell().set({ arcOn: true, arcPositionM: [0, 0, 1] });
    cell.personAt([0.3, 0, 1]).step();
    expect(cell.out.arcPermitted).toBe(false);
    expect(cell.eventsOf('arc-interlock')).toHaveLength(1);
    cell.personAt([0.8, 0, 1]).step();
    expect(cell.out.arcPermitted).toBe(true);
  });

  it('arc flash: helmet up in line of sight accumulates UV dose; one event, critical past 30 J/m²', () => {
    const cell = new SafetyTestCell().set({ arcOn: true, arcPositionM: [0, 0, 1] });
    cell.personAt([1, 0, 1]).step(180); // 1 s at 1 m: 7.85 J/m² (Okuno 2001)
    expect(cell.state.uvDoseJPerM2[0]).toBeCloseTo(7.85, 6);
    let e = cell.eventsOf('arc-flash-exposure');
    expect(e).toHaveLength(1);
    expect(e[0]!.severity).toBe('violation');
    expect(e[0]!.distanceMm).toBeCloseTo(1000, 6);
    cell.step(4 * 180);
    e = cell.eventsOf('arc-flash-exposure');
    expect(e).toHaveLength(1);
    expect(e[0]!.doseJPerM2).toBeGreaterThan(30);
    expect(e[0]!.severity).toBe('critical');
  });

  it('a lowered helmet or a welding screen in between prevents exposure', () => {
    const cell = new SafetyTestCell().set({ arcOn: true, arcPositionM: [0, 0, 1] });
    cell.personAt([1, 0, 1]);
    cell.inputs.people[0]!.weldingHelmetDown = true;
    cell.step(90);
    expect(cell.state.uvDoseJPerM2[0]).toBe(0);
    const screened = cobotSafetyConfig();
    screened.arc.screens = [{ minM: [0.6, -1, 0], maxM: [0.62, 1, 2] }];
    const c2 = new SafetyTestCell(screened).set({ arcOn: true, arcPositionM: [0, 0, 1] });
    c2.personAt([1, 0, 1]).step(90);
    expect(c2.state.uvDoseJPerM2[0]).toBe(0);
    expect(c2.eventsOf('arc-flash-exposure')).toHaveLength(0);
  });

  it('hot part: a 60 s weld at 5.85 kW heats the coupon about E/(m·c), it cools afterwards, a reaching hand is warned', () => {
    const cell = new SafetyTestCell();
    const hp = cell.config.hotPart;
    cell.set({ netArcHeatW: 5850 }).step(60 * 180);
    const adiabaticRise = (5850 * 60) / (hp.heatedMassKg * hp.specificHeatJPerKgK);
    const t60 = cell.out.partTemperatureC;
    expect(t60 - hp.ambientC).toBeLessThan(adiabaticRise);
    expect(t60 - hp.ambientC).toBeGreaterThan(0.9 * adiabaticRise);
    expect(cell.out.hotPart).toBe(true);
    cell.set({ netArcHeatW: 0 }).step(60 * 180);
    expect(cell.out.partTemperatureC).toBeLessThan(t60);
    cell.personAt([0, 0.45, 0.8], 'rightHand').step();
    const e = cell.eventsOf('hot-part');
    expect(e).toHaveLength(1);
    expect(e[0]!.temperatureC).toBeGreaterThan(60);
  });
});

describe('determinism', () => {
  it('the same inputs give the same state hash', () => {
    const run = () => {
      const cell = new SafetyTestCell().moving(250, 1000).set({ arcOn: true, netArcHeatW: 3000 });
      for (let i = 0; i < 200; i++) cell.personAtSeparation(2000 - i * 8).step();
      cell.set({ eStopPressed: true }).step(5);
      return hashState(cell.state);
    };
    expect(run()).toBe(run());
  });
  it('state is plain JSON that round-trips', () => {
    const cell = new SafetyTestCell().moving(250).personAtSeparation(300).step(3);
    expect(JSON.parse(JSON.stringify(cell.state))).toEqual(cell.state);
  });
});
