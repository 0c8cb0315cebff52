// Causes a trainee can name with the diagnose action: the faults and safety events the twin knows
// (src/sim/faults/fault-catalog.ts, src/scenario/schema/injections.ts), plus the gas-hose leak case.
export const CAUSES = [
  'gas-supply-loss',
  'gas-hose-leak',
  'contact-tip-wear',
  'nozzle-spatter',
  'wire-feed-slip',
  'bird-nest',
  'wire-stick',
  'tcp-drift',
  'earth-clamp-loose',
  'seam-variation',
  'carriage-slip',
  'door-opened',
  'person-enters-zone',
  'light-curtain-break',
] as const;

/** The causes offered for a scenario: the common list, plus any cause its injections grade that is not on it. */
export function causesFor(
  injections: ReadonlyArray<{ handling?: { diagnosis?: string | undefined } | undefined }>,
): string[] {
  const list: string[] = [...CAUSES];
  for (const i of injections) {
    const d = i.handling?.diagnosis;
    if (d !== undefined && !list.includes(d)) list.push(d);
  }
  return list;
}
