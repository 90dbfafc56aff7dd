/**
 * Headless Chromium for end-to-end tests and screenshots: Debian's /usr/bin/chromium driven by
 * playwright-core (no browser download). Software WebGL (SwiftShader) so sigma can draw without a GPU.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath))
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk ` +
        '(or set CHROMIUM_PATH).',
    );
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
