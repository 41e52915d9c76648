/** Words of vote baiting: reactions used as a ballot ("❤️ for A, 😮 for B"). */
import type { Lang } from '../../../types';

/** Words that tie an emoji to an answer: "❤️ for yes", "👍 om du håller med", "😮 wenn …". */
export const VOTE_LINKS: Record<Lang, readonly string[]> = {
  en: ['for', 'if', 'means', 'is'],
  sv: ['för', 'om', 'betyder', 'är'],
  nb: ['for', 'hvis', 'betyr', 'er'],
  nn: ['for', 'viss', 'tyder', 'er'],
  da: ['for', 'hvis', 'betyder', 'er'],
  de: ['für', 'wenn', 'falls', 'bedeutet', 'ist'],
};

/** Words that ask for a vote or a reaction. */
export const VOTE_VERBS: Record<Lang, readonly string[]> = {
  en: ['react', 'reaction', 'vote', 'votes', 'pick', 'choose', 'poll'],
  sv: ['reagera', 'rösta', 'röstar', 'välj', 'omröstning'],
  nb: ['reager', 'stem', 'stemme', 'velg', 'avstemning'],
  nn: ['reager', 'stem', 'røyst', 'vel', 'avstemming'],
  da: ['reager', 'reagér', 'stem', 'vælg', 'afstemning'],
  de: ['reagiere', 'reagiert', 'stimme', 'stimmt', 'abstimmen', 'wähle', 'wählt', 'umfrage'],
};
