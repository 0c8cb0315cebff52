// The welding cell of a scenario: robot, process, workpiece, fixtures, and what the trainee finds at the start.
import { z } from 'zod';
import { GASES, JOINTS, MATERIALS, POSITIONS, PROCESSES } from './domain-enums.ts';
import { setupIntentSchema } from './intent.ts';

// Physical bounds (domain/welding.md §4: plates 0.8–≥12 mm in the chart rows; pipe walls ~6–25 mm, robots.md §2.4).
export const workpieceSchema = z.strictObject({
  material: z.enum(MATERIALS),
  thicknessMm: z.number().min(0.5).max(100).describe('Plate thickness or pipe wall, mm'),
  joint: z.enum(JOINTS),
  position: z.enum(POSITIONS).describe('ISO 6947 welding position'),
  gapMm: z.number().min(0).max(10).default(0).describe('Root gap, mm'),
  lengthMm: z.number().min(10).max(5000).optional().describe('Seam length, mm (straight seams)'),
  pipeOdMm: z.number().min(3).max(1600).optional().describe('Pipe outside diameter, mm (orbital cell)'),
  carbonEquivalent: z.number().min(0.1).max(1).default(0.35).describe('CE(IIW) of the material batch'),
});

export const fixtureSchema = z.strictObject({
  id: z.string().min(1).max(40),
  kind: z.enum(['clamp', 'magnet', 'jig', 'chuck', 'backing-bar', 'guide-band', 'positioner', 'tack-welds']),
  note: z.string().max(200).optional(),
});

export const cellSchema = z.strictObject({
  robot: z
    .string()
    .min(1)
    .describe('Robot model id, as `weldtwin robots` lists it (e.g. ur10e, fanuc-m10ia)'),
  positioner: z.string().min(1).optional().describe('Positioner model id, if the cell has one'),
  process: z.enum(PROCESSES),
  workpiece: workpieceSchema,
  fixtures: z.array(fixtureSchema).max(20).default([]),
});

export const weldSettingsSchema = z.strictObject({
  process: z.enum(PROCESSES).optional(),
  // Ranges = src/sim/cell/weld-settings.ts WELD_SETTING_RANGES (what the panel knobs can reach).
  wireDiameterMm: z.number().min(0.6).max(5).optional(),
  wireFeedSpeedMPerMin: z.number().min(0.5).max(25).optional(),
  currentA: z.number().min(5).max(2000).optional(),
  voltageV: z.number().min(8).max(50).optional(),
  travelSpeedMmPerS: z.number().min(0.5).max(50).optional(),
  shieldingGas: z.enum(GASES).optional(),
  gasFlowLPerMin: z.number().min(0).max(50).optional(),
  pulsed: z.boolean().optional(),
});

export const maintenanceStateSchema = z.strictObject({
  tipArcTimeMin: z.number().min(0).max(10_000).optional().describe('Arc time on the fitted contact tip, min'),
  nozzleSpatterPercent: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('Spatter build-up in the nozzle, % blocked'),
  linerWearPercent: z.number().min(0).max(100).optional(),
  tcpErrorMm: z
    .number()
    .min(0)
    .max(50)
    .optional()
    .describe('Offset of the real TCP from the calibrated one, mm'),
  gasBottleBar: z.number().min(0).max(300).optional(),
  earthClampOk: z.boolean().optional(),
});

export const startSchema = z.strictObject({
  weld: weldSettingsSchema.optional().describe('Power-source settings the trainee finds'),
  maintenance: maintenanceStateSchema.optional(),
  /** Intents replayed at tick 0 to build the start state (taught targets, an existing program, the mode…). */
  setup: z
    .array(setupIntentSchema)
    .max(500)
    .default([])
    .describe('Intents applied before the trainee starts'),
});

export type CellSpec = z.infer<typeof cellSchema>;
export type StartSpec = z.infer<typeof startSchema>;
export type WeldSettingsSpec = z.infer<typeof weldSettingsSchema>;
export type MaintenanceStateSpec = z.infer<typeof maintenanceStateSchema>;
