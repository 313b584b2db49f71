import { resolveEngineConfig } from '../src/config/engine-config';
import { computeMetricsState } from '../src/metrics/compute-metrics';
import { allInputs } from './factories/generated-athletes.factory';

/**
 * The effort check marks the logs each planned session claims in a buffer kept from one review to the next (a new
 * stamp per review, nothing cleared): a review's claims must never carry over to the next. Each athlete's effort
 * figures are the same whichever athletes were reviewed before them.
 */
describe('effortVsPlan, review after review', () => {
  it('should match the same logs to the plans whatever was reviewed before', () => {
    const config = resolveEngineConfig();
    const inputs = allInputs();
    const forward = inputs.map((i) => computeMetricsState(i, config).effortVsPlan);
    const backward = [...inputs]
      .reverse()
      .map((i) => computeMetricsState(i, config).effortVsPlan)
      .reverse();
    // Each one twice in a row, too.
    const twice = inputs.map((i) => {
      computeMetricsState(i, config);
      return computeMetricsState(i, config).effortVsPlan;
    });
    expect(backward).toEqual(forward);
    expect(twice).toEqual(forward);
    // Not vacuous: many of them matched easy runs to their plans.
    expect(forward.filter((e) => e.easyRuns > 0).length).toBeGreaterThan(50);
  });
});
