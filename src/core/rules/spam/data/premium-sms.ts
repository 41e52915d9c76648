/** The small print of bulk and premium-rate text messages, per language. */
import type { LexiconData } from '../../../lexicon';
import { phrases, type ListData } from '../util';

/** Opt-out instructions and rate notices: only bulk senders write them. */
export const BULK_NOTICES: LexiconData<ListData> = {
  en: phrases([
    'reply|txt|text|sms stop|end|optout|out',
    'send stop|optout',
    'stop to end|cancel|unsubscribe|stop|optout|opt',
    'to opt out',
    'to unsubscribe',
    'unsubscribe reply|txt|text|send|sms',
    'std txt|text rate|rates',
    'stdtxtrate',
    'standard network charge|charges',
    'msg|msgs rcvd|received|recd',
    'per msg|txt|text|tone|wk',
    'freephone|freefone|call2optout|2optout|2stoptxt|stop2stop|optout',
    'premium|prem rate',
    'network operator',
    'reply or call _',
    'txt|text _ followed by',
    'txt|text _ _ followed by',
  ]),
  sv: phrases(['svara|sms|sms:a|skicka stopp|stop', 'för att avsluta|avregistrera dig svara|sms|skicka', 'kostar _ kr|kronor per sms|min|minut|samtal']),
  nb: phrases(['svar|send|sms stopp|stop', '{for å avslutte|for å melde deg av} svar|send', 'koster _ kr|kroner per|pr sms|min|minutt']),
  nn: phrases(['svar|send|sms stopp|stop', '{for å avslutte|for å melde deg av} svar|send', 'kostar _ kr|kroner per|pr sms|min|minutt']),
  da: phrases(['svar|send|sms stop|stopp', 'for at afmelde svar|send|sms', 'koster _ kr|kroner per|pr sms|min|minut']),
  de: phrases(['{sms|antworte|antworten sie|sende} stop|stopp', 'stop|stopp an', 'zum abmelden|abbestellen', 'kostet _ cent|ct|euro pro sms|min|minute']),
};

/** Verbs of "Txt WORD to 80082" (a keyword sent to a short code) in each language. */
export const SEND_VERBS = ['txt', 'text', 'send', 'reply', 'sms', 'msg', 'skicka', 'sms:a', 'smsa', 'svara', 'svar', 'sende', 'antworte', 'simse'];
/** Prepositions between the keyword and the short code. */
export const TO_WORDS = ['to', 'till', 'til', 'an', 'on'];
