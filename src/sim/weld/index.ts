// Public face of the weld process model (power source, transfer, heat, bead, imperfections, ISO 5817, coaching).
export * from './types.ts';
export {
  wireMeltRateK,
  wireFeedFactor,
  ctwdBand,
  ctwdCurrentFactor,
  currentAtReferenceCtwd,
  wireFeedForCurrent,
} from './wire-feeder.ts';
export { classifyTransfer, minimumSprayCurrent, sprayWindow, shortCircuitWindow } from './transfer-mode.ts';
export { arcEnergy, heatInput, thermalEfficiency } from './heat-input.ts';
export * from './thermal-history.ts';
export { CHART_ROWS } from './chart-rows.ts';
export type { ChartRow } from './chart-rows.ts';
export { nominalWindow } from './nominal-window.ts';
export type { NominalWindow } from './nominal-window.ts';
export * from './joint-design.ts';
export * from './defect-slots.ts';
export { ISO5817_LIMITS, LEVELS, limitFor, levelFor, worseLevel } from './iso5817-limits.ts';
export type { Level, Limit, LimitDims, GradedSize } from './iso5817-limits.ts';
export { CAUSES } from './causes.ts';
export type { Cause } from './causes.ts';
export type { WeldContext } from './weld-context.ts';
export { createBeadSample, sampleBead, burnThroughHeatRatio } from './bead-sampler.ts';
export type { BeadSample, TorchState } from './bead-sampler.ts';
export { prepareWeld, steadyTorchState } from './steady-state.ts';
export { evaluateWeld, gradeSample, seamSpecOf } from './evaluate-weld.ts';
export type { WeldImperfection, WeldResult } from './evaluate-weld.ts';
export type { SeamSpec } from './grading.ts';
export { evaluateSeam } from './seam-evaluation.ts';
export type { LocatedImperfection, SeamEvaluation, SeamOptions } from './seam-evaluation.ts';
export { adviceFor, seamAdvice } from './advice.ts';
export type { AdviceItem, AdviceParams } from './advice.ts';
export { renderAdvice, adviceKeys } from './advice-text.ts';
export type { Locale } from './advice-text.ts';
export * from './technique-score.ts';
export { macroSection } from './macro-section.ts';
export type { MacroSection, Point } from './macro-section.ts';
export { visualInspection, bendTest } from './inspection.ts';
export type { VisualReport, BendResult, BendType } from './inspection.ts';
