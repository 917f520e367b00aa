import { z } from 'zod';

// Zod probes `new Function` when its first object schema is built; under the app's CSP (no 'unsafe-eval') the
// probe fails quietly but is still reported as a violation. Imported first, this module turns the probe off.
z.config({ jitless: true });
