import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LANGUAGES = ['en', 'sv', 'nb', 'nn', 'da', 'de'] as const;
const PLATFORMS = ['linkedin', 'facebook', 'x'];
const LABELS = ['spam', 'promotional', 'oversharing', 'hostile'];
const MIN_DRAFTS = 50;
const MIN_CLEAN = 16;

interface Draft {
  id: string;
  lang: string;
  platform: string;
  text: string;
  labels: string[];
}

const here = dirname(fileURLToPath(import.meta.url));

/** Each line of the file with its 1-based line number, so a failure names the line. */
function readLines(lang: string): { line: number; raw: string }[] {
  const content = readFileSync(resolve(here, `${lang}.jsonl`), 'utf8');
  const lines = content.split('\n');
  // One trailing newline is expected; any other empty line is a mistake.
  if (lines.at(-1) === '') lines.pop();
  return lines.map((raw, index) => ({ line: index + 1, raw }));
}

function readDrafts(lang: string): Draft[] {
  return readLines(lang).map(({ raw }) => JSON.parse(raw) as Draft);
}

describe.each(LANGUAGES)('test/drafts/%s.jsonl', (lang) => {
  it('has one JSON object with exactly id, lang, platform, text and labels on every line', () => {
    for (const { line, raw } of readLines(lang)) {
      let draft: unknown;
      expect(() => (draft = JSON.parse(raw)), `line ${line} is not JSON`).not.toThrow();
      expect(draft, `line ${line}`).toBeTypeOf('object');
      expect(Object.keys(draft as object).sort(), `line ${line}`).toEqual(['id', 'labels', 'lang', 'platform', 'text']);
    }
  });

  it('gives every draft an id of the form <lang>-NNN, its own language, a platform and some text', () => {
    for (const draft of readDrafts(lang)) {
      expect(draft.id).toMatch(new RegExp(`^${lang}-\\d{3}$`));
      expect(draft.lang, draft.id).toBe(lang);
      expect(PLATFORMS, draft.id).toContain(draft.platform);
      expect(typeof draft.text === 'string' && draft.text.trim().length > 0, draft.id).toBe(true);
    }
  });

  it('uses only the four labels, each at most once', () => {
    for (const draft of readDrafts(lang)) {
      expect(Array.isArray(draft.labels), draft.id).toBe(true);
      for (const label of draft.labels) expect(LABELS, draft.id).toContain(label);
      expect(new Set(draft.labels).size, draft.id).toBe(draft.labels.length);
    }
  });

  it(`has at least ${MIN_DRAFTS} drafts, no text twice, every category and at least ${MIN_CLEAN} clean ones`, () => {
    const drafts = readDrafts(lang);
    expect(drafts.length).toBeGreaterThanOrEqual(MIN_DRAFTS);
    expect(new Set(drafts.map((draft) => draft.text)).size).toBe(drafts.length);
    for (const label of LABELS) {
      expect(drafts.some((draft) => draft.labels.includes(label)), `no ${label} draft`).toBe(true);
    }
    expect(drafts.filter((draft) => draft.labels.length === 0).length).toBeGreaterThanOrEqual(MIN_CLEAN);
  });

  it('uses every platform', () => {
    const used = new Set(readDrafts(lang).map((draft) => draft.platform));
    expect([...used].sort()).toEqual([...PLATFORMS].sort());
  });
});

describe('test/drafts', () => {
  it('never uses the same id twice across the languages', () => {
    const ids = LANGUAGES.flatMap((lang) => readDrafts(lang).map((draft) => draft.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the counts the README table gives for each file', () => {
    const readme = readFileSync(resolve(here, 'README.md'), 'utf8');
    for (const lang of LANGUAGES) {
      const drafts = readDrafts(lang);
      const counts = [
        drafts.length,
        ...LABELS.map((label) => drafts.filter((draft) => draft.labels.includes(label)).length),
        drafts.filter((draft) => draft.labels.length === 0).length,
      ];
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${lang}.jsonl\` |`));
      expect(row, `README has no row for ${lang}.jsonl`).toBeDefined();
      const cells = row!.split('|').slice(3, -1).map((cell) => Number(cell.trim()));
      expect(cells, `README row for ${lang}.jsonl`).toEqual(counts);
    }
  });
});
