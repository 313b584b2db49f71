import type * as FitSdk from '@garmin/fitsdk';
import type { createRequire } from 'node:module';

/**
 * `@garmin/fitsdk` is published as an ES module only. Node ≥ 20.19 can `require()` it natively, but Jest's
 * CommonJS module registry cannot (it would need a transform for that package in node_modules). Loading it
 * through Node's own `require` — built from `process.getBuiltinModule`, which Jest does not wrap — makes the
 * same code work in the compiled app, under ts-node scripts and under Jest.
 */
function nativeRequire(): NodeJS.Require {
  const nodeModule = (process.getBuiltinModule?.('node:module') ?? require('node:module')) as {
    createRequire: typeof createRequire;
  };
  return nodeModule.createRequire(__filename);
}

export const fitsdk = nativeRequire()('@garmin/fitsdk') as typeof FitSdk;
