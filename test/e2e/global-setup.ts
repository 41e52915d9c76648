/** Vitest globalSetup of the e2e project: builds the extension and the fixture sites once per run. */
import { buildAll } from './harness';

export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const started = performance.now();
  await buildAll();
  console.log(`e2e: built dist/ and dist-fixtures/ in ${Math.round(performance.now() - started)} ms`);
}
