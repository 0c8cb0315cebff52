// Deterministic elementary functions for the pure layers (src/sim, src/scenario).
//
// ECMAScript leaves Math.sin, cos, tan, asin, acos, atan, atan2, exp, log, pow, hypot… "implementation-approximated",
// and V8 in Node 20 (fdlibm) and in current Chromium (LLVM libc for sin/cos/tan/log) round differently in the last
// bit for some arguments, so world hashes diverged between the CLI/server and the browser. The functions below are
// a pure-JS port of Sun's fdlibm 5.3 (the code FreeBSD's lib/msun grew from, and the variant V8 adopted in
// src/base/ieee754.cc) that uses only IEEE-754 basic operations (+ - * /, Math.sqrt, Math.floor, Math.abs) and
// bit access through a Float64Array/Uint32Array pair, so every engine computes the same bits. Where Sun's original
// fdlibm 5.3 and FreeBSD's later rewrites differ (__ieee754_rem_pio2's medium path, __kernel_cos), the Sun 5.3 form
// is kept: it is what Node 20's V8 runs, so on Node these functions return what Math.* returned (see the tests).
//
// No allocation per call: scratch state lives in module-level typed arrays; functions take and return numbers only.
//
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================
//
// Sources (FreeBSD lib/msun/src/ and netlib fdlibm 5.3, same file names): e_rem_pio2.c (__ieee754_rem_pio2),
// k_rem_pio2.c (__kernel_rem_pio2), k_sin.c, k_cos.c, k_tan.c, s_sin.c, s_cos.c, s_tan.c, e_asin.c, e_acos.c,
// s_atan.c, e_atan2.c, e_exp.c, e_log.c, e_pow.c, e_hypot.c, s_scalbn.c. JavaScript port: WeldTwin contributors.

// ---------------------------------------------------------------------------------------------------------------
// Bit access. The two 32-bit halves of a double are read and written through one shared buffer; which Uint32 index
// holds the high (sign/exponent) word depends on the host's byte order, detected once here rather than assumed.
// ---------------------------------------------------------------------------------------------------------------
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const I32 = new Int32Array(F64.buffer);
F64[0] = 1; // 1.0 = 0x3FF00000_00000000: the word holding 0x3FF00000 is the high word
const HI = U32[1] === 0x3ff00000 ? 1 : 0;
const LO = 1 - HI;
if (U32[HI] !== 0x3ff00000 || U32[LO] !== 0) throw new Error('fmath: doubles are not IEEE-754 binary64');

/** High word of x as a signed int32 (fdlibm GET_HIGH_WORD). */
function highWord(x: number): number {
  F64[0] = x;
  return I32[HI]!;
}

/** Low word of x as an unsigned int32 (fdlibm GET_LOW_WORD). */
function lowWord(x: number): number {
  F64[0] = x;
  return U32[LO]!;
}

/** x with its low word cleared (fdlibm SET_LOW_WORD(x, 0)). */
function clearLow(x: number): number {
  F64[0] = x;
  U32[LO] = 0;
  return F64[0];
}

/** x with its high word replaced (fdlibm SET_HIGH_WORD). */
function withHigh(x: number, hi: number): number {
  F64[0] = x;
  U32[HI] = hi;
  return F64[0];
}

/** The double with these two words (fdlibm INSERT_WORDS). */
function fromWords(hi: number, lo: number): number {
  U32[HI] = hi;
  U32[LO] = lo;
  return F64[0]!;
}

// ---------------------------------------------------------------------------------------------------------------
// s_scalbn.c: scalbn(x, n) = x * 2^n by exponent manipulation (one rounding for subnormal results).
// ---------------------------------------------------------------------------------------------------------------
const TWO54 = 1.8014398509481984e16; // s_scalbn.c two54 = 0x43500000, 0x00000000
const TWOM54 = 5.55111512312578270212e-17; // s_scalbn.c twom54 = 0x3C900000, 0x00000000
const HUGE = 1.0e300; // s_scalbn.c / e_pow.c huge
const TINY = 1.0e-300; // s_scalbn.c / e_pow.c / e_atan2.c tiny

function scalbn(x: number, n: number): number {
  F64[0] = x;
  let hx = I32[HI]!;
  const lx = U32[LO]!;
  let k = (hx & 0x7ff00000) >> 20; // extract exponent
  if (k === 0) {
    // 0 or subnormal x
    if ((lx | (hx & 0x7fffffff)) === 0) return x; // +-0
    x *= TWO54;
    hx = highWord(x);
    k = ((hx & 0x7ff00000) >> 20) - 54;
    if (n < -50000) return TINY * x; // underflow
  }
  if (k === 0x7ff) return x + x; // NaN or Inf
  k = k + n;
  if (k > 0x7fe) return HUGE * (x < 0 ? -HUGE : HUGE); // overflow
  if (k > 0) return withHigh(x, (hx & 0x800fffff) | (k << 20)); // normal result
  if (k <= -54) {
    if (n > 50000) return HUGE * (x < 0 ? -HUGE : HUGE); // overflow (n+k wrapped)
    return TINY * (x < 0 ? -TINY : TINY); // underflow
  }
  k += 54; // subnormal result
  return withHigh(x, (hx & 0x800fffff) | (k << 20)) * TWOM54;
}

// ---------------------------------------------------------------------------------------------------------------
// e_rem_pio2.c: __ieee754_rem_pio2(x) -> n, with x - n*pi/2 = RY[0] + RY[1] (fdlibm 5.3 form, as in V8).
// ---------------------------------------------------------------------------------------------------------------
/** e_rem_pio2.c two_over_pi[]: 2/pi in 24-bit chunks (396 hex digits). */
const TWO_OVER_PI = Int32Array.of(
  0xa2f983,
  0x6e4e44,
  0x1529fc,
  0x2757d1,
  0xf534dd,
  0xc0db62,
  0x95993c,
  0x439041,
  0xfe5163,
  0xabdebb,
  0xc561b7,
  0x246e3a,
  0x424dd2,
  0xe00649,
  0x2eea09,
  0xd1921c,
  0xfe1deb,
  0x1cb129,
  0xa73ee8,
  0x8235f5,
  0x2ebb44,
  0x84e99c,
  0x7026b4,
  0x5f7e41,
  0x3991d6,
  0x398353,
  0x39f49c,
  0x845f8b,
  0xbdf928,
  0x3b1ff8,
  0x97ffde,
  0x05980f,
  0xef2f11,
  0x8b5a0a,
  0x6d1f6d,
  0x367ecf,
  0x27cb09,
  0xb74f46,
  0x3f669e,
  0x5fea2d,
  0x7527ba,
  0xc7ebe5,
  0xf17b3d,
  0x0739f7,
  0x8a5292,
  0xea6bfb,
  0x5fb11f,
  0x8d5d08,
  0x560330,
  0x46fc7b,
  0x6babf0,
  0xcfbc20,
  0x9af436,
  0x1da9e3,
  0x91615e,
  0xe61b08,
  0x659985,
  0x5f14a0,
  0x68408d,
  0xffd880,
  0x4d7327,
  0x310606,
  0x1556ca,
  0x73a8c9,
  0x60e27b,
  0xc08c6b,
);
/** e_rem_pio2.c npio2_hw[]: high words of n*pi/2, n = 1..32 (cancellation check of the medium path). */
const NPIO2_HW = Int32Array.of(
  0x3ff921fb,
  0x400921fb,
  0x4012d97c,
  0x401921fb,
  0x401f6a7a,
  0x4022d97c,
  0x4025fdbb,
  0x402921fb,
  0x402c463a,
  0x402f6a7a,
  0x4031475c,
  0x4032d97c,
  0x40346b9c,
  0x4035fdbb,
  0x40378fdb,
  0x403921fb,
  0x403ab41b,
  0x403c463a,
  0x403dd85a,
  0x403f6a7a,
  0x40407e4c,
  0x4041475c,
  0x4042106c,
  0x4042d97c,
  0x4043a28c,
  0x40446b9c,
  0x404534ac,
  0x4045fdbb,
  0x4046c6cb,
  0x40478fdb,
  0x404858eb,
  0x404921fb,
);
const TWO24 = 1.6777216e7; // e_rem_pio2.c / k_rem_pio2.c two24 = 0x41700000, 0x00000000
const TWON24 = 5.9604644775390625e-8; // k_rem_pio2.c twon24 = 0x3E700000, 0x00000000
const INVPIO2 = 6.36619772367581382433e-1; // e_rem_pio2.c invpio2 = 0x3FE45F30, 0x6DC9C883 (53 bits of 2/pi)
const PIO2_1 = 1.57079632673412561417; // e_rem_pio2.c pio2_1 = 0x3FF921FB, 0x54400000 (first 33 bits of pi/2)
const PIO2_1T = 6.07710050650619224932e-11; // e_rem_pio2.c pio2_1t = 0x3DD0B461, 0x1A626331 (pi/2 - pio2_1)
const PIO2_2 = 6.0771005063039659766e-11; // e_rem_pio2.c pio2_2 = 0x3DD0B461, 0x1A600000 (second 33 bits)
const PIO2_2T = 2.02226624879595063154e-21; // e_rem_pio2.c pio2_2t = 0x3BA3198A, 0x2E037073
const PIO2_3 = 2.0222662487111664558e-21; // e_rem_pio2.c pio2_3 = 0x3BA3198A, 0x2E000000 (third 33 bits)
const PIO2_3T = 8.47842766036889956997e-32; // e_rem_pio2.c pio2_3t = 0x397B839A, 0x252049C1

