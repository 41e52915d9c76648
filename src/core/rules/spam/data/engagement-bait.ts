/**
 * Comment, like and react baiting: asking for a reaction instead of earning one. Facebook and
 * LinkedIn demote posts that ask for a set reply ("comment YES"), a like to show agreement, or
 * dare readers not to scroll past. Each list is everyday wording in its own language.
 */
import type { LexiconData } from '../../../lexicon';
import { phrases, type ListData } from '../util';

const ASK = { en: ['What do you think?'], sv: ['Vad tycker du?'], nb: ['Hva tenker du?'], nn: ['Kva tenkjer du?'], da: ['Hvad tænker du?'], de: ['Was denkst du?'] };

export const ENGAGEMENT_BAIT: LexiconData<ListData> = {
  en: [
    ...phrases(
      [
        'comment yes|no|amen|me|done|interested|info|guide|link|ready|agree|want|send|go|1|2|yes',
        'comment _ below|if|and|for|to',
        'type yes|no|amen|me|done|agree|ready|info if|and|below|in',
        'type 1|2|3 if|below',
        'type amen',
        'reply yes|me|1|amen|done|info if|and|below',
        'write yes|amen|me|1 below|if',
        'write|type|comment yes|amen|me|1|2|info in the comments',
        'say amen if',
        'drop a yes|comment|like|me|heart below|if',
        'drop your answer|answers|guess below',
        'like if you|u agree|remember|love|want|are|think',
        '{like this if|like this post if}',
        '{hit like if|hit the like button}',
        'smash that|the like button',
        'smash like',
        'give this a like|thumbs if',
        'leave a like if',
        'like and comment|share',
        'like comment and share',
        'like comment share',
        'double tap if',
        'react if you',
        'ignore if you',
        "don't scroll without|past",
        'do not scroll without|past',
      ],
      { suggestions: ASK.en, opener: true },
    ),
    ...phrases(['will scroll past|ignore this', 'only a true _ will', 'only geniuses can', 'bet you can’t|can\'t|cant', 'i bet you won\'t|won’t|wont', '1 like 1'], { suggestions: ASK.en, opener: false }),
    ...phrases(['agree or disagree', 'who agrees', 'who else agrees'], { suggestions: ASK.en, sureness: 0, opener: false }),
  ],
  sv: [
    ...phrases(
      [
        'kommentera ja|nej|jag|mig|amen|klar|info|gärna|här|1|2',
        'kommentera _ nedan|om|så',
        'skriv ja|jag|amen|klar|info|gärna|1|2 om|nedan|så',
        'skriv ja|jag|amen|klar|info|1|2 i kommentarerna|kommentarsfältet|kommentarsfälten',
        'gilla om du|ni håller|minns|älskar|vill|tycker|också',
        'gilla om du|ni håller med',
        'gilla inlägget om',
        'tryck gilla om',
        'tryck på gilla om',
        'gilla och dela|kommentera',
        'gilla kommentera och dela',
        'dubbeltryck om',
        'reagera om du',
        'scrolla inte förbi|vidare',
      ],
      { suggestions: ASK.sv, opener: true },
    ),
    ...phrases(['de flesta kommer att scrolla förbi', 'bara ett geni kan', 'jag slår vad om att du inte'], { suggestions: ASK.sv, opener: false }),
    ...phrases(['håller du med eller inte', 'vem håller med'], { suggestions: ASK.sv, sureness: 0, opener: false }),
  ],
  nb: [
    ...phrases(
      [
        'kommenter ja|nei|meg|amen|info|her|1|2',
        'kommenter _ under|nedenfor|hvis|om|så',
        'skriv ja|meg|amen|info|1|2 under|nedenfor|hvis|om|så',
        'skriv ja|meg|amen|info|1|2 i kommentarfeltet|kommentarene|kommentarfeltet',
        'lik hvis du|dere er|husker|elsker|vil',
        'lik hvis|om du|dere er enig|enige',
        'lik om du|dere er|husker|elsker|vil',
        'lik innlegget hvis',
        'trykk liker hvis',
        'trykk lik hvis',
        'lik og del|kommenter',
        'lik kommenter og del',
        'dobbelttrykk hvis',
        'reager hvis du',
        'ikke scroll|bla forbi|videre',
      ],
      { suggestions: ASK.nb, opener: true },
    ),
    ...phrases(['de fleste kommer til å scrolle forbi', 'bare et geni kan'], { suggestions: ASK.nb, opener: false }),
    ...phrases(['enig eller uenig', 'hvem er enig'], { suggestions: ASK.nb, sureness: 0, opener: false }),
  ],
  nn: [
    ...phrases(
      [
        'kommenter ja|nei|eg|meg|amen|info|her|1|2',
        'kommenter _ under|nedanfor|viss|om|så',
        'skriv ja|eg|amen|info|1|2 under|nedanfor|viss|om|så',
        'skriv ja|eg|amen|info|1|2 i kommentarfeltet|kommentarane',
        'lik viss du|de er|hugsar|elskar|vil',
        'lik viss|om du|de er einig|einige',
        'lik om du|de er|hugsar|elskar|vil',
        'trykk lik viss',
        'lik og del|kommenter',
        'ikkje scroll|bla forbi|vidare',
      ],
      { suggestions: ASK.nn, opener: true },
    ),
    ...phrases(['einig eller ueinig', 'kven er einig'], { suggestions: ASK.nn, sureness: 0, opener: false }),
  ],
  da: [
    ...phrases(
      [
        'kommenter ja|nej|mig|amen|info|her|1|2',
        'kommenter _ nedenfor|herunder|hvis|så',
        'skriv ja|mig|amen|info|1|2 nedenfor|herunder|hvis|så',
        'skriv ja|mig|amen|info|1|2 i kommentarfeltet|kommentarerne|kommentarsporet',
        'like hvis du|i er|husker|elsker|vil',
        'like hvis du|i er enig|enige',
        'like opslaget hvis',
        'tryk like hvis',
        'tryk synes godt om hvis',
        'synes godt om hvis',
        'giv et like hvis',
        'like og del|kommenter',
        'like kommenter og del',
        'dobbelttryk hvis',
        'reager hvis du',
        'scroll ikke forbi|videre',
      ],
      { suggestions: ASK.da, opener: true },
    ),
    ...phrases(['de fleste vil scrolle forbi', 'kun et geni kan'], { suggestions: ASK.da, opener: false }),
    ...phrases(['enig eller uenig', 'hvem er enig'], { suggestions: ASK.da, sureness: 0, opener: false }),
  ],
  de: [
    ...phrases(
      [
        'kommentiere|kommentiert ja|nein|amen|info|hier|1|2',
        'kommentiere|kommentiert _ unten|wenn|und',
        'schreib|schreibe|schreibt ja|amen|info|1|2 unten|wenn|und',
        'schreib|schreibe|schreibt ja|amen|info|1|2 in die kommentare',
        'like|liken wenn du|ihr zustimmst|zustimmt|dich|euch',
        'gefällt mir wenn',
        'daumen hoch wenn',
        'like und teile|kommentiere',
        'liken und teilen|kommentieren',
        'liken kommentieren und teilen',
        'doppeltippen wenn',
        'reagiere wenn du',
        'nicht weiterscrollen',
        'scroll nicht weiter',
        'scrolle nicht weiter',
      ],
      { suggestions: ASK.de, opener: true },
    ),
    ...phrases(['die meisten werden weiterscrollen', 'nur ein genie kann', 'wetten dass du nicht'], { suggestions: ASK.de, opener: false }),
    ...phrases(['stimmst du zu', 'wer stimmt zu'], { suggestions: ASK.de, sureness: 0, opener: false }),
  ],
};

