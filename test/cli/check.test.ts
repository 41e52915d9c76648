import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Only the platform rules, so the expectations do not move as other rules evolve.
const ONLY_PLATFORM = ['--disable', 'spam,promotional,oversharing,hostile'];
const run = (args: string[], input?: string) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...ONLY_PLATFORM, ...args], { encoding: 'utf8', input });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

const dir = mkdtempSync(join(tmpdir(), 'check-'));
const hashtags = 'Good day #one #two #three';

// Each case starts Node with tsx, which takes seconds on a busy machine.
describe('npm run check', { timeout: 60_000 }, () => {
  it('prints findings for a person', () => {
    const { code, out } = run(['--platform', 'x', hashtags]);
    expect(code).toBe(0);
    expect(out).toContain('platform.hashtag-count');
    expect(out).toContain('"#three"');
    expect(out).toMatch(/1 finding \(1 info\)/);
  });

  it('reads a file and prints one JSON document', () => {
    const file = join(dir, 'draft.txt');
    writeFileSync(file, hashtags);
    const { code, out } = run(['--platform', 'x', '--json', file]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { findings: Array<{ text: string; start: number; end: number }> };
    expect(result.findings.map((f) => hashtags.slice(f.start, f.end))).toEqual(['#three']);
  });

  it('runs a batch in order, reporting bad lines on stderr and going on', () => {
    const file = join(dir, 'batch.jsonl');
    const lines = [
      JSON.stringify({ id: 'a', text: hashtags, platform: 'x' }),
      'not json',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'fine' }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { code, out, err } = run(['--jsonl', file]);
    expect(code).toBe(0);
    const output = out.trim().split('\n').map((line) => JSON.parse(line) as { id: string; findings: unknown[] });
    expect(output.map((o) => o.id)).toEqual(['a', 'd']);
    expect(output[0]!.findings).toHaveLength(1);
    expect(err).toContain('line 2');
    expect(err).toContain('line 3');
  });

  it('exits 1 only when --fail-on is met', () => {
    expect(run(['--platform', 'x', '--fail-on', 'info', hashtags]).code).toBe(1);
    expect(run(['--platform', 'x', '--fail-on', 'warning', hashtags]).code).toBe(0);
  });

  it('exits 2 on usage errors', () => {
    expect(run([]).code).toBe(2);
    expect(run(['--platform', 'myspace', 'hi']).code).toBe(2);
    expect(run(['--jsonl', join(dir, 'missing.jsonl')]).code).toBe(2);
  });

  it('stops quietly when the reader closes the pipe early', async () => {
    const file = join(dir, 'long.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', text: hashtags, platform: 'x' })}\n`.repeat(20_000));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...ONLY_PLATFORM, '--jsonl', file]);
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    // Like `| head -1`: read the first output, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