/** Output of remPio2 (y[0], y[1] of __ieee754_rem_pio2). */
const RY = new Float64Array(2);
/** Scratch of the large-argument path: tx[] of __ieee754_rem_pio2. */
const TX = new Float64Array(3);

function remPio2(x: number): number {
  F64[0] = x;
  const hx = I32[HI]!;
  const ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    // |x| ~<= pi/4, no need for reduction
    RY[0] = x;
    RY[1] = 0;
    return 0;
  }
  if (ix < 0x4002d97c) {
    // |x| < 3pi/4, special case with n=+-1
    if (hx > 0) {
      let z = x - PIO2_1;
      if (ix !== 0x3ff921fb) {
        // 33+53 bit pi is good enough
        RY[0] = z - PIO2_1T;
        RY[1] = z - RY[0] - PIO2_1T;
      } else {
        // near pi/2, use 33+33+53 bit pi
        z -= PIO2_2;
        RY[0] = z - PIO2_2T;
        RY[1] = z - RY[0] - PIO2_2T;
      }
      return 1;
    } else {
      let z = x + PIO2_1;
      if (ix !== 0x3ff921fb) {
        RY[0] = z + PIO2_1T;
        RY[1] = z - RY[0] + PIO2_1T;
      } else {
        z += PIO2_2;
        RY[0] = z + PIO2_2T;
        RY[1] = z - RY[0] + PIO2_2T;
      }
      return -1;
    }
  }
  if (ix <= 0x413921fb) {
    // |x| ~<= 2^19*(pi/2), medium size
    let t = Math.abs(x);
    const n = (t * INVPIO2 + 0.5) | 0;
    const fn = n;
    let r = t - fn * PIO2_1;
    let w = fn * PIO2_1T; // 1st round good to 85 bit
    let y0: number;
    if (n < 32 && ix !== NPIO2_HW[n - 1]) {
      y0 = r - w; // quick check no cancellation
    } else {
      const j = ix >> 20;
      y0 = r - w;
      let i = j - ((highWord(y0) >> 20) & 0x7ff);
      if (i > 16) {
        // 2nd iteration needed, good to 118
        t = r;
        w = fn * PIO2_2;
        r = t - w;
        w = fn * PIO2_2T - (t - r - w);
        y0 = r - w;
        i = j - ((highWord(y0) >> 20) & 0x7ff);
        if (i > 49) {
          // 3rd iteration need, 151 bits acc
          t = r;
          w = fn * PIO2_3;
          r = t - w;
          w = fn * PIO2_3T - (t - r - w);
          y0 = r - w;
        }
      }
    }
    const y1 = r - y0 - w;
    if (hx < 0) {
      RY[0] = -y0;
      RY[1] = -y1;
      return -n;
    }
    RY[0] = y0;
    RY[1] = y1;
    return n;
  }
  // all other (large) arguments
  if (ix >= 0x7ff00000) {
    // x is inf or NaN
    RY[0] = RY[1] = x - x;
    return 0;
  }
  // set z = scalbn(|x|, ilogb(x)-23)
  const e0 = (ix >> 20) - 1046; // e0 = ilogb(z)-23
  let z = fromWords(ix - (e0 << 20), lowWord(x));
  for (let i = 0; i < 2; i++) {
    TX[i] = z | 0;
    z = (z - TX[i]!) * TWO24;
  }
  TX[2] = z;
  let nx = 3;
  while (TX[nx - 1] === 0) nx--; // skip zero term
  const n = kernelRemPio2(e0, nx);
  if (hx < 0) {
    RY[0] = -RY[0]!;
    RY[1] = -RY[1]!;
    return -n;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------------------
// k_rem_pio2.c: __kernel_rem_pio2(x=TX, y=RY, e0, nx, prec=2, ipio2=TWO_OVER_PI) (Payne–Hanek reduction for
// |x| > 2^19*pi/2). prec=2 (jk=4) as V8 calls it; the result is folded to y[0]+y[1] like prec 1.
// ---------------------------------------------------------------------------------------------------------------
/** k_rem_pio2.c PIo2[]: pi/2 cut into 24-bit chunks. */
const PIO2_CHUNKS = Float64Array.of(
  1.57079625129699707031, // k_rem_pio2.c PIo2[0] = 0x3FF921FB, 0x40000000
  7.54978941586159635335e-8, // k_rem_pio2.c PIo2[1] = 0x3E74442D, 0x00000000
  5.39030252995776476554e-15, // k_rem_pio2.c PIo2[2] = 0x3CF84698, 0x80000000
  3.28200341580791294123e-22, // k_rem_pio2.c PIo2[3] = 0x3B78CC51, 0x60000000
  1.27065575308067607349e-29, // k_rem_pio2.c PIo2[4] = 0x39F01B83, 0x80000000
  1.22933308981111328932e-36, // k_rem_pio2.c PIo2[5] = 0x387A2520, 0x40000000
  2.73370053816464559624e-44, // k_rem_pio2.c PIo2[6] = 0x36E38222, 0x80000000
  2.16741683877804819444e-51, // k_rem_pio2.c PIo2[7] = 0x3569F31D, 0x00000000
);
const KR_JK = 4; // k_rem_pio2.c init_jk[prec] with prec = 2 (the precision V8's rem_pio2 asks for)
const KR_IQ = new Int32Array(20); // k_rem_pio2.c iq[20]
const KR_F = new Float64Array(20); // k_rem_pio2.c f[20]
const KR_FQ = new Float64Array(20); // k_rem_pio2.c fq[20]
const KR_Q = new Float64Array(20); // k_rem_pio2.c q[20]

function kernelRemPio2(e0: number, nx: number): number {
  const jk = KR_JK;
  const jp = jk;
  const iq = KR_IQ;
  const f = KR_F;
  const fq = KR_FQ;
  const q = KR_Q;
  const x = TX;
  // determine jx, jv, q0; note that 3 > q0
  const jx = nx - 1;
  let jv = ((e0 - 3) / 24) | 0;
  if (jv < 0) jv = 0;
  let q0 = e0 - 24 * (jv + 1);
  // set up f[0] to f[jx+jk] where f[jx+jk] = ipio2[jv+jk]
  let j = jv - jx;
  const m = jx + jk;
  for (let i = 0; i <= m; i++, j++) f[i] = j < 0 ? 0 : TWO_OVER_PI[j]!;
  // compute q[0], q[1], ... q[jk]
  for (let i = 0; i <= jk; i++) {
    let fw = 0;
    for (j = 0; j <= jx; j++) fw += x[j]! * f[jx + i - j]!;
    q[i] = fw;
  }
  let jz = jk;
  let z: number;
  let n: number;
  let ih: number;
  for (;;) {
    // recompute: distill q[] into iq[] reversingly
    let i = 0;
    j = jz;
    z = q[jz]!;
    for (; j > 0; i++, j--) {
      const fw = (TWON24 * z) | 0;
      iq[i] = (z - TWO24 * fw) | 0;
      z = q[j - 1]! + fw;
    }
    // compute n
    z = scalbn(z, q0); // actual value of z
    z -= 8.0 * Math.floor(z * 0.125); // trim off integer >= 8
    n = z | 0;
    z -= n;
    ih = 0;
    if (q0 > 0) {
      // need iq[jz-1] to determine n
      i = iq[jz - 1]! >> (24 - q0);
      n += i;
      iq[jz - 1] = iq[jz - 1]! - (i << (24 - q0));
      ih = iq[jz - 1]! >> (23 - q0);
    } else if (q0 === 0) {
      ih = iq[jz - 1]! >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }
    if (ih > 0) {
      // q > 0.5
      n += 1;
      let carry = 0;
      for (i = 0; i < jz; i++) {
        // compute 1-q
        j = iq[i]!;
        if (carry === 0) {
          if (j !== 0) {
            carry = 1;
            iq[i] = 0x1000000 - j;
          }
        } else {
          iq[i] = 0xffffff - j;
        }
      }
      if (q0 > 0) {
        // rare case: chance is 1 in 12
        if (q0 === 1) iq[jz - 1] = iq[jz - 1]! & 0x7fffff;
        else if (q0 === 2) iq[jz - 1] = iq[jz - 1]! & 0x3fffff;
      }
      if (ih === 2) {
        z = 1 - z;
        if (carry !== 0) z -= scalbn(1, q0);
      }
    }
    // check if recomputation is needed
    if (z === 0) {
      j = 0;
      for (i = jz - 1; i >= jk; i--) j |= iq[i]!;
      if (j === 0) {
        // need recomputation
        let k = 1;
        while (jk >= k && iq[jk - k] === 0) k++; // k = no. of terms needed
        for (i = jz + 1; i <= jz + k; i++) {
          // add q[jz+1] to q[jz+k]
          f[jx + i] = TWO_OVER_PI[jv + i]!;
          let fw = 0;
          for (j = 0; j <= jx; j++) fw += x[j]! * f[jx + i - j]!;
          q[i] = fw;
        }
        jz += k;
        continue;
      }
    }
    break;
  }
  // chop off zero terms
  if (z === 0) {
    jz -= 1;
    q0 -= 24;
    while (iq[jz] === 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    // break z into 24-bit if necessary
    z = scalbn(z, -q0);
    if (z >= TWO24) {
      const fw = (TWON24 * z) | 0;
      iq[jz] = (z - TWO24 * fw) | 0;
      jz += 1;
      q0 += 24;
      iq[jz] = fw;
    } else {
      iq[jz] = z | 0;
    }
  }
  // convert integer "bit" chunk to floating-point value
  let fw = scalbn(1, q0);
  for (let i = jz; i >= 0; i--) {
    q[i] = fw * iq[i]!;
    fw *= TWON24;
  }
  // compute PIo2[0,...,jp]*q[jz,...,0]
  for (let i = jz; i >= 0; i--) {
    fw = 0;
    for (let k = 0; k <= jp && k <= jz - i; k++) fw += PIO2_CHUNKS[k]! * q[i + k]!;
    fq[jz - i] = fw;
  }
  // compress fq[] into y[] (prec 1 and 2)
  fw = 0;
  for (let i = jz; i >= 0; i--) fw += fq[i]!;
  RY[0] = ih === 0 ? fw : -fw;
  fw = fq[0]! - fw;
  for (let i = 1; i <= jz; i++) fw += fq[i]!;
  RY[1] = ih === 0 ? fw : -fw;
  return n & 7;
}

// ---------------------------------------------------------------------------------------------------------------
// k_sin.c, k_cos.c, k_tan.c: kernels on [-pi/4, pi/4]; y is the tail of x.
// ---------------------------------------------------------------------------------------------------------------
const S1 = -1.66666666666666324348e-1; // k_sin.c S1 = 0xBFC55555, 0x55555549
const S2 = 8.33333333332248946124e-3; // k_sin.c S2 = 0x3F811111, 0x1110F8A6
const S3 = -1.98412698298579493134e-4; // k_sin.c S3 = 0xBF2A01A0, 0x19C161D5
const S4 = 2.75573137070700676789e-6; // k_sin.c S4 = 0x3EC71DE3, 0x57B1FE7D
const S5 = -2.50507602534068634195e-8; // k_sin.c S5 = 0xBE5AE5E6, 0x8A2B9CEB
const S6 = 1.58969099521155010221e-10; // k_sin.c S6 = 0x3DE5D93A, 0x5ACFD57C

function kernelSin(x: number, y: number, iy: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) {
    // |x| < 2**-27
    if ((x | 0) === 0) return x; // generate inexact
  }
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (iy === 0) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

const C1 = 4.16666666666666019037e-2; // k_cos.c C1 = 0x3FA55555, 0x5555554C
const C2 = -1.38888888888741095749e-3; // k_cos.c C2 = 0xBF56C16C, 0x16C15177
const C3 = 2.48015872894767294178e-5; // k_cos.c C3 = 0x3EFA01A0, 0x19CB1590
const C4 = -2.75573143513906633035e-7; // k_cos.c C4 = 0xBE927E4F, 0x809C52AD
const C5 = 2.0875723212981748279e-9; // k_cos.c C5 = 0x3E21EE9E, 0xBDB4B1C4
const C6 = -1.13596475577881948265e-11; // k_cos.c C6 = 0xBDA8FAE9, 0xBE8838D4

function kernelCos(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff; // ix = |x|'s high word
  if (ix < 0x3e400000) {
    // if x < 2**27
    if ((x | 0) === 0) return 1; // generate inexact
  }
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y)); // if |x| < 0.3
  // k_cos.c (fdlibm 5.3): qx = |x|/4 with the low word cleared, or 0.28125 if |x| > 0.78125
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
  const iz = 0.5 * z - qx;
  const a = 1 - qx;
  return a - (iz - (z * r - x * y));
}

