/**
 * Speed and memory of the analysis core, with alex (retext-based, English) on the same texts.
 *
 *   npm run bench                          print the figures
 *   npm run bench -- --write bench/core.md also record them
 *
 * Texts: tweet-length posts and 3,000-character posts assembled from the labelled dev corpora
 * (../shared/eval/dev) and the project's drafts, plus adversarial inputs of 100,000 characters.
 * The core is measured as it ships: bundled and minified by esbuild, not through tsx's loader
 * (which wraps every closure it creates and would inflate the figures).
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { text as alex } from 'alex';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function loadBundledCore(): Promise<typeof import('../src/core')> {
  const outfile = resolve(root, '.cache/bench/core.mjs');
  await build({ entryPoints: [resolve(root, 'src/core/index.ts')], bundle: true, minify: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
  return (await import(pathToFileURL(outfile).href)) as typeof import('../src/core');
}

function loadPosts(): string[] {
  const posts: string[] = [];
  for (const dir of [resolve(root, '../shared/eval/dev'), resolve(root, 'test/drafts')]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
        if (line.trim() !== '') posts.push((JSON.parse(line) as { text: string }).text);
      }
    }
  }
  return posts;
}

/** Posts up to 280 characters, and 3,000-character posts made of consecutive ones. */
function corpora(posts: string[]): { tweets: string[]; long: string[] } {
  const tweets = posts.filter((p) => p.length <= 280).slice(0, 2000);
  const long: string[] = [];
  let current = '';
  for (const post of posts) {
    current += `${post}\n\n`;
    if (current.length >= 3000) {
      long.push(current.slice(0, 3000));
      current = '';
      if (long.length === 100) break;
    }
  }
  return { tweets, long };
}

const ADVERSARIAL: Record<string, string> = {
  'repeated letter (a×100,000)': 'a'.repeat(100_000),
  'repeated word with spaces': 'idiot '.repeat(16_667),
  'punctuation (!?.*#@ ×100,000)': '!?.*#@'.repeat(16_667),
  'emoji (😂 and 👍🏽 ×100,000 chars)': '😂👍🏽'.repeat(16_667),
  'digits and dashes': '1234-5678 '.repeat(10_000),
  'spelled-out letters': 'a b '.repeat(25_000),
  'one 100,000-char hashtag': `#${'x'.repeat(99_999)}`,
  // Runs that look like the start of an address or a link, again and again.
  'a.a.a. …': 'a.'.repeat(50_000),
  'x@x@x@ …': 'x@'.repeat(50_000),
  'www.www. …': 'www.'.repeat(25_000),
  'a-a-a- …': 'a-'.repeat(50_000),
  // Shapes the oversharing patterns look for: number runs, key prefixes, phone prefixes, addresses.
  'digits with spaces': '1 '.repeat(50_000),
  'token prefixes (eyJ, AKIA)': 'eyJAKIA'.repeat(14_286),
  'phone prefixes (+4)': '+4'.repeat(50_000),
  'street addresses': 'Storgatan 12 '.repeat(7_693),
  'hashtags (#a ×30,000)': '#a '.repeat(33_334),
  'mixed real posts to 100,000 chars': '',
};

/** Milliseconds per call: the median of several timed rounds, each over all texts. */
function timePerText(texts: readonly string[], fn: (text: string) => unknown, rounds: number): { median: number; p95: number } {
  for (const text of texts.slice(0, 50)) fn(text);
  const perText: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (const text of texts) fn(text);
    perText.push((performance.now() - started) / texts.length);
  }
  perText.sort((a, b) => a - b);
  return { median: perText[Math.floor(perText.length / 2)]!, p95: perText[Math.min(perText.length - 1, Math.floor(perText.length * 0.95))]! };
}

/** The slowest single text, so a pathological post is not hidden in an average. */
function worstText(texts: readonly string[], fn: (text: string) => unknown): number {
  let worst = 0;
  for (const text of texts) {
    const started = performance.now();
    fn(text);
    worst = Math.max(worst, performance.now() - started);
  }
  return worst;
}

// Collect garbage before reading the heap, or the figure moves by several MiB between runs.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const fmt = (ms: number) => (ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

async function main(): Promise<void> {
  const write = process.argv.includes('--write') ? process.argv[process.argv.indexOf('--write') + 1] : undefined;
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const { analyze } = await loadBundledCore();
  analyze('warm up the rule lists');
  collectGarbage();
  const heapRules = process.memoryUsage().heapUsed - heapBefore;

  const posts = loadPosts();
  const { tweets, long } = corpora(posts);
  ADVERSARIAL['mixed real posts to 100,000 chars'] = posts.join('\n').slice(0, 100_000);

  const lines: string[] = [];
  const log = (line = '') => {
    console.log(line);
    lines.push(line);
  };
  const runAlex = (text: string) => alex(text);

  log('## Time per post');
  log();
  log('| texts | count | Second Thought median | p95 of rounds | slowest single text | alex median | alex / Second Thought |');
  log('|---|---|---|---|---|---|---|');
  for (const [name, texts, rounds, alexRounds] of [
    ['tweet-length (≤ 280 chars)', tweets, 15, 3],
    ['3,000-character posts', long, 15, 3],
  ] as const) {
    const ours = timePerText(texts, (t) => analyze(t), rounds);
    const worst = worstText(texts, (t) => analyze(t));
    const theirs = timePerText(texts.slice(0, 300), runAlex, alexRounds);
    log(`| ${name} | ${texts.length} | ${fmt(ours.median)} | ${fmt(ours.p95)} | ${fmt(worst)} | ${fmt(theirs.median)} | ${(theirs.median / ours.median).toFixed(0)}× |`);
  }
  log();
  log('## Adversarial inputs (100,000 characters, one call each, after warm-up)');
  log();
  log('| input | Second Thought | findings |');
  log('|---|---|---|');
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    analyze(text);
    const started = performance.now();
    const { findings } = analyze(text);
    log(`| ${name} | ${fmt(performance.now() - started)} | ${findings.length} |`);
  }
  log();
  log('## Memory');
  log();
  log(`Heap held after loading the rules and analysing one text: ${(heapRules / 1024 / 1024).toFixed(1)} MiB; resident set of the whole benchmark process at the end: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB.`);

  if (write) {
    const header = [
      '# Analysis-core benchmark',
      '',
      `Produced by \`npm run bench -- --write ${write}\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB.`,
      'Goals: ≤ 0.1 ms per tweet, ≤ 1 ms per 3,000-character post, at least 20× faster than alex, every input linear.',
      'Second Thought is measured as shipped (bundled and minified by esbuild); alex runs on up to 300 of the same texts (English-only rules; it is slower, so fewer rounds).',
      '',
    ].join('\n');
    writeFileSync(resolve(root, write), `${header}\n${lines.join('\n')}\n`);
    console.log(`\nwrote ${write}`);
  }
}

await main();
