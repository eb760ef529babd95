/**
 * The sample data in content/ is designed to raise every signal at least once, so the signal pages
 * and their tests always have something to show. Depends on the full sample (~60 partnerships).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/lib/config/load.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { SIGNAL_IDS, checkSignalOverrides, computeConcentration, evaluateSignals } from '../../src/lib/signals/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the sample data raises every signal at least once', async () => {
  const config = await loadConfig(root);
  assert.ok(config.ok, 'content/portal.yaml is valid');
  assert.deepEqual(checkSignalOverrides(config.config.signals), []);
  const result = await runPipeline({ root, config: config.config });
  assert.ok(result.dataset, `sample data has no errors (${result.errors} errors)`);
  const flags = evaluateSignals(result.dataset, config.config.signals);
  const missing = SIGNAL_IDS.filter((id) => !flags.some((f) => f.signal === id));
  assert.deepEqual(missing, [], `signals the sample never raises: ${missing.join(', ')}`);

  // Concentration of the sample adds up to the dataset's own totals.
  const { portal, by_government } = computeConcentration(result.dataset);
  for (const r of portal) assert.equal(r.committed, result.dataset.totals.by_year[String(r.year)]);
  assert.equal(by_government.reduce((t, r) => t + r.committed, 0), result.dataset.totals.contract_value);
});
