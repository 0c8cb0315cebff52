import { parseScenario } from './src/scenario/index.ts';
import { TOY_SCENARIO } from './tests/scenario/support/toy-scenario.ts';
const cases: [string, string, string][] = [
  ['syntax', 'title: { en: Toy fillet, zh-CN: 玩具角焊缝 }', 'title: { en: Toy fillet, zh-CN: 玩具角焊缝'],
  ['unknownKey', 'estimatedMinutes: 5', 'estimatedMinute: 5'],
  ['type', 'level: 1', 'level: one'],
  ['range', 'thicknessMm: 10,', 'thicknessMm: 200,'],
  ['dupPhase', '  - id: weld\n    kind: weld', '  - id: setup\n    kind: weld'],
  ['scope', 'scope: [weld]', 'scope: [weldd]'],
  ['fault', 'fault: gas-supply-loss', 'fault: gas-supply-los'],
  ['exprName', 'require: not person.inHazardZone', 'require: not person.inHazardZon'],
  ['exprForbidden', 'require: workpiece.interpassTempC <= 250 C', 'require: workpiece.interpassTempC <= constructor'],
  ['exprUnit', 'require: weld.travelSpeedMmPerS <= 8 mm/s', 'require: weld.travelSpeedMmPerS <= 8 A'],
  ['dupKey', 'level: 1', 'level: 1\nlevel: 2'],
  ['missing', 'title: { en: Toy fillet, zh-CN: 玩具角焊缝 }\n', ''],
  ['weights', 'goals: 30,', 'goals: 31,'],
  ['family', 'robotFamily: cobot', 'robotFamily: cobbot'],
  ['tab', 'level: 1', '\tlevel: 1'],
  ['blockExpr', '    require: not person.inHazardZone', '    require: |\n      not person.inHazardZone\n        and process.exit'],
  ['notList', 'objectives:\n    - { en: Set the voltage, zh-CN: 设置电压 }', 'objectives: Set the voltage'],
  ['intentType', '{ type: diagnose, cause: wire-stick }', '{ type: diagnoze, cause: wire-stick }'],
  ['root', TOY_SCENARIO, '- just\n- a list\n'],
  ['bracket', 'require: weld.travelSpeedMmPerS <= 8 mm/s', 'require: weld["constructor"] <= 8 mm/s'],
];
for (const [name, from, to] of cases) {
  if (!TOY_SCENARIO.includes(from)) { console.log('NOT FOUND', name); continue; }
  const r = parseScenario(TOY_SCENARIO.replace(from, to), 'x.yaml');
  console.log(name, JSON.stringify(r.diagnostics));
}
