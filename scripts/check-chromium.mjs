// Fails early, with the fix, when the browser the e2e tests need is missing.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`Chromium not found at ${path}.
The end-to-end tests run in Debian's Chromium (Playwright cannot download its own browser here). Install it with:

  sudo apt-get update && sudo apt-get install -y chromium

or point CHROMIUM_PATH at another Chromium binary.`);
  process.exit(1);
}