const T0 = 3.33333333333334091986e-1; // k_tan.c T[0] = 3FD55555, 55555563
const T1 = 1.33333333333201242699e-1; // k_tan.c T[1] = 3FC11111, 1110FE7A
const T2 = 5.39682539762260521377e-2; // k_tan.c T[2] = 3FABA1BA, 1BB341FE
const T3 = 2.18694882948595424599e-2; // k_tan.c T[3] = 3F9664F4, 8406D637
const T4 = 8.86323982359930005737e-3; // k_tan.c T[4] = 3F8226E3, E96E8493
const T5 = 3.59207910759131235356e-3; // k_tan.c T[5] = 3F6D6D22, C9560328
const T6 = 1.45620945432529025516e-3; // k_tan.c T[6] = 3F57DBC8, FEE08315
const T7 = 5.88041240820264096874e-4; // k_tan.c T[7] = 3F4344D8, F2F26501
const T8 = 2.46463134818469906812e-4; // k_tan.c T[8] = 3F3026F7, 1A8D1068
const T9 = 7.817944429395570923e-5; // k_tan.c T[9] = 3F147E88, A03792A6
const T10 = 7.14072491382608190305e-5; // k_tan.c T[10] = 3F12B80F, 32F0A7E9
const T11 = -1.85586374855275456654e-5; // k_tan.c T[11] = BEF375CB, DB605373
const T12 = 2.59073051863633712884e-5; // k_tan.c T[12] = 3EFB2A70, 74BF7AD4
const PIO4 = 7.85398163397448278999e-1; // k_tan.c pio4 = 3FE921FB, 54442D18
const PIO4LO = 3.06161699786838301793e-17; // k_tan.c pio4lo = 3C81A626, 33145C07

