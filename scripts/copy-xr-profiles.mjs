#!/usr/bin/env node
// Copies the WebXR input profiles the app needs (controller and hand models) from
// @webxr-input-profiles/assets into public/profiles, so the XR store never fetches them from a CDN.
// Run at install time (postinstall) and before start/build/test; idempotent and fast when up to date.
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** Profiles the emulated and real Quest controllers resolve to, their fallbacks, and the hand model. */
export const PROFILES = [
  'generic-trigger',
  'generic-trigger-squeeze',
  'generic-trigger-squeeze-thumbstick',
  'generic-hand',
  'meta-quest-touch-plus',
  'meta-quest-touch-pro',
  'oculus-touch',
  'oculus-touch-v2',
  'oculus-touch-v3',
];

function profilesDir() {
  try {
    return join(dirname(require.resolve('@webxr-input-profiles/assets/package.json')), 'dist', 'profiles');
  } catch {
    console.error('copy-xr-profiles: @webxr-input-profiles/assets is not installed; run `npm ci` first.');
    process.exit(1);
  }
}

const source = profilesDir();
const target = join(root, 'public', 'profiles');
mkdirSync(target, { recursive: true });

let copied = 0;
for (const id of PROFILES) {
  const from = join(source, id);
  if (!existsSync(from)) {
    console.error(`copy-xr-profiles: profile "${id}" is missing from ${source}`);
    process.exit(1);
  }
  const marker = join(target, id, 'profile.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(join(from, 'profile.json')).mtimeMs)
    continue;
  cpSync(from, join(target, id), { recursive: true });
  copied++;
}

// The store looks profiles up in profilesList.json: list only what is served, so an unknown controller
// falls back to the default profile instead of asking for a file that is not there.
const fullList = JSON.parse(readFileSync(join(source, 'profilesList.json'), 'utf8'));
const list = {};
for (const id of PROFILES) if (fullList[id]) list[id] = fullList[id];
writeFileSync(join(target, 'profilesList.json'), JSON.stringify(list, null, 2) + '\n');

console.log(`copy-xr-profiles: ${PROFILES.length} profiles in public/profiles (${copied} copied).`);
