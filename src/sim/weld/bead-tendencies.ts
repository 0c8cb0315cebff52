// Constants of the bead model [model], each with the tendency of domain/welding.md §2.8 (signs) it encodes and the
// chart rows or §5 thresholds (magnitudes) it is calibrated on. Used by bead-sampler.ts.
import type { Gravity } from './joint-design.ts';

// ---- shape constants [model], each with the tendency it encodes (domain §2.8) and its calibration ----
// Height/width of the cap at chart settings: butt 0.2, fillet convexity 0.1 — chart rows then meet ISO 5817
// 502/503 at B/C (domain §8 "keep good chart rows at B/C"); e.g. row 11 gives a 0.7 mm convexity on a 7 mm face.
export const CAP_RATIO_BUTT = 0.2;
export const CAP_RATIO_FILLET = 0.1;
// Voltage is the main width control: the ratio falls by e per 10 V above the window centre (+5 V → width ×1.28).
export const CAP_VOLTAGE_SCALE_V = 10;
// Too low a voltage gives a ropey, convex bead (§5 503): the ratio triples at window − 3 V.
export const CAP_LOW_VOLTAGE_GAIN = 2;
// Push flattens and widens, drag narrows and heightens (§2.6): 1.5 % per degree from the process's angle.
export const CAP_PER_PUSH_DEG = 0.015;
// Too fast: narrow convex poorly tied-in bead (§2.4): up to ×1.5 at the §5 threshold.
export const CAP_FAST_GAIN = 0.5;
// CO2 narrower/higher than Ar mixes (§2.8); vertical-up convex, vertical-down concave (Lincoln, Handbook of
// Structural Steel Connection Design ch. 3), overhead hangs convex.
export const CAP_GAS: Record<string, number> = { co2: 1.15, 'argon-rich': 1, inert: 0.95, none: 1.1 };
export const CAP_GRAVITY: Record<Gravity, number> = {
  flat: 1,
  horizontal: 1.15,
  'vertical-up': 1.3,
  'vertical-down': 0.7,
  overhead: 1.2,
};
// Penetration tendencies (§2.8): current linear; travel speed ^-0.5 with the pool cushioning the arc below
// 0.6× (the "↑ then ↓"); voltage slight ↓; push ↓ / drag ↑ 1 %/°; CO2 deeper; vertical-up penetrates more
// (Campbell Hausfeld, §2.6); a longer GTAW/SMAW arc spreads the heat.
export const PEN_TRAVEL_EXPONENT = 0.5;
export const PEN_CUSHION_BELOW = 0.6;
export const PEN_VOLTAGE_EXPONENT = 0.3;
export const PEN_PER_PUSH_DEG = 0.01;
export const PEN_GAS: Record<string, number> = { co2: 1, 'argon-rich': 0.9, inert: 0.85, none: 1 };
export const PEN_GRAVITY: Record<Gravity, number> = {
  flat: 1,
  horizontal: 0.95,
  'vertical-up': 1.1,
  'vertical-down': 0.8,
  overhead: 0.9,
};
export const PEN_ARC_LENGTH_EXPONENT = 0.3;
// Fusion width floor from the heat per mm (GTAW beads are mostly melted parent metal) [model]: 0.25 mm per
// √(J/mm) of heat input matches the deposit-based width of chart row 11 (7 mm at 0.78 kJ/mm).
export const MELT_WIDTH_PER_SQRT_J = 0.25;
// Fillet asymmetry: 1.25 % leg shift per degree of work-angle error (20° → ISO 5817 512 level D on row 11);
// aim offset shifts metal toward the aimed member; PB pools above 8 mm legs sag onto the flat member
// (AWS D1.1 maximum single-pass horizontal fillet 5/16 in = 8 mm).
export const ASYM_PER_WORK_DEG = 0.0125;
export const ASYM_PER_AIM_LEG = 0.3;
export const PB_MAX_SINGLE_PASS_LEG_MM = 8;
export const PB_SAG_PER_MM = 0.05;
// Root of a full-penetration butt: half the virtual penetration past the plate hangs below it [model].
export const ROOT_DROP_FRACTION = 0.5;
// Rule-driven imperfection sizes at severity 1 (the §5 threshold) [model], as fractions of the bead width:
// undercut 0.1·b (row 11: 0.7 mm → ISO 5817 D on 6 mm), overlap 0.15·b (≤ 0.2 b → D), sagging 0.1·b.
export const UNDERCUT_PER_WIDTH = 0.1;
export const OVERLAP_PER_WIDTH = 0.15;
export const SAG_PER_WIDTH = 0.1;
// Reporting floors: severities below these leave no visible imperfection.
export const OVERLAP_FLOOR = 0.3;
export const POROSITY_FLOOR = 0.3;
export const SPATTER_FLOOR = 0.3;
export const SAG_FLOOR = 0.3;
export const MIN_SIZE_MM = 0.05;
// Porosity [model]: pore diameter 0.3 + 0.8·P mm (≤ 5), area 1.2·P² % (≤ 20); surface pores from P = 1.
export const PORE_D0 = 0.3;
export const PORE_D_PER_SEV = 0.8;
export const PORE_AREA_PER_SEV2 = 1.2;
export const SURFACE_PORE_D0 = 0.3;
export const SURFACE_PORE_D_PER_SEV = 1;
// Lack of fusion height per severity as a fraction of s (butt) or a (fillet), reported from severity 1 [model].
export const LOF_PER_SEV = 0.2;
// Spatter droplet size 0.5 + 0.5·S mm (≤ 3) [model].
export const SPATTER_D0 = 0.5;
export const SPATTER_D_PER_SEV = 0.5;
// Thin sheet (t ≤ 3 mm): burn-through at heat input 2× (t ≤ 1) … 3× (t ≥ 3) the chart value (§5 thresholds).
export const THIN_SHEET_MM = 3;
// §8 tolerance bands used as the aim onset: ±1 mm (butt), ±1.5 mm (fillet).
export const AIM_BAND_BUTT = 1;
export const AIM_BAND_FILLET = 1.5;
// Weave wider than 1.5× the natural bead starts to cool the far side (Everlast, domain §2.6) [model ramp to 2.5×].
export const WEAVE_ONSET = 1.5;
export const WEAVE_FULL = 2.5;
// AWS D1.1 (materialwelding.com): gas-shielded welding needs wind ≤ 8 km/h = 2.2 m/s at the arc.
export const DRAUGHT_LIMIT_MPS = 2.2;
export const ARC_STRIKE_MARGIN_MM = 3;
// Hydrogen cracking when preheat is short of the CE-based minimum by 50 °C or more [model].
export const PREHEAT_SHORTFALL_C = 50;
// Lincoln (Handbook of Structural Steel Connection Design, ch. 3): keep width:depth between 1:1 and 1.4:1 to
// avoid centreline cracks; cracking from depth/width 1.25.
export const DEPTH_WIDTH_ONSET = 1;
export const DEPTH_WIDTH_CRACK = 1.25;
