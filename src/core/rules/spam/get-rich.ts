/** Get-rich schemes: "make $5000 a week from home", "passive income", "double your bitcoin". */
import type { Rule } from '../../rule';
import { GET_RICH } from './data/get-rich';
import { listMatcher } from './util';

const check = listMatcher(GET_RICH, {
  message: {
    en: 'Promises of easy money are the wording of scams and pyramid schemes; readers stop trusting the sender. Say what the work really is.',
    sv: 'Löften om enkla pengar är bedrägeriers och pyramidspels ord; läsarna slutar lita på avsändaren. Säg vad arbetet faktiskt är.',
    nb: 'Løfter om lettjente penger er svindelens og pyramidespillenes ord; leserne slutter å stole på avsenderen. Si hva arbeidet faktisk er.',
    da: 'Løfter om nemme penge er svindlens og pyramidespillenes ord; læserne holder op med at stole på afsenderen. Sig, hvad arbejdet faktisk er.',
    de: 'Versprechen von leichtem Geld sind die Sprache von Betrug und Schneeballsystemen; Leser verlieren das Vertrauen. Sag, worum es wirklich geht.',
  },
});

export const getRich: Rule = {
  id: 'spam.get-rich',
  category: 'spam',
  title: 'Get-rich schemes',
  description: 'Promises of easy money: earnings from home, passive income, doubling crypto, "be your own boss". The wording of scams and pyramid schemes.',
  example: 'Make $5000 a week from home! Be your own boss.',
  severity: 'warning',
  check,
};