/** k_tan.c __kernel_tan(x, y, k): tan(x+y) if iy = 1, -1/tan(x+y) if iy = -1. */
function kernelTan(x: number, y: number, iy: number): number {
  F64[0] = x;
  const hx = I32[HI]!;
  const ix = hx & 0x7fffffff; // high word of |x|
  if (ix < 0x3e300000) {
    // x < 2**-28
    if ((x | 0) === 0) {
      // generate inexact
      if ((ix | U32[LO]! | (iy + 1)) === 0) return 1 / Math.abs(x);
      if (iy === 1) return x;
      // compute -1 / (x+y) carefully
      const w = x + y;
      const z = clearLow(w);
      const v = y - (z - x);
      const a = -1 / w;
      const t = clearLow(a);
      const s = 1 + t * z;
      return t + a * (s + t * v);
    }
  }
  if (ix >= 0x3fe59428) {
    // |x| >= 0.6744
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    const z = PIO4 - x;
    const w = PIO4LO - y;
    x = z + w;
    y = 0.0;
  }
  const z = x * x;
  let w = z * z;
  // Break x^5*(T[1]+x^2*T[2]+...) into x^5(T[1]+x^4*T[3]+...+x^20*T[11]) + x^5(x^2*(T[2]+x^4*T[4]+...+x^22*[T12]))
  let r = T1 + w * (T3 + w * (T5 + w * (T7 + w * (T9 + w * T11))));
  let v = z * (T2 + w * (T4 + w * (T6 + w * (T8 + w * (T10 + w * T12)))));
  const s = z * x;
  r = y + z * (s * (r + v) + y);
  r += T0 * s;
  w = x + r;
  if (ix >= 0x3fe59428) {
    v = iy;
    return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - ((w * w) / (w + v) - r)));
  }
  if (iy === 1) return w;
  // compute -1.0 / (x+r) accurately
  const zz = clearLow(w);
  v = r - (zz - x); // zz+v = r+x
  const a = -1.0 / w;
  const t = clearLow(a);
  const ss = 1.0 + t * zz;
  return t + a * (ss + t * v);
}

// ---------------------------------------------------------------------------------------------------------------
// s_sin.c, s_cos.c, s_tan.c
// ---------------------------------------------------------------------------------------------------------------

/** sin(x) (s_sin.c). sin(±0) = ±0, sin(±Inf) = NaN. */
export function sin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelSin(x, 0, 0); // |x| ~< pi/4
  if (ix >= 0x7ff00000) return x - x; // sin(Inf or NaN) is NaN
  const n = remPio2(x); // argument reduction needed
  switch (n & 3) {
    case 0:
      return kernelSin(RY[0]!, RY[1]!, 1);
    case 1:
      return kernelCos(RY[0]!, RY[1]!);
    case 2:
      return -kernelSin(RY[0]!, RY[1]!, 1);
    default:
      return -kernelCos(RY[0]!, RY[1]!);
  }
}

/** cos(x) (s_cos.c). cos(±Inf) = NaN. */
export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0); // |x| ~< pi/4
  if (ix >= 0x7ff00000) return x - x; // cos(Inf or NaN) is NaN
  const n = remPio2(x); // argument reduction needed
  switch (n & 3) {
    case 0:
      return kernelCos(RY[0]!, RY[1]!);
    case 1:
      return -kernelSin(RY[0]!, RY[1]!, 1);
    case 2:
      return -kernelCos(RY[0]!, RY[1]!);
    default:
      return kernelSin(RY[0]!, RY[1]!, 1);
  }
}

/** tan(x) (s_tan.c). tan(±0) = ±0, tan(±Inf) = NaN. */
export function tan(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelTan(x, 0, 1); // |x| ~< pi/4
  if (ix >= 0x7ff00000) return x - x; // tan(Inf or NaN) is NaN
  const n = remPio2(x); // argument reduction needed
  return kernelTan(RY[0]!, RY[1]!, 1 - ((n & 1) << 1)); // 1 -> n even, -1 -> n odd
}

// ---------------------------------------------------------------------------------------------------------------
// e_asin.c, e_acos.c (shared rational approximation R(x^2) = p/q)
// ---------------------------------------------------------------------------------------------------------------
const PI = 3.141592653589793116; // e_acos.c / e_atan2.c pi = 0x400921FB, 0x54442D18
const PIO2_HI = 1.570796326794896558; // e_asin.c / e_acos.c pio2_hi = 0x3FF921FB, 0x54442D18
const PIO2_LO = 6.12323399573676603587e-17; // e_asin.c / e_acos.c pio2_lo = 0x3C91A626, 0x33145C07
const PIO4_HI = 7.85398163397448278999e-1; // e_asin.c pio4_hi = 0x3FE921FB, 0x54442D18
const PS0 = 1.66666666666666657415e-1; // e_asin.c / e_acos.c pS0 = 0x3FC55555, 0x55555555
const PS1 = -3.25565818622400915405e-1; // e_asin.c / e_acos.c pS1 = 0xBFD4D612, 0x03EB6F7D
const PS2 = 2.01212532134862925881e-1; // e_asin.c / e_acos.c pS2 = 0x3FC9C155, 0x0E884455
const PS3 = -4.00555345006794114027e-2; // e_asin.c / e_acos.c pS3 = 0xBFA48228, 0xB5688F3B
const PS4 = 7.91534994289814532176e-4; // e_asin.c / e_acos.c pS4 = 0x3F49EFE0, 0x7501B288
const PS5 = 3.4793310759602116757e-5; // e_asin.c / e_acos.c pS5 = 0x3F023DE1, 0x0DFDF709
const QS1 = -2.40339491173441421878; // e_asin.c / e_acos.c qS1 = 0xC0033A27, 0x1C8A2D4B
const QS2 = 2.02094576023350569471; // e_asin.c / e_acos.c qS2 = 0x40002AE5, 0x9C598AC8
const QS3 = -6.8828397160545329303e-1; // e_asin.c / e_acos.c qS3 = 0xBFE6066C, 0x1B8D0159
const QS4 = 7.70381505559019352791e-2; // e_asin.c / e_acos.c qS4 = 0x3FB3B8C5, 0xB12E9282

/** asin(x) (e_asin.c). NaN for |x| > 1; asin(±0) = ±0. */
export function asin(x: number): number {
  F64[0] = x;
  const hx = I32[HI]!;
  const ix = hx & 0x7fffffff;
  let t = 0;
  if (ix >= 0x3ff00000) {
    // |x| >= 1
    if (((ix - 0x3ff00000) | U32[LO]!) === 0) return x * PIO2_HI + x * PIO2_LO; // asin(+-1) = +-pi/2
    return NaN; // asin(|x|>1) is NaN (also NaN in, Inf in)
  } else if (ix < 0x3fe00000) {
    // |x| < 0.5
    if (ix < 0x3e400000) {
      // if |x| < 2**-27
      if (HUGE + x > 1) return x; // return x with inexact if x != 0
    } else {
      t = x * x;
    }
    const p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
    const q = 1 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
    const w = p / q;
    return x + x * w;
  }
  // 1 > |x| >= 0.5
  let w = 1 - Math.abs(x);
  t = w * 0.5;
  let p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
  let q = 1 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
  const s = Math.sqrt(t);
  if (ix >= 0x3fef3333) {
    // if |x| > 0.975
    w = p / q;
    t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
  } else {
    w = clearLow(s);
    const c = (t - w * w) / (s + w);
    const r = p / q;
    p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
    q = PIO4_HI - 2.0 * w;
    t = PIO4_HI - (p - q);
  }
  return hx > 0 ? t : -t;
}

