// ESLint flat config. The layering of DESIGN.md is enforced here: a wrong import is a lint error.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const browserOnly = [
  'react',
  'react-dom',
  'react/*',
  '@react-three/*',
  'zustand',
  'zustand/*',
  'three/examples/*',
  'three/addons/*',
  'iwer',
  'i18next',
  'react-i18next',
  'dexie',
];
const nodeOnly = ['node:*', 'fs', 'path', 'child_process', 'better-sqlite3', 'fastify', 'pg'];

// Pure layers: no wall clock, no Math.random, no timers, no DOM.
const impureGlobals = [
  ...[
    'window',
    'document',
    'navigator',
    'localStorage',
    'sessionStorage',
    'indexedDB',
    'performance',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'setTimeout',
    'setInterval',
    'clearTimeout',
    'clearInterval',
    'setImmediate',
    'queueMicrotask',
    'fetch',
    'crypto',
    'process',
  ].map((name) => ({
    name,
    message:
      'src/sim and src/scenario are pure and deterministic: pass time and randomness in through the world state.',
  })),
];
const impureSyntax = [
  {
    selector: "MemberExpression[object.name='Math'][property.name='random']",
    message:
      'Math.random is forbidden in pure layers: use the seeded PRNG in the world state (src/sim/core/prng.ts).',
  },
  {
    selector: "MemberExpression[object.name='Date'][property.name='now']",
    message: 'Date.now is forbidden in pure layers: time comes from the fixed-step clock.',
  },
  {
    selector: "NewExpression[callee.name='Date']",
    message: 'new Date() is forbidden in pure layers: time comes from the fixed-step clock.',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'eval is forbidden.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is forbidden.' },
];

// Pure layers: Math's transcendental functions are "implementation-approximated" in ECMAScript and differ in the
// last bit between engines (Node 20's V8 vs Chromium's), which breaks bit-identical replay; src/sim/core/fmath.ts is
// the deterministic fdlibm port to use instead. `**` is Math.pow.
const engineDependentMath = [
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'pow',
  'hypot',
  'cbrt',
  'sinh',
  'cosh',
  'tanh',
].map((property) => ({
  object: 'Math',
  property,
  message: `use fmath (src/sim/core/fmath.ts): Math.${property} differs between JS engines in the last bit`,
}));
const exponentiationSyntax = [
  {
    selector: "BinaryExpression[operator='**']",
    message:
      'use pow from fmath (src/sim/core/fmath.ts): ** is Math.pow, which differs between JS engines in the last bit',
  },
  {
    selector: "AssignmentExpression[operator='**=']",
    message:
      'use pow from fmath (src/sim/core/fmath.ts): **= is Math.pow, which differs between JS engines in the last bit',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.*.mts',
      '.*.ts',
      '.tune.sh',
      'dist/**',
      'dist-*/**',
      'node_modules/**',
      'public/**',
      'playwright-report/**',
      'test-results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'eval is forbidden.' },
        { selector: "NewExpression[callee.name='Function']", message: 'new Function is forbidden.' },
      ],
    },
  },
  {
    files: ['src/sim/**/*.ts', 'src/scenario/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-syntax': ['error', ...impureSyntax],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: browserOnly,
              message: 'Pure layers may not import UI/browser libraries (DESIGN.md layering).',
            },
            {
              group: nodeOnly,
              message: 'Pure layers may not import Node-only modules (DESIGN.md layering).',
            },
            { group: ['cannon-es'], message: 'cannon-es lives only in src/sim/physics.' },
            {
              group: ['**/app/**', '**/cli/**', '**/server/**'],
              message: 'Imports only point down: sim/scenario cannot import app, cli or server.',
            },
          ],
        },
      ],
    },
  },
  {
    // Deterministic math in the pure layers (fmath.ts itself is the one place that may build on Math).
    files: ['src/sim/**/*.ts', 'src/scenario/**/*.ts'],
    ignores: ['src/sim/core/fmath.ts'],
    rules: {
      'no-restricted-properties': ['error', ...engineDependentMath],
      'no-restricted-syntax': ['error', ...impureSyntax, ...exponentiationSyntax],
    },
  },
  {
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: browserOnly,
              message: 'Pure layers may not import UI/browser libraries (DESIGN.md layering).',
            },
            {
              group: nodeOnly,
              message: 'Pure layers may not import Node-only modules (DESIGN.md layering).',
            },
            { group: ['cannon-es'], message: 'cannon-es lives only in src/sim/physics.' },
            {
              group: ['**/scenario/**', '**/scenario', '**/app/**', '**/cli/**', '**/server/**'],
              message: 'src/sim is the bottom layer: it imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sim/physics/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: browserOnly,
              message: 'Pure layers may not import UI/browser libraries (DESIGN.md layering).',
            },
            {
              group: nodeOnly,
              message: 'Pure layers may not import Node-only modules (DESIGN.md layering).',
            },
            {
              group: ['**/scenario/**', '**/app/**', '**/cli/**', '**/server/**'],
              message: 'src/sim is the bottom layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: browserOnly, message: 'Node layers may not import browser/UI libraries.' },
            { group: ['**/app/**'], message: 'cli/server cannot import the app.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'The app runs in the browser: no Node-only modules.' },
            { group: ['**/cli/**', '**/server/**'], message: 'The app cannot import cli or server code.' },
          ],
        },
      ],
    },
  },
);
