/** Follow-for-follow and like-for-like swaps, as words and as the hashtags that carry them. */
import type { LexiconData } from '../../../lexicon';
import { phrases, type ListData } from '../util';

export const FOLLOW_FOR_FOLLOW: LexiconData<ListData> = {
  // The English swaps are used as loanwords and hashtags in every language.
  en: phrases(
    ['f4f', 'follow4follow', 'followforfollow', 'follow for follow', 'followback', 'follow back', 'followbacks', 'teamfollowback', 'l4l', 'like4like', 'likeforlike', 'sub4sub', 'subforsub', 'comment4comment', 'gain followers', 'free followers', 'instant followers', 'follow train', 'followtrain', 'gaintrain', 'let’s|let\'s|lets follow each other', 'follow each other', 'i always follow back', 'follow me and i’ll|i\'ll|ill|i follow you', 'follow me and i will follow you', 'i’ll|i\'ll|ill|i always follow you back', 'i will always follow you back'],
    { anywhere: true },
  ).concat(phrases(['follow me for more', 'follow for more'], { sureness: 0 })),
  sv: phrases(['följ för följ', 'följ tillbaka', 'följer tillbaka', 'följ mig så följer jag dig', 'så följer jag tillbaka', 'följer jag tillbaka', 'låt oss följa varandra', 'följ varandra', 'gilla för gilla', 'fler följare snabbt', 'gratis följare']),
  nb: phrases(['følg for følg', 'følg tilbake', 'følger tilbake', 'følg meg så følger jeg deg', 'så følger jeg tilbake', 'følger jeg tilbake', 'la oss følge hverandre', 'følg hverandre', 'lik for lik', 'gratis følgere', 'flere følgere raskt']),
  nn: phrases(['følg for følg', 'følg tilbake', 'følgjer tilbake', 'følg attende', 'følgjer attende', 'følg meg så følgjer eg deg', 'så følgjer eg tilbake|attende', 'følgjer eg tilbake|attende', 'lat oss følgje kvarandre', 'følg kvarandre', 'gratis følgjarar']),
  da: phrases(['følg for følg', 'følg tilbage', 'følger tilbage', 'følg mig så følger jeg dig', 'så følger jeg tilbage', 'følger jeg tilbage', 'lad os følge hinanden', 'følg hinanden', 'gratis følgere', 'flere følgere hurtigt']),
  de: phrases(['folge für folge', 'follow für follow', 'folge zurück', 'folge zurueck', 'folge dir zurück', 'folgst du mir folge ich dir', 'folge ich zurück', 'folge ich dir zurück', 'lass uns gegenseitig folgen', 'gegenseitig folgen', 'like für like', 'kostenlose follower', 'gratis follower', 'schnell mehr follower']),
};
