import { z } from 'zod';

/**
 * Ferry's Content-Security-Policy forbids eval, so zod's JIT object fast
 * path (new Function) is switched off before any schema runs; otherwise zod
 * probes for eval and the browser logs a CSP violation. Field schemas are
 * per-cell transforms that the JIT does not speed up (see bench/README.md).
 */
z.config({ jitless: true });
