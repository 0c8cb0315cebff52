import { parseScenario } from './src/scenario/index.ts';
import { TOY_SCENARIO } from './tests/scenario/support/toy-scenario.ts';
const time = (name: string, f: () => void) => { for (let i = 0; i < 20; i++) f(); const t = performance.now(); for (let i = 0; i < 200; i++) f(); console.log(name, ((performance.now() - t) / 200).toFixed(2)); };
time('toy ok', () => parseScenario(TOY_SCENARIO));
time('toy bad', () => parseScenario(TOY_SCENARIO.replace('level: 1', 'level: one')));
time('toy badexpr', () => parseScenario(TOY_SCENARIO.replace('condition: weld.seamComplete', 'condition: weld.seamComplet')));
