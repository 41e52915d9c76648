import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/doc';

const langs = (text: string) => [...buildDoc(text).langs].sort();

describe('language detection', () => {
  it('recognises each language from everyday words', () => {
    expect(buildDoc('I think this is the best thing we have done this year').language).toBe('en');
    expect(buildDoc('Jag är så glad att vi äntligen är här och inte hemma').language).toBe('sv');
    expect(buildDoc('Ich bin nicht sicher, ob das wirklich die beste Lösung ist').language).toBe('de');
    expect(buildDoc('Eg veit ikkje kva eg skal gjere med dette, men det er fint').language).toBe('nn');
    expect(buildDoc('Jeg ved ikke hvad jeg skal gøre af mig selv i dag').language).toBe('da');
    expect(buildDoc('Jeg vet ikke hva jeg skal gjøre av meg selv i dag').language).toBe('nb');
  });
  it('applies Scandinavian lists together when they cannot be told apart', () => {
    expect(langs('Det er fint at vi er her')).toEqual(['da', 'nb', 'nn']);
  });
  it('detects a mixed post sentence by sentence', () => {
    const doc = buildDoc('This is what we have been working on for months. Jag är så stolt över teamet och vad vi har gjort.');
    expect([...doc.sentenceLangs[0]!]).toEqual(['en']);
    expect([...doc.sentenceLangs[1]!]).toEqual(['sv']);
  });
  it('honours pinned languages', () => {
    expect(langs('Hello there, this is English')).toEqual(['en']);
    expect([...buildDoc('Hello there', ['nb', 'nn']).langs]).toEqual(['nb', 'nn']);
  });
  it('says und for text without any signal', () => {
    expect(buildDoc('🚀🚀🚀').language).toBe('und');
  });
});
