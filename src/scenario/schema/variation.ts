// Seeded variation: the same seed gives the same exercise on every machine.
import { z } from 'zod';
import { seededRange } from './common.ts';

export const variationSchema = z.strictObject({
  seamOffsetMm: seededRange
    .optional()
    .describe('Lateral shift of the real seam from the taught/nominal one, mm'),
  thicknessMm: seededRange
    .optional()
    .describe('Plate thickness / pipe wall, mm (replaces cell.workpiece.thicknessMm)'),
  gapMm: seededRange.optional().describe('Root gap, mm'),
  carbonEquivalent: seededRange.optional().describe('CE(IIW) of the material batch'),
});

export const VARIATION_KEYS = ['seamOffsetMm', 'thicknessMm', 'gapMm', 'carbonEquivalent'] as const;
export type VariationSpec = z.infer<typeof variationSchema>;
