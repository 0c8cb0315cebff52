// A small scenario for engine and parser tests, as YAML text; `patch` edits lines by simple replacement.
export const TOY_SCENARIO = `# yaml-language-server: $schema=../../../scenarios/schema.json
id: toy-fillet
version: 2
title: { en: Toy fillet, zh-CN: 玩具角焊缝 }
robotFamily: cobot
skillLayer: commands
level: 1
estimatedMinutes: 5
briefing:
  en: Weld a short seam.
  zh-CN: 焊接一条短焊缝。
  objectives:
    - { en: Set the voltage, zh-CN: 设置电压 }
timeLimitS: 120
cell:
  robot: ur10e
  process: GMAW
  workpiece: { material: carbon-steel, thicknessMm: 10, joint: fillet, position: PB }
start:
  weld: { voltageV: 20, travelSpeedMmPerS: 10 }
wps:
  voltageMinV: 26
  voltageMaxV: 29
variation:
  seamOffsetMm: { min: -2, max: 2, step: 0.1 }
phases:
  - id: briefing
    kind: briefing
    title: { en: Briefing, zh-CN: 说明 }
  - id: setup
    kind: setup
    title: { en: Set-up, zh-CN: 设置 }
    timeLimitS: 30
    goals:
      - id: voltage
        description: { en: Voltage 26–29 V, zh-CN: 电压 26–29 V }
        condition: between(weld.voltageV, wps.voltageMinV, wps.voltageMaxV)
  - id: weld
    kind: weld
    title: { en: Weld, zh-CN: 焊接 }
    goals:
      - id: seam
        description: { en: Seam welded, zh-CN: 焊缝完成 }
        condition: weld.seamComplete
injections:
  - id: gasLoss
    kind: fault
    fault: gas-supply-loss
    params: { cause: valve-closed }
    at: { phase: weld, afterS: { min: 3, max: 4 } }
    handling:
      detect: not program.running
      detectWithinS: 5
      diagnosis: gas-supply-loss
      remedies: [openGasValve]
      resolved: not alarm.active
      resolveWithinS: 30
rules:
  - id: noArcPerson
    category: safety
    when: arc.on
    require: not person.inHazardZone
    graceS: 0
    severity: fail
    points: 10
    message: { en: Arc with a person in the zone, zh-CN: 有人时起弧 }
  - id: interpass
    when: arc.on
    require: workpiece.interpassTempC <= 250 C
    graceS: 0
    severity: deduction
    points: 10
    message: { en: Interpass above 250 °C, zh-CN: 层间温度超过 250 °C }
  - id: travel
    scope: [weld]
    when: arc.on
    require: weld.travelSpeedMmPerS <= 8 mm/s
    severity: deduction
    points: 10
    perViolation: 4
    message: { en: Too fast, zh-CN: 太快 }
rubric:
  weights: { goals: 30, rules: 20, quality: 20, safety: 10, faultHandling: 20 }
  quality:
    seams: [{ id: main, required: C }]
solutions:
  reference:
    steps:
      - do: { type: advancePhase }
      - after: 1
        do: [{ type: setWeld, key: voltageV, value: 27 }, { type: setWeld, key: travelSpeedMmPerS, value: 7.5 }]
      - after: 1
        do: { type: runProgram }
      - waitFor: alarm.active
        do: { type: diagnose, cause: gas-supply-loss }
      - after: 1
        do: [{ type: openGasValve }, { type: resetAlarms }, { type: runProgram }]
      - waitFor: weld.seamComplete
        do: { type: finish }
  knownBad:
    steps:
      - do: { type: advancePhase }
      - after: 1
        do: { type: setWeld, key: voltageV, value: 27 }
      - after: 1
        do: [{ type: setWeld, key: voltageV, value: 31 }, { type: runProgram }]
      - waitFor: alarm.active
        do: { type: diagnose, cause: wire-stick }
      - after: 40
        do: [{ type: openGasValve }, { type: resetAlarms }, { type: runProgram }]
`;