/** acos(x) (e_acos.c). NaN for |x| > 1; acos(1) = +0. */
export function acos(x: number): number {
  F64[0] = x;
  const hx = I32[HI]!;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) {
    // |x| >= 1
    if (((ix - 0x3ff00000) | U32[LO]!) === 0) {
      // |x| == 1
      if (hx > 0) return 0.0; // acos(1) = 0
      return PI + 2.0 * PIO2_LO; // acos(-1) = pi
    }
    return NaN; // acos(|x|>1) is NaN (also NaN in, Inf in)
  }
  if (ix < 0x3fe00000) {
    // |x| < 0.5
    if (ix <= 0x3c600000) return PIO2_HI + PIO2_LO; // if |x| < 2**-57
    const z = x * x;
    const p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
    const q = 1 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
    const r = p / q;
    return PIO2_HI - (x - (PIO2_LO - x * r));
  } else if (hx < 0) {
    // x < -0.5
    const z = (1 + x) * 0.5;
    const p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
    const q = 1 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
    const s = Math.sqrt(z);
    const r = p / q;
    const w = r * s - PIO2_LO;
    return PI - 2.0 * (s + w);
  }
  // x > 0.5
  const z = (1 - x) * 0.5;
  const s = Math.sqrt(z);
  const df = clearLow(s);
  const c = (z - df * df) / (s + df);
  const p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
  const q = 1 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
  const r = p / q;
  const w = r * s + c;
  return 2.0 * (df + w);
}

// ---------------------------------------------------------------------------------------------------------------
// s_atan.c, e_atan2.c
// ---------------------------------------------------------------------------------------------------------------
const ATANHI = Float64Array.of(
  4.63647609000806093515e-1, // s_atan.c atanhi[0] atan(0.5)hi = 0x3FDDAC67, 0x0561BB4F
  7.85398163397448278999e-1, // s_atan.c atanhi[1] atan(1.0)hi = 0x3FE921FB, 0x54442D18
  9.82793723247329054082e-1, // s_atan.c atanhi[2] atan(1.5)hi = 0x3FEF730B, 0xD281F69B
  1.570796326794896558, // s_atan.c atanhi[3] atan(inf)hi = 0x3FF921FB, 0x54442D18
);
const ATANLO = Float64Array.of(
  2.26987774529616870924e-17, // s_atan.c atanlo[0] atan(0.5)lo = 0x3C7A2B7F, 0x222F65E2
  3.06161699786838301793e-17, // s_atan.c atanlo[1] atan(1.0)lo = 0x3C81A626, 0x33145C07
  1.39033110312309984516e-17, // s_atan.c atanlo[2] atan(1.5)lo = 0x3C700788, 0x7AF0CBBD
  6.12323399573676603587e-17, // s_atan.c atanlo[3] atan(inf)lo = 0x3C91A626, 0x33145C07
);
const AT0 = 3.33333333333329318027e-1; // s_atan.c aT[0] = 0x3FD55555, 0x5555550D
const AT1 = -1.99999999998764832476e-1; // s_atan.c aT[1] = 0xBFC99999, 0x9998EBC4
const AT2 = 1.42857142725034663711e-1; // s_atan.c aT[2] = 0x3FC24924, 0x920083FF
const AT3 = -1.1111110405462355788e-1; // s_atan.c aT[3] = 0xBFBC71C6, 0xFE231671
const AT4 = 9.09088713343650656196e-2; // s_atan.c aT[4] = 0x3FB745CD, 0xC54C206E
const AT5 = -7.69187620504482999495e-2; // s_atan.c aT[5] = 0xBFB3B0F2, 0xAF749A6D
const AT6 = 6.66107313738753120669e-2; // s_atan.c aT[6] = 0x3FB10D66, 0xA0D03D51
const AT7 = -5.83357013379057348645e-2; // s_atan.c aT[7] = 0xBFADDE2D, 0x52DEFD9A
const AT8 = 4.97687799461593236017e-2; // s_atan.c aT[8] = 0x3FA97B4B, 0x24760DEB
const AT9 = -3.6531572744216915527e-2; // s_atan.c aT[9] = 0xBFA2B444, 0x2C6A6C2F
const AT10 = 1.62858201153657823623e-2; // s_atan.c aT[10] = 0x3F90AD3A, 0xE322DA11

/** atan(x) (s_atan.c). atan(±0) = ±0, atan(±Inf) = ±pi/2. */
export function atan(x: number): number {
  F64[0] = x;
  const hx = I32[HI]!;
  const ix = hx & 0x7fffffff;
  let id: number;
  if (ix >= 0x44100000) {
    // if |x| >= 2^66
    if (ix > 0x7ff00000 || (ix === 0x7ff00000 && U32[LO]! !== 0)) return x + x; // NaN
    if (hx > 0) return ATANHI[3]! + ATANLO[3]!;
    return -ATANHI[3]! - ATANLO[3]!;
  }
  if (ix < 0x3fdc0000) {
    // |x| < 0.4375
    if (ix < 0x3e400000) {
      // |x| < 2^-27
      if (HUGE + x > 1) return x; // raise inexact
    }
    id = -1;
  } else {
    x = Math.abs(x);
    if (ix < 0x3ff30000) {
      // |x| < 1.1875
      if (ix < 0x3fe60000) {
        // 7/16 <= |x| < 11/16
        id = 0;
        x = (2.0 * x - 1) / (2.0 + x);
      } else {
        // 11/16 <= |x| < 19/16
        id = 1;
        x = (x - 1) / (x + 1);
      }
    } else if (ix < 0x40038000) {
      // |x| < 2.4375
      id = 2;
      x = (x - 1.5) / (1 + 1.5 * x);
    } else {
      // 2.4375 <= |x| < 2^66
      id = 3;
      x = -1.0 / x;
    }
  }
  // end of argument reduction
  let z = x * x;
  const w = z * z;
  // break sum from i=0 to 10 aT[i]z**(i+1) into odd and even poly
  const s1 = z * (AT0 + w * (AT2 + w * (AT4 + w * (AT6 + w * (AT8 + w * AT10)))));
  const s2 = w * (AT1 + w * (AT3 + w * (AT5 + w * (AT7 + w * AT9))));
  if (id < 0) return x - x * (s1 + s2);
  z = ATANHI[id]! - (x * (s1 + s2) - ATANLO[id]! - x);
  return hx < 0 ? -z : z;
}

/**
 * atan(x) for finite x >= +0: the body of atan() above without the NaN and sign handling, so that atan2 (the hot
 * caller in the IK solvers) does not pay for a second call. Same operations, same results.
 */
function atanNonNegative(x: number): number {
  const ix = highWord(x);
  let id: number;
  if (ix >= 0x44100000) return ATANHI[3]! + ATANLO[3]!; // x >= 2^66
  if (ix < 0x3fdc0000) {
    // x < 0.4375
    if (ix < 0x3e400000) return x; // x < 2^-27
    id = -1;
  } else if (ix < 0x3ff30000) {
    // x < 1.1875
    if (ix < 0x3fe60000) {
      // 7/16 <= x < 11/16
      id = 0;
      x = (2.0 * x - 1) / (2.0 + x);
    } else {
      // 11/16 <= x < 19/16
      id = 1;
      x = (x - 1) / (x + 1);
    }
  } else if (ix < 0x40038000) {
    // x < 2.4375
    id = 2;
    x = (x - 1.5) / (1 + 1.5 * x);
  } else {
    // 2.4375 <= x < 2^66
    id = 3;
    x = -1.0 / x;
  }
  const z = x * x;
  const w = z * z;
  const s1 = z * (AT0 + w * (AT2 + w * (AT4 + w * (AT6 + w * (AT8 + w * AT10)))));
  const s2 = w * (AT1 + w * (AT3 + w * (AT5 + w * (AT7 + w * AT9))));
  if (id < 0) return x - x * (s1 + s2);
  return ATANHI[id]! - (x * (s1 + s2) - ATANLO[id]! - x);
}

