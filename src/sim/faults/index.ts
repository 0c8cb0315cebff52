// Public face of the fault layer: injectable process faults, their symptoms, alarms, remedies and maintenance.
export * from './alarms.ts';
export * from './fault-catalog.ts';
export * from './fault-intent-types.ts';
export * from './faults-state.ts';
export * from './maintenance.ts';
export * from './tcp-calibration.ts';
export * from './fault-diagnosis.ts';
export * from './fault-log.ts';
export * from './inject-fault.ts';
export * from './step-faults.ts';
export * from './arc-symptoms.ts';
export * from './inspect.ts';
export * from './fault-intents.ts';
