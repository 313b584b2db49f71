// Property tests (fast-check): a new random seed on every local run, so generated athletes keep finding what
// nobody wrote down; in CI (CI=true) one fixed seed, so that what lands is reproducible. PROPERTY_SEED=<n>
// replays a run: fast-check prints the seed of a failing fc.assert, and the sampled cases print theirs.
import fc from 'fast-check';

const fixed = process.env.PROPERTY_SEED ?? (process.env.CI ? '20261203' : undefined);
if (fixed !== undefined) {
  process.env.PROPERTY_SEED = fixed;
  fc.configureGlobal({ seed: Number(fixed) });
}
