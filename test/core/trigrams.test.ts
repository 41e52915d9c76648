import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { trigramScorer } from '../../src/core/trigrams';

const ONLY = ['eng', 'swe', 'nob', 'nno', 'dan', 'deu'];
const score = trigramScorer(ONLY, 40);

const SAMPLES = [
  'I think this is the best thing we have done this year and I am proud of the whole team',
  'Jag är så glad att vi äntligen är här och inte hemma, det har varit en lång resa för oss alla',
  'Ich bin nicht sicher ob das wirklich die beste Lösung ist aber wir versuchen es trotzdem noch einmal',
  'Eg veit ikkje kva eg skal gjere med dette men det er fint at vi er her saman i dag',
  'Jeg ved ikke hvad jeg skal gøre af mig selv i dag men det er dejligt at være hjemme igen',
  'Jeg vet ikke hva jeg skal gjøre av meg selv i dag men det er deilig å være hjemme igjen',
  'Nå er det slutt på kaffen og vi må handle mer før møtet i morgen tidlig klokka åtte',
  'Привет мир это тест на русском языке и ещё немного текста для проверки',
  '中文文本测试这是一个很长的句子用于测试语言检测功能和更多的文字内容',
  'Mixed 2024!!! numbers, punctuation; and CAPITALS here: WE ARE HIRING NOW in Oslo',
  'too short',
  'aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa',
];

describe('trigram vote', () => {
  it('gives the same languages and scores as franc restricted to the six languages', () => {
    for (const text of SAMPLES) expect(score(text)).toEqual(francAll(text, { only: ONLY, minLength: 40 }));
  });
  it('gives franc’s answers on every draft, and on text mixing scripts, emoji and lone surrogates', () => {
    const drafts = readdirSync('test/drafts')
      .filter((name) => name.endsWith('.jsonl'))
      .flatMap((name) => readFileSync(join('test/drafts', name), 'utf8').split('\n').filter((line) => line.trim() !== ''))
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const mixed = [
      'Hello 世界 this is mixed with 日本語のテキスト and Ελληνικά words and more English text here',
      'Привет Hello Привет Hello Привет Hello Привет Hello Привет Hello Привет',
      '😂😂 Jeg elsker det her 🇳🇴🇳🇴 \uD83D alone \uDE00 surrogates 𝐛𝐨𝐥𝐝 letters and ｆｕｌｌ width',
      'שלום world עברית mixed with English words to reach the minimum length here',
    ];
    for (const text of [...drafts, ...mixed]) expect(score(text)).toEqual(francAll(text, { only: ONLY, minLength: 40 }));
  });
  it('abstains on short text and on text in other scripts', () => {
    expect(score('too short')).toEqual([['und', 1]]);
    expect(score(SAMPLES[7]!)).toEqual([['und', 1]]);
  });
});
