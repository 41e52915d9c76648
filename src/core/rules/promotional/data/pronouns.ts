/**
 * First-person plural and second-person words, per language, for weighing whom a post is about.
 * Left out on purpose: Nynorsk "me" (English "me"), Swedish "er/era/ert" (Danish and Norwegian
 * "er" = is, English "era"), Danish "I" (= in), and German "sie/ihr", which are counted apart
 * (capitalised mid-sentence they are the polite "you").
 */
import type { Lang } from '../../../types';

export const WE: Record<Lang, readonly string[]> = {
  en: ['we', "we're", 'we’re', "we've", 'we’ve', "we'll", 'we’ll', "we'd", 'our', 'ours', 'ourselves', 'us'],
  sv: ['vi', 'vår', 'vårt', 'våra', 'oss'],
  nb: ['vi', 'vår', 'vårt', 'våre', 'oss'],
  nn: ['vi', 'vår', 'vårt', 'våre', 'oss'],
  da: ['vi', 'vores', 'vor', 'vort', 'os'],
  de: ['wir', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres', 'uns'],
};

export const YOU: Record<Lang, readonly string[]> = {
  en: ['you', 'your', "you're", 'you’re', 'yours', "you've", 'you’ve', "you'll", 'you’ll', "you'd", 'yourself', 'yourselves', 'u', 'ur'],
  sv: ['du', 'dig', 'dej', 'din', 'ditt', 'dina', 'ni'],
  nb: ['du', 'deg', 'din', 'ditt', 'dine', 'dere', 'deres'],
  nn: ['du', 'deg', 'din', 'ditt', 'dine', 'dykk', 'dykkar'],
  da: ['du', 'dig', 'din', 'dit', 'dine', 'jer', 'jeres'],
  de: ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure', 'euren', 'eurem', 'eurer'],
};

/** German polite "you", counted only when capitalised inside a sentence. */
export const GERMAN_POLITE_YOU: ReadonlySet<string> = new Set(['sie', 'ihnen', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres']);