/**
 * Verbs that, said at the start of a sentence and followed by an emoji, ask readers to answer
 * with that emoji ("Drop a 🔥 below", "Kommentera 🙌").
 */
export const EMOJI_BAIT_VERBS: LexiconData<ListData> = {
  en: phrases(['drop a|an|your|some', 'drop', 'comment', 'comment with|a', 'type', 'type a', 'reply with', 'react with', 'leave a|an|your', '{send a|send me a}', 'hit', 'hit the', 'smash the|that', 'give me a|an', 'give it a']),
  sv: phrases(['kommentera', 'kommentera med', 'skriv', 'skriv en|ett', 'släng in en|ett', 'lägg en|ett', 'reagera med', 'svara med', 'tryck på', 'ge mig en|ett']),
  nb: phrases(['kommenter', 'kommenter med', 'skriv', 'skriv en|et', 'slipp en|et', 'legg igjen en|et', 'reager med', 'svar med', 'trykk på', 'gi meg en|et']),
  nn: phrases(['kommenter', 'kommenter med', 'skriv', 'skriv ein|eit', 'legg att ein|eit', 'reager med', 'svar med', 'trykk på', 'gi meg ein|eit']),
  da: phrases(['kommenter', 'kommenter med', 'skriv', 'skriv en|et', 'smid en|et', 'efterlad en|et', 'reager med', 'reagér med', 'svar med', 'tryk på', 'giv mig en|et']),
  de: phrases(['kommentiere', 'kommentiere mit', 'schreib', 'schreibe', 'schreib ein|eine|einen', 'lass ein|eine|einen', 'hinterlasse ein|eine|einen', 'reagiere mit', 'antworte mit', 'drück', 'gib mir ein|eine|einen']),
};
