// Public face of src/scenario: parse and check scenario files, run them against the twin, grade, replay.
export { parseScenario, type ParseResult } from './parse/parse-scenario.ts';
export { formatDiagnostic, formatPath, type Diagnostic, type SourcePos } from './diagnostics.ts';
export type { Scenario, SolutionName } from './model.ts';
export { scenarioSchema, type ScenarioSpec } from './schema/scenario.ts';
export { scenarioJsonSchema, scenarioJsonSchemaText } from './schema/json-schema.ts';
export { anyIntentSchema, simIntentSchema, type AnyIntent, type ScenarioIntent } from './schema/intent.ts';
export { MEASUREMENTS, type MeasurementSpec } from './measurements/catalogue.ts';
export {
  createScenarioRun,
  EVAL_EVERY_STEPS,
  type ScenarioRun,
  type RunState,
  type LoggedAnyIntent,
} from './engine/run.ts';
export { runSolution, type SolutionOutcome } from './engine/solution.ts';
export {
  replayAttempt,
  attemptSchema,
  ReplayError,
  type Attempt,
  type ReplayOutput,
} from './engine/replay.ts';
export { ResumableReplay, type AttemptEntry, type AttemptHead } from './engine/resumable-replay.ts';
export { attemptHash } from './engine/attempt-hash.ts';
export type { SimPort, ScenarioWorldInit, Injection } from './engine/sim-port.ts';
export { sampleVariation, type SampledVariation } from './engine/variation.ts';
export type { AttemptResult, ComponentResult, BreakdownItem, Coaching, EndReason } from './grading/types.ts';
export { compileSource, ExprError, SymbolTable } from './expr/index.ts';
