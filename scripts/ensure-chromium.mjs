// Playwright must use Debian's Chromium (never a downloaded browser). Install it when missing (root only).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error(
      `ensure-chromium: ${CHROMIUM} is missing and this user is not root; run: sudo apt-get install -y chromium`,
    );
    process.exit(1);
  }
  console.log('ensure-chromium: installing Debian chromium (apt-get install -y chromium)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
}
