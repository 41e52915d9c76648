/**
 * Vitest globalSetup of the e2e project: builds the extension and the fixture sites once per run,
 * into a folder of this run's own; the test workers started afterwards inherit its location.
 * E2E_SKIP_BUILD=1 uses dist/ and dist-fixtures/ as they are.
 */
import { buildPrivateCopies } from './harness';

export default async function setup(): Promise<(() => Promise<void>) | void> {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const started = performance.now();
  const removeBuild = await buildPrivateCopies('e2e-runs');
  console.log(`e2e: built the extension and the fixtures in ${Math.round(performance.now() - started)} ms`);
  return removeBuild;
}
