// ABB RAPID predefined zonedata (Technical reference manual "RAPID Instructions, Functions and Data types",
// zonedata, predefined data): name -> TCP zone radius pzone_tcp in mm. `fine` is an exact stop.
export const ABB_ZONES_MM: Readonly<Record<string, number>> = {
  z0: 0.3,
  z1: 1,
  z5: 5,
  z10: 10,
  z15: 15,
  z20: 20,
  z30: 30,
  z40: 40,
  z50: 50,
  z60: 60,
  z80: 80,
  z100: 100,
  z150: 150,
  z200: 200,
};

/** Zone from a RAPID-style name (`fine`, `z10`) or a radius in mm; undefined when the name is unknown. */
export function zoneFromName(name: string): 'fine' | number | undefined {
  if (name === 'fine') return 'fine';
  return ABB_ZONES_MM[name];
}
