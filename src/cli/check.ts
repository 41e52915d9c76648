/**
 * The command-line checker: the analysis core for people, scripts and batches.
 * Exit codes: 0 done, 1 a finding at or above --fail-on, 2 usage error.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze, CATEGORIES, LANGUAGES, PLATFORMS, SENSITIVITIES, SEVERITIES, UI_LANGUAGES } from '../core';
import type { AnalyzeOptions, Category, Finding, Platform, Severity } from '../core';
import { stopQuietlyWhenPipeCloses } from './closed-pipe';

const USAGE = `Usage: npm run check -- [options] "some text" | FILE | -
       npm run check -- [options] --jsonl FILE

Checks a social-media draft for spam, over-promotion, oversharing and hostility.

Options:
  --platform NAME        linkedin, facebook or x (enables platform limits)
  --lang LANG[,LANG]     pin the languages: en, sv, nb, nn, da, de (default: detect)
  --sensitivity LEVEL    strict, balanced (default) or relaxed
  --disable ID[,ID]      switch rules or categories off (e.g. spam.shouting,platform)
  --ui-lang LANG         language of the messages: en, sv, nb, da, de
  --json                 print one JSON document
  --jsonl FILE           batch: each line {"id", "text", "platform"?} gives one line
                         {"id", "language", "findings"} in the same order ("-" = stdin)
  --fail-on SEVERITY     exit 1 when a finding is info, warning or critical or above
  -h, --help             show this help`;

class UsageError extends Error {}

interface Cli {
  input?: string;
  jsonl?: string;
  json: boolean;
  failOn?: Severity;
  options: AnalyzeOptions;
}

function listOf<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  for (const item of items) {
    if (!allowed.includes(item as T)) throw new UsageError(`unknown ${what} "${item}" (expected ${allowed.join(', ')})`);
  }
  return items as T[];
}

function parseArgs(args: string[]): Cli | 'help' {
  const cli: Cli = { json: false, options: {} };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    switch (arg) {
      case '-h':
      case '--help':
        return 'help';
      case '--json':
        cli.json = true;
        break;
      case '--jsonl':
        cli.jsonl = value();
        break;
      case '--platform':
        cli.options.platform = listOf(value(), PLATFORMS, 'platform')[0];
        break;
      case '--lang':
        cli.options.languages = listOf(value(), LANGUAGES, 'language');
        break;
      case '--sensitivity':
        cli.options.sensitivity = listOf(value(), SENSITIVITIES, 'sensitivity')[0];
        break;
      case '--ui-lang':
        cli.options.uiLanguage = listOf(value(), UI_LANGUAGES, 'interface language')[0];
        break;
      case '--fail-on':
        cli.failOn = listOf(value(), SEVERITIES, 'severity')[0];
        break;
      case '--disable': {
        const ids = value().split(',').map((id) => id.trim()).filter(Boolean);
        cli.options.disabledCategories = ids.filter((id): id is Category => (CATEGORIES as readonly string[]).includes(id));
        cli.options.disabledRules = ids.filter((id) => id.includes('.'));
        break;
      }
      default:
        if (arg.startsWith('--') && arg !== '--') throw new UsageError(`unknown option ${arg}`);
        if (arg !== '--') positional.push(arg);
    }
  }
  if (cli.jsonl !== undefined && positional.length > 0) throw new UsageError('give either --jsonl FILE or a text, not both');
  if (cli.jsonl === undefined && positional.length !== 1) {
    throw new UsageError(positional.length === 0 ? 'nothing to check' : 'give the text as one argument (quote it)');
  }
  cli.input = positional[0];
  return cli;
}

/** A path to an existing file, `-` for standard input, or else the text itself. */
function readInput(input: string): string {
  if (input === '-') return readFileSync(0, 'utf8');
  if (input.length < 4096 && !input.includes('\n') && existsSync(input) && statSync(input).isFile()) return readFileSync(input, 'utf8');
  return input;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

function meets(findings: readonly Finding[], failOn: Severity | undefined): boolean {
  return failOn !== undefined && findings.some((finding) => RANK[finding.severity] >= RANK[failOn]);
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

function printForPeople(text: string, language: string, findings: readonly Finding[]): void {
  const colour = process.stdout.isTTY ? (code: number, s: string) => `\x1b[${code}m${s}\x1b[0m` : (_: number, s: string) => s;
  const severityColour: Record<Severity, number> = { info: 36, warning: 33, critical: 31 };
  console.log(`language: ${language}`);
  for (const finding of findings) {
    const where = `${lineAndColumn(text, finding.start)}-${lineAndColumn(text, finding.end)}`;
    console.log(`\n${where}  ${colour(severityColour[finding.severity], finding.severity)}  ${finding.category}  ${colour(2, finding.ruleId)}  ${JSON.stringify(finding.text)}`);
    console.log(`  ${finding.message}`);
    for (const suggestion of finding.suggestions) console.log(`  → ${suggestion === '' ? '(remove it)' : JSON.stringify(suggestion)}`);
  }
  const bySeverity = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const summary = bySeverity.map(([s, n]) => `${n} ${s}`).join(', ');
  console.log(`\n${findings.length === 0 ? 'No findings.' : `${findings.length} finding${findings.length === 1 ? '' : 's'} (${summary})`}`);
}

async function runBatch(cli: Cli): Promise<boolean> {
  const stream = cli.jsonl === '-' ? process.stdin : createReadStream(cli.jsonl!, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  let failed = false;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let item: { id?: unknown; text?: unknown; platform?: unknown };
    try {
      item = JSON.parse(line) as typeof item;
    } catch {
      console.error(`line ${lineNumber}: not JSON, skipped`);
      continue;
    }
    if (item === null || typeof item !== 'object' || typeof item.text !== 'string') {
      console.error(`line ${lineNumber}: no "text" string, skipped`);
      continue;
    }
    if (item.platform !== undefined && !(PLATFORMS as readonly unknown[]).includes(item.platform)) {
      console.error(`line ${lineNumber}: unknown platform ${JSON.stringify(item.platform)}, skipped`);
      continue;
    }
    const options = { ...cli.options, platform: (item.platform as Platform | undefined) ?? cli.options.platform };
    const { language, findings } = analyze(item.text, options);
    failed ||= meets(findings, cli.failOn);
    process.stdout.write(`${JSON.stringify({ id: item.id ?? null, language, findings })}\n`);
  }
  return failed;
}

async function main(): Promise<number> {
  let cli: Cli | 'help';
  try {
    cli = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`check: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (cli === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (cli.jsonl !== undefined) {
    if (cli.jsonl !== '-' && !existsSync(cli.jsonl)) {
      console.error(`check: no such file: ${cli.jsonl}`);
      return 2;
    }
    return (await runBatch(cli)) ? 1 : 0;
  }
  const text = readInput(cli.input!);
  const { language, findings } = analyze(text, cli.options);
  if (cli.json) console.log(JSON.stringify({ language, findings }, null, 2));
  else printForPeople(text, language, findings);
  return meets(findings, cli.failOn) ? 1 : 0;
}

stopQuietlyWhenPipeCloses();
process.exitCode = await main();