const PI_O_4 = 7.85398163397448279e-1; // e_atan2.c pi_o_4 = 0x3FE921FB, 0x54442D18
const PI_O_2 = 1.570796326794896558; // e_atan2.c pi_o_2 = 0x3FF921FB, 0x54442D18
const PI_LO = 1.2246467991473532e-16; // e_atan2.c pi_lo = 1.2246467991473531772E-16 = 0x3CA1A626, 0x33145C07

/** atan2(y, x) (e_atan2.c): the angle of (x, y), with all of fdlibm's signed-zero and infinity quadrant cases. */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return x + y; // x or y is NaN
  F64[0] = x;
  const hx = I32[HI]!;
  const lx = U32[LO]!;
  const ix = hx & 0x7fffffff;
  F64[0] = y;
  const hy = I32[HI]!;
  const ly = U32[LO]!;
  const iy = hy & 0x7fffffff;
  if (((hx - 0x3ff00000) | lx) === 0) return atan(y); // x = 1.0
  let m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2*sign(x)+sign(y)
  // when y = 0
  if ((iy | ly) === 0) {
    switch (m) {
      case 0:
      case 1:
        return y; // atan(+-0,+anything) = +-0
      case 2:
        return PI + TINY; // atan(+0,-anything) = pi
      default:
        return -PI - TINY; // atan(-0,-anything) = -pi
    }
  }
  // when x = 0
  if ((ix | lx) === 0) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
  // when x is INF
  if (ix === 0x7ff00000) {
    if (iy === 0x7ff00000) {
      switch (m) {
        case 0:
          return PI_O_4 + TINY; // atan(+INF,+INF)
        case 1:
          return -PI_O_4 - TINY; // atan(-INF,+INF)
        case 2:
          return 3.0 * PI_O_4 + TINY; // atan(+INF,-INF)
        default:
          return -3.0 * PI_O_4 - TINY; // atan(-INF,-INF)
      }
    } else {
      switch (m) {
        case 0:
          return 0; // atan(+...,+INF)
        case 1:
          return -0; // atan(-...,+INF)
        case 2:
          return PI + TINY; // atan(+...,-INF)
        default:
          return -PI - TINY; // atan(-...,-INF)
      }
    }
  }
  // when y is INF
  if (iy === 0x7ff00000) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
  // compute y/x
  const k = (iy - ix) >> 20;
  let z: number;
  if (k > 60) {
    // |y/x| > 2**60
    z = PI_O_2 + 0.5 * PI_LO;
    m &= 1;
  } else if (hx < 0 && k < -60) {
    z = 0.0; // 0 > |y|/x > -2**-60
  } else {
    z = atanNonNegative(Math.abs(y / x)); // safe to do y/x
  }
  switch (m) {
    case 0:
      return z; // atan(+,+)
    case 1:
      return -z; // atan(-,+)
    case 2:
      return PI - (z - PI_LO); // atan(+,-)
    default:
      return z - PI_LO - PI; // atan(-,-)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// e_exp.c
// ---------------------------------------------------------------------------------------------------------------
const O_THRESHOLD = 7.09782712893383973096e2; // e_exp.c o_threshold = 0x40862E42, 0xFEFA39EF
const U_THRESHOLD = -7.4513321910194110842e2; // e_exp.c u_threshold = 0xC0874910, 0xD52D3051
const LN2_HI = 6.9314718036912381649e-1; // e_exp.c ln2HI[0] / e_log.c ln2_hi = 0x3FE62E42, 0xFEE00000
const LN2_LO = 1.90821492927058770002e-10; // e_exp.c ln2LO[0] / e_log.c ln2_lo = 0x3DEA39EF, 0x35793C76
const INVLN2 = 1.442695040888963387; // e_exp.c invln2 = 0x3FF71547, 0x652B82FE
const P1 = 1.66666666666666019037e-1; // e_exp.c / e_pow.c P1 = 0x3FC55555, 0x5555553E
const P2 = -2.77777777770155933842e-3; // e_exp.c / e_pow.c P2 = 0xBF66C16C, 0x16BEBD93
const P3 = 6.61375632143793436117e-5; // e_exp.c / e_pow.c P3 = 0x3F11566A, 0xAF25DE2C
const P4 = -1.6533902205465251539e-6; // e_exp.c / e_pow.c P4 = 0xBEBBBD41, 0xC5D26BF1
const P5 = 4.13813679705723846039e-8; // e_exp.c / e_pow.c P5 = 0x3E663769, 0x72BEA4D0
const E = 2.718281828459045; // V8's e_exp.c port: exp(1) = 0x4005BF0A, 0x8B145769 (the kernel is 1 ulp off there)
const TWOM1000 = 9.3326361850321887899e-302; // e_exp.c twom1000 = 2**-1000 = 0x01700000, 0
const TWO1023 = 8.988465674311579539e307; // e_exp.c two1023 = 0x7FE00000, 0 (2**1023)

/** exp(x) (e_exp.c). exp(+Inf) = +Inf, exp(-Inf) = +0, exp(±0) = 1, exp(1) = Math.E. */
export function exp(x: number): number {
  F64[0] = x;
  let hx = U32[HI]!;
  const xsb = (hx >>> 31) & 1; // sign bit of x
  hx &= 0x7fffffff; // high word of |x|
  // filter out non-finite argument
  if (hx >= 0x40862e42) {
    // if |x| >= 709.78...
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | U32[LO]!) !== 0) return x + x; // NaN
      return xsb === 0 ? x : 0.0; // exp(+-inf) = {inf,0}
    }
    if (x > O_THRESHOLD) return HUGE * HUGE; // overflow
    if (x < U_THRESHOLD) return TWOM1000 * TWOM1000; // underflow
  }
  let hi = 0.0;
  let lo = 0.0;
  let k = 0;
  // argument reduction
  if (hx > 0x3fd62e42) {
    // if |x| > 0.5 ln2
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln2
      if (x === 1.0) return E;
      if (xsb === 0) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = (INVLN2 * x + (xsb === 0 ? 0.5 : -0.5)) | 0;
      const t = k;
      hi = x - t * LN2_HI; // t*ln2HI is exact here
      lo = t * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // when |x| < 2**-28
    if (HUGE + x > 1) return 1 + x; // trigger inexact
  } else {
    k = 0;
  }
  // x is now in primary range
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi);
  if (k >= -1021) {
    if (k === 1024) return y * 2.0 * TWO1023;
    return y * fromWords((0x3ff00000 + (k << 20)) >>> 0, 0);
  }
  return y * fromWords((0x3ff00000 + ((k + 1000) << 20)) >>> 0, 0) * TWOM1000;
}

// ---------------------------------------------------------------------------------------------------------------
// e_log.c
// ---------------------------------------------------------------------------------------------------------------
const LG1 = 6.66666666666673513e-1; // e_log.c Lg1 = 3FE55555 55555593
const LG2 = 3.999999999940941908e-1; // e_log.c Lg2 = 3FD99999 9997FA04
const LG3 = 2.857142874366239149e-1; // e_log.c Lg3 = 3FD24924 94229359
const LG4 = 2.222219843214978396e-1; // e_log.c Lg4 = 3FCC71C5 1D8E78AF
const LG5 = 1.818357216161805012e-1; // e_log.c Lg5 = 3FC74664 96CB03DE
const LG6 = 1.531383769920937332e-1; // e_log.c Lg6 = 3FC39A09 D078C69F
const LG7 = 1.479819860511658591e-1; // e_log.c Lg7 = 3FC2F112 DF3E5244

