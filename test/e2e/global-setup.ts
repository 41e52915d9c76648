/**
 * Vitest globalSetup of the e2e project: builds the extension and the fixture sites once per run,
 * into a folder of this run's own (engineers share one working tree and run tests concurrently).
 * E2E_SKIP_BUILD=1 uses dist/ and dist-fixtures/ as they are.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildAll } from './harness';

export default async function setup(): Promise<(() => Promise<void>) | void> {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const runDir = resolve(import.meta.dirname, '../../.cache/e2e-runs', `${Date.now()}-${process.pid}`);
  const dirs = { extension: join(runDir, 'dist'), fixtures: join(runDir, 'dist-fixtures') };
  await mkdir(runDir, { recursive: true });
  const started = performance.now();
  await buildAll(dirs);
  console.log(`e2e: built the extension and the fixtures in ${Math.round(performance.now() - started)} ms (${runDir})`);
  // Test files import the harness after this, in workers that inherit the environment.
  process.env.SECOND_THOUGHT_DIST = dirs.extension;
  process.env.SECOND_THOUGHT_FIXTURES = dirs.fixtures;
  return () => rm(runDir, { recursive: true, force: true });
}
