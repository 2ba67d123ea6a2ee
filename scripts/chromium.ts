import { existsSync } from 'node:fs';

/** Playwright cannot download browsers here: Ferry's browser tests use Debian's Chromium. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] as const;

export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

export const chromiumAvailable = () => existsSync(chromiumPath());
