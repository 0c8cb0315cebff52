// Branded unit types for the boundaries of the model (excalidraw-style): a Mm cannot be passed where M is expected.
declare const unit: unique symbol;
type Brand<T, U extends string> = T & { readonly [unit]: U };

export type M = Brand<number, 'm'>;
export type Mm = Brand<number, 'mm'>;
export type Rad = Brand<number, 'rad'>;
export type Deg = Brand<number, 'deg'>;
export type S = Brand<number, 's'>;
export type MmPerS = Brand<number, 'mm/s'>;
export type MPerS = Brand<number, 'm/s'>;
export type MPerMin = Brand<number, 'm/min'>;
export type RadPerS = Brand<number, 'rad/s'>;
export type A = Brand<number, 'A'>;
export type V = Brand<number, 'V'>;
export type LPerMin = Brand<number, 'L/min'>;
export type KJPerMm = Brand<number, 'kJ/mm'>;
export type N = Brand<number, 'N'>;
export type DegC = Brand<number, 'degC'>;

export const m = (x: number): M => x as M;
export const mm = (x: number): Mm => x as Mm;
export const rad = (x: number): Rad => x as Rad;
export const deg = (x: number): Deg => x as Deg;
export const s = (x: number): S => x as S;
export const mmPerS = (x: number): MmPerS => x as MmPerS;
export const mPerMin = (x: number): MPerMin => x as MPerMin;
export const amps = (x: number): A => x as A;
export const volts = (x: number): V => x as V;
export const lPerMin = (x: number): LPerMin => x as LPerMin;

export const mmToM = (x: Mm): M => (x / 1000) as M;
export const mToMm = (x: M): Mm => (x * 1000) as Mm;
export const degToRad = (x: Deg): Rad => ((x * Math.PI) / 180) as Rad;
export const radToDeg = (x: Rad): Deg => ((x * 180) / Math.PI) as Deg;
/** 1 m/min = 1000/60 mm/s */
export const mPerMinToMmPerS = (x: MPerMin): MmPerS => ((x * 1000) / 60) as MmPerS;
export const mmPerSToMPerMin = (x: MmPerS): MPerMin => ((x * 60) / 1000) as MPerMin;