/** Natural logarithm (e_log.c). log(±0) = -Inf, log(x<0) = NaN, log(+Inf) = +Inf, log(1) = +0. */
export function log(x: number): number {
  F64[0] = x;
  let hx = I32[HI]!;
  const lx = U32[LO]!;
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2**-1022
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity; // log(+-0) = -inf
    if (hx < 0) return NaN; // log(-#) = NaN
    k -= 54;
    x *= TWO54; // subnormal number, scale up x
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000;
  x = withHigh(x, hx | (i ^ 0x3ff00000)); // normalize x or x/2
  k += i >> 20;
  const f = x - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) {
    // -2**-20 <= f < 2**-20
    if (f === 0) {
      if (k === 0) return 0;
      const dk = k;
      return dk * LN2_HI + dk * LN2_LO;
    }
    const R = f * f * (0.5 - 0.3333333333333333 * f); // e_log.c 0.33333333333333333 (the same double)
    if (k === 0) return f - R;
    const dk = k;
    return dk * LN2_HI - (R - dk * LN2_LO - f);
  }
  const s = f / (2.0 + f);
  const dk = k;
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const R = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + R));
    return dk * LN2_HI - (hfsq - (s * (hfsq + R) + dk * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - R);
  return dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}

// ---------------------------------------------------------------------------------------------------------------
// e_pow.c
// ---------------------------------------------------------------------------------------------------------------
const DP_H1 = 5.84962487220764160156e-1; // e_pow.c dp_h[1] = 0x3FE2B803, 0x40000000
const DP_L1 = 1.35003920212974897128e-8; // e_pow.c dp_l[1] = 0x3E4CFDEB, 0x43CFD006
const TWO53 = 9007199254740992.0; // e_pow.c two53 = 0x43400000, 0x00000000
const L1 = 5.99999999999994648725e-1; // e_pow.c L1 = 0x3FE33333, 0x33333303
const L2 = 4.28571428578550184252e-1; // e_pow.c L2 = 0x3FDB6DB6, 0xDB6FABFF
const L3 = 3.33333329818377432918e-1; // e_pow.c L3 = 0x3FD55555, 0x518F264D
const L4 = 2.72728123808534006489e-1; // e_pow.c L4 = 0x3FD17460, 0xA91D4101
const L5 = 2.30660745775561754067e-1; // e_pow.c L5 = 0x3FCD864A, 0x93C9DB65
const L6 = 2.06975017800338417784e-1; // e_pow.c L6 = 0x3FCA7E28, 0x4A454EEF
const LG2_ = 6.93147180559945286227e-1; // e_pow.c lg2 = 0x3FE62E42, 0xFEFA39EF
const LG2_H = 6.93147182464599609375e-1; // e_pow.c lg2_h = 0x3FE62E43, 0x00000000
const LG2_L = -1.90465429995776804525e-9; // e_pow.c lg2_l = 0xBE205C61, 0x0CA86C39
const OVT = 8.008566259537294e-17; // e_pow.c ovt = 8.0085662595372944372e-17 = -(1024-log2(ovfl+.5ulp))
const CP = 9.61796693925975554329e-1; // e_pow.c cp = 0x3FEEC709, 0xDC3A03FD = 2/(3ln2)
const CP_H = 9.61796700954437255859e-1; // e_pow.c cp_h = 0x3FEEC709, 0xE0000000 = (float)cp
const CP_L = -7.02846165095275826516e-9; // e_pow.c cp_l = 0xBE3E2FE0, 0x145B01F5 = tail of cp_h
const IVLN2 = 1.442695040888963387; // e_pow.c ivln2 = 0x3FF71547, 0x652B82FE = 1/ln2
const IVLN2_H = 1.44269502162933349609; // e_pow.c ivln2_h = 0x3FF71547, 0x60000000 = 24b 1/ln2
const IVLN2_L = 1.92596299112661746887e-8; // e_pow.c ivln2_l = 0x3E54AE0B, 0xF85DDF44 = 1/ln2 tail

/**
 * x ** y (e_pow.c, fdlibm 5.3 special cases = ECMAScript's): pow(x, ±0) = 1 even for NaN x, pow(±1, ±Inf) = NaN,
 * pow(x<0, non-integer) = NaN, signed zeros and infinities per ES Number::exponentiate. pow(x, 2) is exactly x*x.
 */
export function pow(x: number, y: number): number {
  if (y === 2) return x * x; // e_pow.c: "if(hy==0x40000000) return x*x; /* y is 2 */", taken first (same result)
  return powSlow(x, y);
}

