/**
 * zod compiles fast object parsers with `new Function` when it may, and probes whether it may
 * by trying. Under the production CSP (no 'unsafe-eval', Trusted Types required) the probe is
 * refused and Chromium reports the refusal as a violation, even though zod catches it. jitless
 * skips the probe and the compiler: the interpreted parsers are the ones the CSP allows anyway.
 * Imported first by main.tsx, before any schema of shared/ is built (each reads it when built).
 */
import { config } from 'zod';

config({ jitless: true });
