import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it when it is missing. CHROMIUM_PATH points elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Headless and quiet: no sandbox (we run as root in CI), no GPU, and no calls home of any kind.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface RunningBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts Chromium with a fresh, throw-away profile. Playwright never downloads a browser here:
 * it drives the one at `chromiumPath`, and says so clearly when there is none.
 */
export async function startChromium(viewport = { width: 1400, height: 900 }): Promise<RunningBrowser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}: the explorer's end-to-end tests need it. ` +
        'Install Debian\'s package (`apt-get install -y chromium`, as .ci/run does) or set CHROMIUM_PATH.',
    );
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'legeplads-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ARGS,
    viewport,
    acceptDownloads: true,
    locale: 'en-GB',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { Browser };