function powSlow(x: number, y: number): number {
  F64[0] = x;
  const hx = I32[HI]!;
  const lx = U32[LO]!;
  F64[0] = y;
  const hy = I32[HI]!;
  const ly = U32[LO]!;
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;

  // y == zero: x**0 = 1
  if ((iy | ly) === 0) return 1;
  // +-NaN return x+y
  if (
    ix > 0x7ff00000 ||
    (ix === 0x7ff00000 && lx !== 0) ||
    iy > 0x7ff00000 ||
    (iy === 0x7ff00000 && ly !== 0)
  ) {
    return x + y;
  }
  // determine if y is an odd int when x < 0: yisint = 0 not an integer, 1 odd int, 2 even int
  let yisint = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) {
      yisint = 2; // even integer y
    } else if (iy >= 0x3ff00000) {
      const k = (iy >> 20) - 0x3ff; // exponent
      if (k > 20) {
        const j = ly >>> (52 - k);
        if ((j << (52 - k)) >>> 0 === ly) yisint = 2 - (j & 1);
      } else if (ly === 0) {
        const j = iy >> (20 - k);
        if (j << (20 - k) === iy) yisint = 2 - (j & 1);
      }
    }
  }
  // special value of y
  if (ly === 0) {
    if (iy === 0x7ff00000) {
      // y is +-inf
      if (((ix - 0x3ff00000) | lx) === 0) return y - y; // (+-1)**+-inf is NaN
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0; // (|x|>1)**+-inf = inf,0
      return hy < 0 ? -y : 0; // (|x|<1)**-,+inf = inf,0
    }
    if (iy === 0x3ff00000) {
      // y is +-1
      if (hy < 0) return 1 / x;
      return x;
    }
    if (hy === 0x40000000) return x * x; // y is 2
    if (hy === 0x3fe00000) {
      // y is 0.5
      if (hx >= 0) return Math.sqrt(x); // x >= +0
    }
  }

  let ax = Math.abs(x);
  // special value of x
  if (lx === 0) {
    if (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000) {
      let z = ax; // x is +-0,+-inf,+-1
      if (hy < 0) z = 1 / z; // z = (1/|x|)
      if (hx < 0) {
        if (((ix - 0x3ff00000) | yisint) === 0) {
          z = NaN; // (-1)**non-int is NaN
        } else if (yisint === 1) {
          z = -z; // (x<0)**odd = -(|x|**odd)
        }
      }
      return z;
    }
  }

  let n = (hx >> 31) + 1;
  // (x<0)**(non-int) is NaN
  if ((n | yisint) === 0) return NaN;

  let s = 1; // s (sign of result -ve**odd) = -1 else = 1
  if ((n | (yisint - 1)) === 0) s = -1; // (-ve)**(odd int)

  let t1: number;
  let t2: number;
  // |y| is huge
  if (iy > 0x41e00000) {
    // if |y| > 2**31
    if (iy > 0x43f00000) {
      // if |y| > 2**64, must o/uflow
      if (ix <= 0x3fefffff) return hy < 0 ? HUGE * HUGE : TINY * TINY;
      if (ix >= 0x3ff00000) return hy > 0 ? HUGE * HUGE : TINY * TINY;
    }
    // over/underflow if x is not close to one
    if (ix < 0x3fefffff) return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
    if (ix > 0x3ff00000) return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
    // now |1-x| is tiny <= 2**-20, suffice to compute log(x) by x-x^2/2+x^3/3-x^4/4
    const t = ax - 1; // t has 20 trailing zeros
    const w = t * t * (0.5 - t * (0.3333333333333333 - t * 0.25)); // e_pow.c 0.3333333333333333333333 (same double)
    const u = IVLN2_H * t; // ivln2_h has 21 sig. bits
    const v = t * IVLN2_L - w * IVLN2;
    t1 = clearLow(u + v);
    t2 = v - (t1 - u);
  } else {
    n = 0;
    // take care subnormal number
    if (ix < 0x00100000) {
      ax *= TWO53;
      n -= 53;
      ix = highWord(ax);
    }
    n += (ix >> 20) - 0x3ff;
    const j = ix & 0x000fffff;
    // determine interval
    ix = j | 0x3ff00000; // normalize ix
    let k: number;
    if (j <= 0x3988e) {
      k = 0; // |x| < sqrt(3/2)
    } else if (j < 0xbb67a) {
      k = 1; // |x| < sqrt(3)
    } else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = withHigh(ax, ix);
    const bp = k === 0 ? 1.0 : 1.5; // e_pow.c bp[] = {1.0, 1.5}
    const dpH = k === 0 ? 0.0 : DP_H1; // e_pow.c dp_h[k]
    const dpL = k === 0 ? 0.0 : DP_L1; // e_pow.c dp_l[k]

    // compute ss = s_h+s_l = (x-1)/(x+1) or (x-1.5)/(x+1.5)
    let u = ax - bp; // bp[0]=1.0, bp[1]=1.5
    let v = 1 / (ax + bp);
    const ss = u * v;
    const sH = clearLow(ss);
    // t_h = ax+bp[k] High
    let tH = fromWords((((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)) >>> 0, 0);
    let tL = ax - (tH - bp);
    const sL = v * (u - sH * tH - sH * tL);
    // compute log(ax)
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = clearLow(3.0 + s2 + r);
    tL = r - (tH - 3.0 - s2);
    // u+v = ss*(1+...)
    u = sH * tH;
    v = sL * tH + tL * ss;
    // 2/(3log2)*(ss+...)
    const pH = clearLow(u + v);
    const pL = v - (pH - u);
    const zH = CP_H * pH; // cp_h+cp_l = 2/(3*log2)
    const zL = CP_L * pH + pL * CP + dpL;
    // log2(ax) = (ss+..)*2/(3*log2) = n + dp_h + z_h + z_l
    const t = n;
    t1 = clearLow(zH + zL + dpH + t);
    t2 = zL - (t1 - t - dpH - zH);
  }

  // split up y into y1+y2 and compute (y1+y2)*(t1+t2)
  const y1 = clearLow(y);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  F64[0] = z;
  let j = I32[HI]!;
  let i = I32[LO]!;
  if (j >= 0x40900000) {
    // z >= 1024
    if (((j - 0x40900000) | i) !== 0) return s * HUGE * HUGE; // if z > 1024: overflow
    if (pL + OVT > z - pH) return s * HUGE * HUGE; // overflow
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z <= -1075
    if (((j - 0xc090cc00) | i) !== 0) return s * TINY * TINY; // z < -1075: underflow
    if (pL <= z - pH) return s * TINY * TINY; // underflow
  }
  // compute 2**(p_h+p_l)
  i = j & 0x7fffffff;
  let k = (i >> 20) - 0x3ff;
  n = 0;
  if (i > 0x3fe00000) {
    // if |z| > 0.5, set n = [z+0.5]
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff; // new k for n
    const t = fromWords((n & ~(0x000fffff >> k)) >>> 0, 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  let t = clearLow(pL + pH);
  const u = t * LG2_H;
  const v = (pL - (t - pH)) * LG2_ + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  t = z * z;
  t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const r = (z * t1) / (t1 - 2 - (w + z * w));
  z = 1 - (r - z);
  j = highWord(z);
  j += n << 20;
  if (j >> 20 <= 0)
    z = scalbn(z, n); // subnormal output
  else z = withHigh(z, j >>> 0);
  return s * z;
}

// ---------------------------------------------------------------------------------------------------------------
// e_hypot.c (two arguments) and a three-argument form
// ---------------------------------------------------------------------------------------------------------------

/** sqrt(x*x + y*y) without undue overflow or underflow, error < 1 ulp (e_hypot.c). Inf beats NaN. */
export function hypot(x: number, y: number): number {
  let ha = highWord(x) & 0x7fffffff;
  let hb = highWord(y) & 0x7fffffff;
  let a: number;
  let b: number;
  if (hb > ha) {
    a = y;
    b = x;
    const j = ha;
    ha = hb;
    hb = j;
  } else {
    a = x;
    b = y;
  }
  a = Math.abs(a);
  b = Math.abs(b);
  if (ha - hb > 0x3c00000) return a + b; // x/y > 2**60
  let k = 0;
  if (ha > 0x5f300000) {
    // a > 2**500
    if (ha >= 0x7ff00000) {
      // Inf or NaN: +Inf if either is infinite (ECMAScript and C99), else NaN
      let w = Math.abs(x + 0.0) - Math.abs(y + 0.0);
      if (((ha & 0xfffff) | lowWord(a)) === 0) w = a;
      if (((hb ^ 0x7ff00000) | lowWord(b)) === 0) w = b;
      return w;
    }
    // scale a and b by 2**-600
    ha -= 0x25800000;
    hb -= 0x25800000;
    k += 600;
    a = withHigh(a, ha);
    b = withHigh(b, hb);
  }
  if (hb < 0x20b00000) {
    // b < 2**-500
    if (hb <= 0x000fffff) {
      // subnormal b or 0
      if ((hb | lowWord(b)) === 0) return a;
      const t1 = 4.49423283715578976932e307; // e_hypot.c t1 = 2^1022 (SET_HIGH_WORD(t1, 0x7fd00000))
      b *= t1;
      a *= t1;
      k -= 1022;
    } else {
      // scale a and b by 2^600
      ha += 0x25800000; // a *= 2^600
      hb += 0x25800000; // b *= 2^600
      k -= 600;
      a = withHigh(a, ha);
      b = withHigh(b, hb);
    }
  }
  // medium size a and b
  let w = a - b;
  if (w > b) {
    const t1 = fromWords(ha >>> 0, 0);
    const t2 = a - t1;
    w = Math.sqrt(t1 * t1 - (b * -b - t2 * (a + t1)));
  } else {
    a = a + a;
    const y1 = fromWords(hb >>> 0, 0);
    const y2 = b - y1;
    const t1 = fromWords((ha + 0x00100000) >>> 0, 0);
    const t2 = a - t1;
    w = Math.sqrt(t1 * y1 - (w * -w - (t1 * y2 + t2 * b)));
  }
  if (k !== 0) return fromWords((0x3ff00000 + (k << 20)) >>> 0, 0) * w;
  return w;
}

/**
 * |(x, y, z)| without undue overflow or underflow. fdlibm has no three-argument hypot; this is the algorithm of
 * V8's Math.hypot builtin (src/builtins/math.tq: scale by the largest magnitude, Kahan-compensated sum of squares,
 * sqrt, rescale), written with IEEE basic operations only, so it gives what Math.hypot(x, y, z) gives in V8 but
 * the same bits in every engine. Inf beats NaN; hypot3(0, 0, 0) = +0.
 */
export function hypot3(x: number, y: number, z: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const az = Math.abs(z);
  if (ax === Infinity || ay === Infinity || az === Infinity) return Infinity;
  if (ax !== ax || ay !== ay || az !== az) return NaN;
  let max = ax;
  if (ay > max) max = ay;
  if (az > max) max = az;
  if (max === 0) return 0;
  let sum = 0;
  let compensation = 0;
  let n = ax / max;
  let summand = n * n - compensation;
  let preliminary = sum + summand;
  compensation = preliminary - sum - summand;
  sum = preliminary;
  n = ay / max;
  summand = n * n - compensation;
  preliminary = sum + summand;
  compensation = preliminary - sum - summand;
  sum = preliminary;
  n = az / max;
  summand = n * n - compensation;
  preliminary = sum + summand;
  sum = preliminary;
  return Math.sqrt(sum) * max;
}
