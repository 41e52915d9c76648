/**
 * Precision, recall and F1 per category and language on labelled posts:
 *   ../shared/eval/dev and ../shared/eval/test (public corpora) and test/drafts (our own drafts).
 *
 *   npm run eval                          all sets, a table per set
 *   npm run eval -- --set dev             one set (dev, test, drafts)
 *   npm run eval -- --write eval/results.md   also write the tables as Markdown
 *   npm run eval -- --set dev --errors hostile --file en-olid   list misses and false alarms (dev only)
 *
 *   npm run eval -- --help               this list; an unknown flag is a usage error (exit 2)
 *
 * test/ items are never printed: that split is for reporting only.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../src/core';
import type { Category, Lang, Platform } from '../src/core';
import { stopQuietlyWhenPipeCloses } from '../src/cli/closed-pipe';

const LABELLED = ['spam', 'promotional', 'oversharing', 'hostile'] as const;
type Label = (typeof LABELLED)[number];

interface Item {
  id: string;
  lang: Lang;
  text: string;
  labels: Label[];
  platform?: Platform;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  items: number;
  clean: number;
  cleanFlagged: number;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SETS: Record<string, string> = {
  dev: resolve(root, '../shared/eval/dev'),
  test: resolve(root, '../shared/eval/test'),
  drafts: resolve(root, 'test/drafts'),
};

function readItems(file: string): Item[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Item);
}

/** Which labels the checker gives a text. The SMS corpus does not tell spam from selling, so there a promotional finding is a spam one. */
function predict(item: Item, file: string): Set<Label> {
  const { findings } = analyze(item.text, { platform: item.platform });
  const predicted = new Set<Label>();
  for (const finding of findings) {
    if ((LABELLED as readonly Category[]).includes(finding.category)) predicted.add(finding.category as Label);
  }
  if (file.includes('-sms') && predicted.delete('promotional')) predicted.add('spam');
  return predicted;
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, items: 0, clean: 0, cleanFlagged: 0 };
}

function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? NaN : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? NaN : c.tp / (c.tp + c.fn);
  const f = Number.isNaN(p) || Number.isNaN(r) || p + r === 0 ? NaN : (2 * p * r) / (p + r);
  return { p, r, f };
}

const fmt = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(2));

interface Row {
  set: string;
  file: string;
  lang: string;
  category: Label;
  counts: Counts;
}

function evaluate(set: string, options: { errors?: Label; only?: string }): Row[] {
  const dir = SETS[set]!;
  if (!existsSync(dir)) return [];
  const rows: Row[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const file = basename(name, '.jsonl');
    if (options.only && !file.includes(options.only)) continue;
    const byKey = new Map<string, Counts>();
    for (const item of readItems(join(dir, name))) {
      const predicted = predict(item, file);
      for (const category of LABELLED) {
        const key = `${item.lang}\t${category}`;
        const counts = byKey.get(key) ?? emptyCounts();
        byKey.set(key, counts);
        const truth = item.labels.includes(category);
        const guess = predicted.has(category);
        counts.items++;
        if (truth && guess) counts.tp++;
        else if (guess) counts.fp++;
        else if (truth) counts.fn++;
        if (item.labels.length === 0) {
          counts.clean++;
          if (guess) counts.cleanFlagged++;
        }
        if (options.errors === category && truth !== guess && set !== 'test') {
          const what = guess ? 'FALSE ALARM' : 'MISS';
          const found = analyze(item.text, { platform: item.platform }).findings.filter((f) => f.category === category);
          console.log(`${what}\t${item.id}\t${JSON.stringify(item.text)}\t${found.map((f) => `${f.ruleId}:${f.text}`).join(' | ')}`);
        }
      }
    }
    for (const [key, counts] of byKey) {
      const [lang, category] = key.split('\t') as [string, Label];
      // Only rows that say something: the category is labelled in the file, or it fired.
      if (counts.tp + counts.fn + counts.fp > 0) rows.push({ set, file, lang, category, counts });
    }
  }
  return rows;
}

function table(rows: Row[]): string {
  const lines = ['| set | file | lang | category | items | labelled | TP | FP | FN | precision | recall | F1 | clean flagged |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|'];
  for (const { set, file, lang, category, counts } of rows) {
    const { p, r, f } = f1(counts);
    const cleanRate = counts.clean === 0 ? '–' : `${((100 * counts.cleanFlagged) / counts.clean).toFixed(1)} % of ${counts.clean}`;
    lines.push(`| ${set} | ${file} | ${lang} | ${category} | ${counts.items} | ${counts.tp + counts.fn} | ${counts.tp} | ${counts.fp} | ${counts.fn} | ${fmt(p)} | ${fmt(r)} | ${fmt(f)} | ${cleanRate} |`);
  }
  return lines.join('\n');
}

const USAGE = `Usage: npm run eval -- [--set dev|test|drafts] [--file NAME] [--errors CATEGORY] [--write FILE]

Without --set, every set is evaluated, the test split included.
  --set SET          one set: dev, test or drafts
  --file NAME        one file of the set (e.g. en-olid)
  --errors CATEGORY  list the misses and false alarms of one category (dev and drafts only)
  --write FILE       also write the tables as Markdown`;

/** The flags and their values; anything else is a usage error, so a mistyped flag never runs every set. */
function readArgs(): Partial<Record<'set' | 'file' | 'errors' | 'write', string>> {
  const text = { type: 'string' } as const;
  try {
    const { values } = parseArgs({ options: { set: text, file: text, errors: text, write: text, help: { type: 'boolean', short: 'h' } }, strict: true });
    if (!values.help) return values;
    console.log(USAGE);
    process.exit(0);
  } catch {
    console.error(USAGE);
    process.exit(2);
  }
}

function main(): void {
  const parsed = readArgs();
  const sets = parsed.set ? [parsed.set] : ['dev', 'test', 'drafts'];
  const errors = parsed.errors as Label | undefined;
  for (const set of sets) {
    if (!(set in SETS)) throw new Error(`unknown set "${set}": use dev, test or drafts`);
  }
  if (errors && sets.includes('test')) {
    console.error('test/ is for reporting only: --errors works on dev and drafts.');
    process.exit(2);
  }
  const sections: string[] = [];
  const started = performance.now();
  for (const set of sets) {
    const rows = evaluate(set, { errors, only: parsed.file });
    if (rows.length === 0) continue;
    const section = `### ${set}\n\n${table(rows)}`;
    if (!errors) console.log(`${section}\n`);
    sections.push(section);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const out = parsed.write;
  if (out) {
    const header = [
      '# Evaluation figures',
      '',
      `Produced by \`npm run eval -- --write ${out}\` on ${new Date().toISOString().slice(0, 10)} (${seconds} s), default settings (balanced sensitivity, languages detected).`,
      'Sets: `dev` and `test` are the public corpora in `../shared/eval` (see its README: `test/` is for reporting only and no rule was tuned to it); `drafts` are this project\'s own labelled drafts in `test/drafts/`.',
      'Columns: "labelled" = items carrying the category; a row appears where the category is labelled or fired. "clean flagged" = share of items with no label at all on which the category fired.',
      'On `en-sms` a spam or promotional finding counts as spam (the corpus does not separate them).',
      '',
    ].join('\n');
    writeFileSync(resolve(root, out), `${header}\n${sections.join('\n\n')}\n`);
    console.log(`wrote ${out}`);
  }
}

stopQuietlyWhenPipeCloses();
main();
