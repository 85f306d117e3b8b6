import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import globalSetup from './global-setup';
import { chromiumPath } from './chromium';

/**
 * The e2e run needs Chromium. When it is missing and we may (root with apt-get), Debian's package is
 * installed; otherwise the run says so in one line and is skipped, except under CI=true, where the
 * browser is required and its absence fails the run.
 */
export default async function e2eGlobalSetup(): Promise<void> {
  if (!existsSync(chromiumPath)) installChromium();
  if (!existsSync(chromiumPath)) {
    const reason = `Chromium not found at ${chromiumPath} and it cannot be installed here (needs root and apt-get; or set CHROMIUM_PATH)`;
    if (process.env.CI === 'true') throw new Error(`${reason}: CI=true requires the explorer's end-to-end tests`);
    process.stderr.write(`e2e: skipped – ${reason}\n`);
    process.env.E2E_UNAVAILABLE = reason;
    return;
  }
  await globalSetup();
}

function installChromium(): void {
  const root = process.getuid?.() === 0;
  const apt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!root || !apt || process.env.CHROMIUM_PATH) return;
  process.stderr.write('e2e: installing Debian\'s chromium (apt-get install -y chromium)\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}
