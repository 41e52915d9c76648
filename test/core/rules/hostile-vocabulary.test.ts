import { describe, expect, it } from 'vitest';
import { analyze, type Lang } from '../../../src/core';
import { graded } from '../../../src/core/rules/hostile/data/build';

/** The hostile findings of a draft as [rule, flagged text] pairs, checking each offset. */
function flags(text: string, languages?: Lang[]): Array<[string, string]> {
  return analyze(text, { languages })
    .findings.filter((f) => f.category === 'hostile')
    .map((f) => {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      return [f.ruleId, f.text];
    });
}

describe('German vocabulary of abuse', () => {
  it.each<[string, string, string]>([
    // Names for a fool, with inflections and compounds.
    ['Was für ein Knallkopf.', 'hostile.insult', 'Knallkopf'],
    ['Diese Hornochsen in der Verwaltung!', 'hostile.insult', 'Hornochsen'],
    ['Der Typ ist völlig unterbelichtet.', 'hostile.insult', 'unterbelichtet'],
    ['Nur Vollhorste und Dünnbrettbohrer hier.', 'hostile.insult', 'Vollhorste'],
    // Contempt for character.
    ['Ein widerwärtiges Verhalten von diesem Drecksack.', 'hostile.insult', 'widerwärtiges'],
    ['Scheinheilige Heuchler, alle miteinander.', 'hostile.insult', 'Scheinheilige'],
    ['Dieses Pack gehört nicht in den Bundestag.', 'hostile.insult', 'Dieses Pack'],
    ['Das ganze Pack muss weg.', 'hostile.insult', 'Das ganze Pack'],
    ['Was für ein Kotzbrocken.', 'hostile.insult', 'Kotzbrocken'],
    // Political name-calling.
    ['Diese Volksfeinde und Deutschlandhasser regieren uns.', 'hostile.insult', 'Volksfeinde'],
    ['Die Hetzpresse lügt wie gedruckt.', 'hostile.insult', 'Hetzpresse'],
    ['So ein Ökonazi.', 'hostile.insult', 'Ökonazi'],
    // Idioms for someone out of their mind.
    ['Die hat doch einen an der Waffel.', 'hostile.insult', 'einen an der Waffel'],
    ['Der hat nicht alle Tassen im Schrank.', 'hostile.insult', 'nicht alle Tassen im Schrank'],
  ])('flags %s', (text, rule, flagged) => {
    expect(flags(text, ['de'])).toContainEqual([rule, flagged]);
  });

  it('flags dehumanising metaphors and calls for violence', () => {
    expect(flags('Diese Leute sind doch Ratten.', ['de'])).toContainEqual(['hostile.slur', 'sind doch Ratten']);
    expect(flags('Die braune Pest ist zurück.', ['de'])).toContainEqual(['hostile.slur', 'braune Pest']);
    expect(flags('Der gehört verprügelt.', ['de'])).toContainEqual(['hostile.threat', 'gehört verprügelt']);
    expect(flags('Tod den Verrätern!', ['de'])).toContainEqual(['hostile.threat', 'Tod den']);
  });

  it('flags vulgar words in their inflected forms', () => {
    expect(flags('Dieser verschissene Thread nervt.', ['de'])).toContainEqual(['hostile.profanity', 'verschissene']);
    expect(flags('Du Wixxer.', ['de'])).toContainEqual(['hostile.profanity', 'Wixxer']);
  });
});

describe('contempt said of a person or a group', () => {
  it.each<[Lang, string, string]>([
    ['de', 'Die Grünen sind einfach realitätsfern.', 'realitätsfern'],
    ['de', 'Politiker sind allesamt korrupt.', 'korrupt'],
    ['de', 'Die ist absolut unfähig.', 'unfähig'],
    ['de', 'Diese Pfeife soll Minister sein?', 'Pfeife'],
    ['en', 'Liberals are corrupt.', 'corrupt'],
    ['en', "They're all nuts.", 'nuts'],
    ['en', 'She is absolutely useless.', 'useless'],
    ['en', 'He is unethical.', 'unethical'],
    ['sv', 'Politikerna är helt korrupta.', 'korrupta'],
    ['sv', 'Dessa clowner styr landet.', 'clowner'],
    ['nb', 'Politikerne er jo feige.', 'feige'],
    ['nn', 'Politikarane er berre arrogante.', 'arrogante'],
    ['da', 'Svenskerne er så arrogante.', 'arrogante'],
    ['da', 'Disse nazister skal ikke bestemme.', 'nazister'],
  ])('flags in %s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang])).toContainEqual(['hostile.insult', flagged]);
  });

  it('leaves the same words alone when said of things', () => {
    expect(flags('Die Lage ist katastrophal, der Plan ist weltfremd.', ['de'])).toEqual([]);
    expect(flags('This tool is useless for us.', ['en'])).toEqual([]);
    expect(flags('The old system was corrupt and slow.', ['en'])).toEqual([]);
    expect(flags('Resultatet är uselt och planen är falsk.', ['sv'])).toEqual([]);
  });
});

describe('Nordic and English additions', () => {
  it.each<[Lang, string, string, string]>([
    ['sv', 'Vilken mupp du är.', 'hostile.insult', 'mupp'],
    ['sv', 'Han är en lögnhals och ett rasistsvin.', 'hostile.insult', 'lögnhals'],
    ['nb', 'For en tufs.', 'hostile.insult', 'tufs'],
    ['nb', 'De skal ha juling.', 'hostile.threat', 'skal ha juling'],
    ['nn', 'Han er ein løgnhals.', 'hostile.insult', 'løgnhals'],
    ['da', 'Tudekællingerne råber igen.', 'hostile.insult', 'Tudekællingerne'],
    ['da', 'Det er en modbydelig slyngel.', 'hostile.insult', 'modbydelig'],
    ['da', 'Død over svensken!', 'hostile.threat', 'Død over'],
    ['en', 'What a nincompoop.', 'hostile.insult', 'nincompoop'],
    ['en', 'Death to the traitors.', 'hostile.threat', 'Death to'],
  ])('flags in %s: %s', (lang, text, rule, flagged) => {
    expect(flags(text, [lang])).toContainEqual([rule, flagged]);
  });
});

describe('clean look-alikes stay clean', () => {
  it.each<[Lang | undefined, string]>([
    ['de', 'Das Ergebnis ist verrückt gut, krass und einfach geil!'],
    ['de', 'Ein Wildschwein im Garten, und der innere Schweinehund siegt.'],
    ['de', 'Unser Starter-Pack und das Sechserpack sind da. Die Feige ist reif.'],
    ['de', 'Das Sparschwein ist voll. Neonazis marschierten gestern in der Stadt, berichtet die Polizei.'],
    ['de', 'Wir suchen Verstärkung für unsere Band. Die Rasselbande freut sich auf euch.'],
    ['de', 'Das Fenster ist nicht ganz dicht, wir reparieren es.'],
    ['en', 'We are killing it with a killer feature, crushing our goals with brutal honesty.'],
    ['en', 'Pure dumb luck, and the sick day policy helped. You are entitled to a refund.'],
    ['en', 'The outlook is grim, but these numbers are insane in a good way.'],
    ['sv', 'Det gick sjukt bra! Vi köpte ett marsvin till kontoret.'],
    ['nb', 'Det var dritbra, og folk er fornøyde.'],
    ['da', 'Det var pisse godt, og folk var glade.'],
    [undefined, 'Kind regards from the whole team. Gift ideas below.'],
  ])('%s: %s', (lang, text) => {
    expect(flags(text, lang ? [lang] : undefined)).toEqual([]);
  });
});

describe('word lists', () => {
  it('lists a word written `word+` with its inflections', () => {
    const phrases = graded(1, 'widerwärtig+, dumm wie brot').map((entry) => entry.phrase);
    expect(phrases).toEqual(expect.arrayContaining(['widerwärtig', 'widerwärtige', 'widerwärtigen', 'widerwärtiger', 'widerwärtiges', 'dumm wie brot']));
    expect(phrases.some((phrase) => phrase.includes('+'))).toBe(false);
  });
});

describe('idioms for a person out of their mind', () => {
  it.each<[Lang, string, string]>([
    ['de', 'Der ist dümmer als die Polizei erlaubt.', 'dümmer als die Polizei erlaubt'],
    ['sv', 'Han är dum som en gås.', 'dum som en gås'],
    ['nb', 'Han er tett i pappen.', 'tett i pappen'],
    ['da', 'Hun har knald i låget.', 'knald i låget'],
    ['da', 'Igen en ubegavet kvinde på skærmen.', 'ubegavet'],
  ])('flags in %s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang])).toContainEqual(['hostile.insult', flagged]);
  });
});

describe('everyday and regional German abuse', () => {
  it.each<[string, string, string]>([
    ['So ein Saukerl!', 'hostile.insult', 'Saukerl'],
    ['Du Hundesohn.', 'hostile.insult', 'Du Hundesohn'],
    ['Der Minister ist ein Dolm.', 'hostile.insult', 'Dolm'],
    ['Der Typ ist völlig nutzlos.', 'hostile.insult', 'nutzlos'],
    ['Was für ein Kackladen.', 'hostile.profanity', 'Kackladen'],
  ])('flags %s', (text, rule, flagged) => {
    expect(flags(text, ['de'])).toContainEqual([rule, flagged]);
  });

  it('leaves the same words alone when said of things', () => {
    expect(flags('Die alte Software ist nutzlos und die Phrasen sind hohl.', ['de'])).toEqual([]);
    expect(flags('Es widert mich an, wie lange das dauert.', ['de'])).toEqual([]);
  });
});

describe('more Nordic abuse', () => {
  it.each<[Lang, string, string]>([
    ['sv', 'Vilken sjukling.', 'sjukling'],
    ['sv', 'Han är en bidragsparasit.', 'bidragsparasit'],
    ['nb', 'Han er en landssviker.', 'landssviker'],
    ['nb', 'Din gamle merr.', 'Din gamle merr'],
    ['nn', 'Drit og dra!', 'Drit og dra'],
    ['da', 'Hun er en tæve.', 'tæve'],
    ['da', 'Sådan et udskud.', 'udskud'],
  ])('flags in %s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang])).toContainEqual(['hostile.insult', flagged]);
  });

  it('leaves ordinary uses alone', () => {
    expect(flags('Han sviker aldri laget sitt, og bøllene på skolen fikk svar.', ['nb'])).toEqual([]);
    expect(flags('Vi har en psykopat i filmen och en hjärntvättad huvudperson.', ['sv'])).toEqual([]);
  });
});

describe('German animal names and old age as insults', () => {
  it('flags them said of a person, not of animals', () => {
    expect(flags('Der ist so ein Esel.', ['de'])).toContainEqual(['hostile.insult', 'Esel']);
    expect(flags('Du alte Schachtel!', ['de'])).toContainEqual(['hostile.insult', 'Du alte Schachtel']);
    expect(flags('Auf dem Hof leben ein Esel, ein Kamel und ein Schwein.', ['de'])).toEqual([]);
  });
});

describe('English name-calling', () => {
  it.each<[string, string]>([
    ['What an asshat.', 'asshat'],
    ['He is a waste of skin.', 'waste of skin'],
    ['Typical smooth brain take.', 'smooth brain'],
    ['Liberals are such charlatans.', 'charlatans'],
  ])('flags %s', (text, flagged) => {
    expect(flags(text, ['en'])).toContainEqual(['hostile.insult', flagged]);
  });

  it('leaves the Muppets and a charlatan in a novel alone', () => {
    expect(flags('We watched The Muppets and read a novel about a charlatan.', ['en'])).toEqual([]);
  });
});

describe('German compounds meet words of other languages', () => {
  it('reads Ashkenazi, a cockroach and a mob as what they are', () => {
    expect(flags('Ashkenazi Jewish communities have a long history in Berlin.')).toEqual([]);
    expect(flags('En kackerlacka i köket.')).toEqual([]);
    expect(flags('It was a mob outside.')).toEqual([]);
    expect(flags('Du bist so ein Grammatiknazi.', ['de'])).toContainEqual(['hostile.insult', 'Du bist so ein Grammatiknazi']);
  });
});

describe('praise that borrows the words of contempt', () => {
  it.each<[Lang, string]>([
    ['en', 'People are crazy about the new feature, and our fans are nuts about it.'],
    ['de', 'Die Leute sind verrückt nach unserem neuen Produkt.'],
    ['sv', 'Folk är galna i den nya appen.'],
    ['nb', 'Folk er gale etter den nye appen.'],
  ])('%s: %s', (lang, text) => {
    expect(flags(text, [lang])).toEqual([]);
  });
});

describe('groups in ordinary news and praise', () => {
  it.each<[Lang, string]>([
    ['en', 'These guys are sick! What a performance. Fans are bitter after the loss.'],
    ['de', 'Die Kunden sind begeistert, die Politiker sind sich einig, die Grünen sind dagegen.'],
    ['de', 'Verbrecherbande gefasst, berichtet die Polizei.'],
    ['da', 'Svenskerne er gode til design.'],
  ])('%s: %s', (lang, text) => {
    expect(flags(text, [lang])).toEqual([]);
  });
});

describe('German words of the campaigns against groups', () => {
  it('flags them as slurs', () => {
    expect(flags('Das ist der Bevölkerungsaustausch.', ['de'])).toContainEqual(['hostile.slur', 'Bevölkerungsaustausch']);
    expect(flags('Noch mehr Messerfachkräfte im Land.', ['de'])).toContainEqual(['hostile.slur', 'Messerfachkräfte']);
    expect(flags('Araber raus!', ['de'])).toContainEqual(['hostile.slur', 'Araber raus']);
  });
});

describe('German contempt for groups without a swear word', () => {
  it.each<[string, string, string]>([
    // A verdict on a group, in every German word order.
    ['Sind die Türken eigentlich alle so aggressiv?', 'hostile.insult', 'aggressiv'],
    ['Das zeigt, wie korrupt diese Regierung ist.', 'hostile.insult', 'korrupt'],
    ['Ich weiß, dass die Politiker alle verlogen sind.', 'hostile.insult', 'verlogen'],
    ['Die Syrer sind einfach nur Terroristen.', 'hostile.insult', 'Terroristen'],
    ['Die Griechen sind faul und die Journalisten sind ungewaschen.', 'hostile.insult', 'faul'],
    ['Typisch Moslem!', 'hostile.insult', 'Typisch Moslem'],
    // The state, parties and press as enemies.
    ['Die Altparteien und die Gesinnungsjournalisten.', 'hostile.insult', 'Altparteien'],
    ['Das sind Stasi-Methoden, Goebbels lässt grüßen.', 'hostile.insult', 'Stasi-Methoden'],
    ['Sie ist eine Feindin? Nein, ein Feind des deutschen Volkes.', 'hostile.insult', 'Feind des deutschen Volkes'],
    ['Willkommen in der Bananenrepublik.', 'hostile.insult', 'Bananenrepublik'],
  ])('flags %s', (text, rule, flagged) => {
    expect(flags(text, ['de'])).toContainEqual([rule, flagged]);
  });

  it.each<[string, string]>([
    // Demands to lock people up, throw them out or let them die.
    ['Der gehört abgeschoben.', 'gehört abgeschoben'],
    ['Solche Leute gehören hinter Gitter.', 'gehören hinter Gitter'],
    ['Man sollte die alle einsperren.', 'Man sollte die alle einsperren'],
    ['Schiebt sie endlich ab!', 'Schiebt sie endlich ab'],
    ['Raus mit denen!', 'Raus mit denen'],
    ['Sollen sie doch absaufen.', 'Sollen sie doch absaufen'],
    ['Ab ins Arbeitslager mit denen.', 'Ab ins Arbeitslager'],
  ])('flags the demand in %s', (text, flagged) => {
    expect(flags(text, ['de'])).toContainEqual(['hostile.threat', flagged]);
  });

  it.each([
    'Abschiebungen wurden ausgesetzt, der Mann darf bleiben.',
    'Die Regierung hat die Pläne kritisiert. Die Kriminalität ist gestiegen.',
    'Die Partei verliert Wähler, die Polizei hat die Terroristen festgenommen.',
    'Der Bericht ist aggressiv formuliert, das Essen war schmutzig.',
    'Er schiebt die Verantwortung ab. Raus mit der Sprache!',
    'Typisch deutsch: alles dauert. Wir sind faul heute.',
    'Die Stasi-Unterlagen sind jetzt im Bundesarchiv.',
  ])('leaves ordinary news and talk alone: %s', (text) => {
    expect(flags(text, ['de'])).toEqual([]);
  });
});

describe('calls to throw people out or lock them up, in every language', () => {
  it.each<[Lang, string, string, string]>([
    ['da', 'Smid dem ud af landet.', 'hostile.threat', 'Smid dem ud af landet'],
    ['da', 'De skal udvises, de hører ikke hjemme her.', 'hostile.threat', 'skal udvises'],
    ['da', 'Så ud med alle muslimer.', 'hostile.slur', 'ud med alle muslimer'],
    ['da', 'De burde have en røvfuld.', 'hostile.threat', 'burde have en røvfuld'],
    ['nb', 'De bør utvises med en gang.', 'hostile.threat', 'bør utvises'],
    ['nn', 'Dei høyrer ikkje heime her.', 'hostile.threat', 'Dei høyrer ikkje heime her'],
    ['sv', 'De borde utvisas allihop.', 'hostile.threat', 'borde utvisas'],
    ['en', 'Deport them all, they do not belong here.', 'hostile.threat', 'Deport them all'],
    ['en', 'Lock her up!', 'hostile.threat', 'Lock her up'],
  ])('flags in %s: %s', (lang, text, rule, flagged) => {
    expect(flags(text, [lang])).toContainEqual([rule, flagged]);
  });

  it.each<[Lang, string]>([
    ['da', 'Gamle sko? Smid dem ud, eller send dem retur til butikken.'],
    ['da', 'Den slags kommentarer hører ikke hjemme her. Børnene skal sendes hjem ved feber.'],
    ['en', 'Bring the kids, we will send them home with a goodie bag. Old cables? Throw them out.'],
    ['en', 'These files do not belong here, move them to the archive.'],
    ['sv', 'Paketen ska skickas tillbaka, och vi kastar ut de gamla stolarna.'],
  ])('leaves ordinary errands alone in %s: %s', (lang, text) => {
    expect(flags(text, [lang])).toEqual([]);
  });
});

describe('Danish name-calling aimed at the readers', () => {
  it('reads "I er" as you, never "i" (in)', () => {
    expect(flags('Hold nu op, I er vanvittige.', ['da'])).toContainEqual(['hostile.insult', 'I er vanvittige']);
    expect(flags('Vi bor i en skør by, og vi var i så elendig form.', ['da'])).toEqual([]);
  });

  it('flags Danish idioms and metaphors of disease', () => {
    expect(flags('Sikke en syg skid!', ['da'])).toContainEqual(['hostile.insult', 'syg skid']);
    expect(flags('Du er helt betændt i kysen.', ['da'])).toContainEqual(['hostile.insult', 'Du er helt betændt i kysen']);
    expect(flags('Den ideologi er en pest.', ['da'])).toContainEqual(['hostile.insult', 'er en pest']);
    expect(flags('Lægen siger, det er kræft.', ['da'])).toEqual([]);
  });
});

describe('English contempt for groups and the middle finger', () => {
  it.each<[string, string, string]>([
    ['Where is the lying Liberals witness?', 'hostile.insult', 'lying Liberals'],
    ['You are not very bright, are you.', 'hostile.insult', 'You are not very bright'],
    ['She is a repulsive human.', 'hostile.insult', 'repulsive human'],
    ['The press is the enemy of the people.', 'hostile.insult', 'enemy of the people'],
    ['GOOD 🖕🏽 them!', 'hostile.profanity', '🖕🏽'],
  ])('flags %s', (text, rule, flagged) => {
    expect(flags(text, ['en'])).toContainEqual([rule, flagged]);
  });

  it.each([
    'Lying on the beach with the liberal arts students. 👍',
    'Her dad is a cancer survivor and a fake tan fan.',
    'Avoid toxic habits, not people: this bright team shipped it.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text, ['en'])).toEqual([]);
  });

  it('flags the middle finger in any language', () => {
    expect(flags('Das kann doch nicht wahr sein 🖕', ['de'])).toContainEqual(['hostile.profanity', '🖕']);
  });
});

describe('more German names, idioms and wishes of harm', () => {
  it.each<[string, string, string]>([
    ['Diese Faschos und ihre Idiotenpartei.', 'hostile.insult', 'Faschos'],
    ['Die Politiker lügen doch alle.', 'hostile.insult', 'Politiker lügen'],
    ['Nur dreckige Ausländer hier, sagt er.', 'hostile.insult', 'dreckige Ausländer'],
    ['Die haben doch einen Knall!', 'hostile.insult', 'haben doch einen Knall'],
    ['Als Kind zu heiß gebadet, oder?', 'hostile.insult', 'zu heiß gebadet'],
    ['Schäm dich!', 'hostile.insult', 'Schäm dich'],
    ['Ihr Würstchen habt keine Ahnung.', 'hostile.insult', 'Ihr Würstchen'],
    ['Ich werde ihm eine scheuern.', 'hostile.threat', 'eine scheuern'],
    ['Ich wünsche dir die Pest an den Hals.', 'hostile.threat', 'wünsche dir die Pest'],
    ['Hoffentlich verreckt er.', 'hostile.threat', 'Hoffentlich verreckt er'],
  ])('flags %s', (text, rule, flagged) => {
    expect(flags(text, ['de'])).toContainEqual([rule, flagged]);
  });

  it.each([
    'Hoffentlich stirbt die Pflanze nicht. Eine Chance verpassen wir nicht.',
    'Heute gibt es Würstchen vom Grill, das sind leckere Würstchen.',
    'Der Idiotentest war schwer. Sixpack und Doppelpack am Wochenende.',
    'Meine Oma hat einen Vogel. Die Nachbarin hat einen Knall gehört.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text, ['de'])).toEqual([]);
  });
});

describe('German verdicts after the noun, heaps of them and shutting people up', () => {
  it.each<[string, string]>([
    ['Einfach nur peinlich, diese Frau.', 'peinlich'],
    ['Die AfD ist ein Haufen Nazis.', 'Haufen Nazis'],
    ['Das ist der schlechteste Innenminister aller Zeiten.', 'schlechteste Innenminister aller Zeiten'],
    ['Halt doch einfach mal die Klappe.', 'Halt doch einfach mal die Klappe'],
    ['Der hat sie doch nicht mehr alle.', 'hat sie doch nicht mehr alle'],
    ['Unsere Kanzlerin ist eine Verräterin.', 'Verräterin'],
    ['Diese Frau ist eine Zumutung.', 'Zumutung'],
    ['Die Moslems übernehmen unser Land.', 'übernehmen unser Land'],
  ])('flags %s', (text, flagged) => {
    expect(flags(text, ['de'])).toContainEqual(['hostile.insult', flagged]);
  });

  it.each([
    'Das ist das schlechteste Ergebnis aller Zeiten. Das Wetter ist eine Zumutung.',
    'Das Auto muss weg. Die Firma will unser Land mit Kaffee erobern.',
    'Einfach nur schön, diese Landschaft.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text, ['de'])).toEqual([]);
  });
});

describe('wider Nordic and German vocabulary', () => {
  it.each<[Lang, string, string]>([
    ['de', 'Was für ein Saftsack.', 'Saftsack'],
    ['de', 'Der ist ein Säufer.', 'Säufer'],
    ['da', 'Sikke nogle dumme politikere.', 'dumme politikere'],
    ['da', 'Han er en pivskid og en røvslikker.', 'pivskid'],
    ['nb', 'Trygdesnyltere overalt.', 'Trygdesnyltere'],
    ['nb', 'Han er så feit.', 'feit'],
    ['sv', 'Politikerna ljuger.', 'Politikerna ljuger'],
    ['sv', 'Vilken mansgris.', 'mansgris'],
    ['sv', 'Hon är så lat.', 'lat'],
  ])('flags in %s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang])).toContainEqual(['hostile.insult', flagged]);
  });

  it.each<[Lang, string]>([
    ['de', 'Lauch und Lutscher auf dem Markt, besoffen vor Glück.'],
    ['da', 'Den er god med dig, din røver. Teknisk inkompetente politikere skriver loven.'],
    ['nb', 'Vi så en sau og en gris på gården.'],
    ['sv', 'Vi såg en mes vid fågelbordet. Det var en lat söndag.'],
  ])('leaves alone in %s: %s', (lang, text) => {
    expect(flags(text, [lang])).toEqual([]);
  });
});

describe('German: sent back where they came from', () => {
  it('flags the demand, not a way home', () => {
    expect(flags('Wer keine Arbeit findet, muss dorthin zurück, wo er herkommt.', ['de'])).toContainEqual(['hostile.slur', 'dorthin zurück, wo er']);
    expect(flags('Die sollen zurück, wo sie herkommen.', ['de'])).toContainEqual(['hostile.slur', 'sollen zurück, wo sie herkommen']);
    expect(flags('Schiebt die Linken direkt mit ab!', ['de'])).toContainEqual(['hostile.threat', 'Schiebt die Linken direkt mit ab']);
    expect(flags('Die Kinder gehen zurück, wo sie herkommen: in die Schule.', ['de'])).toEqual([]);
    expect(flags('Er schiebt die Schuld auf andere ab.', ['de'])).toEqual([]);
  });
});

describe('English contempt before a group, singular and plural', () => {
  it.each<[string, string]>([
    ['The lunatic left does it again.', 'lunatic left'],
    ['Another deranged leftist.', 'deranged leftist'],
    ['Hysterical liberals following him around.', 'Hysterical liberals'],
  ])('flags %s', (text, flagged) => {
    expect(flags(text, ['en'])).toContainEqual(['hostile.insult', flagged]);
  });

  it('leaves directions, patients and praise alone', () => {
    expect(flags('Take the first right, then the second left. A sick conservative patient was treated.', ['en'])).toEqual([]);
    expect(flags("She's a progressive politician who cares.", ['en'])).toEqual([]);
  });
});

describe('German words with an innocent reading', () => {
  it.each([
    'Flaschen, Lumpen und Altpapier sammeln.',
    'Alle Kriegsparteien hatten Dreck am Stecken.',
    'Wir werden für unsere eigene Dummheit bestraft.',
    'Ein paar Jungs wollen nur pöbeln.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text, ['de'])).toEqual([]);
  });

  it('still flags them said of people', () => {
    expect(flags('Die sind doch alle Lumpen.', ['de'])).toContainEqual(['hostile.insult', 'Lumpen']);
    expect(flags('Der Pöbel tobt.', ['de'])).toContainEqual(['hostile.insult', 'Pöbel']);
  });
});

describe('Danish swear words as praise', () => {
  it('leaves "skide skægt" and "uden pis" alone, not "skide dumt"', () => {
    expect(flags('Det var skide skægt og pisse hyggeligt. Uden pis!', ['da'])).toEqual([]);
    expect(flags('Det er skide dumt.', ['da'])).toContainEqual(['hostile.profanity', 'skide']);
  });
});

describe('gallows and lampposts', () => {
  it.each<[Lang, string, string]>([
    ['de', 'Die gehören an den Galgen.', 'gehören an den Galgen'],
    ['de', 'Der wäre besser tot.', 'wäre besser tot'],
    ['en', 'Hang them from the nearest lamp post.', 'from the nearest lamp post'],
    ['da', 'Hæng ham i nærmeste lygtepæl.', 'i nærmeste lygtepæl'],
  ])('flags in %s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang])).toContainEqual(['hostile.threat', flagged]);
  });

  it('leaves a lamp on a lamppost alone', () => {
    expect(flags('Die Lampe hängt an der Laterne, der Galgenhumor bleibt.', ['de'])).toEqual([]);
  });
});

describe('German contempt for politicians', () => {
  it('flags the names, not mild scorn or socks', () => {
    expect(flags('Die Diätenabzocker und Sesselkleber im Bundestag.', ['de'])).toContainEqual(['hostile.insult', 'Diätenabzocker']);
    expect(flags('Das ist Meinungsterror.', ['de'])).toContainEqual(['hostile.insult', 'Meinungsterror']);
    expect(flags('Natürlich gibt es Neuwahlen, immer diese Traumtänzer. Ich trage rote Socken.', ['de'])).toEqual([]);
  });
});

describe('English political name-calling', () => {
  it.each<[string, string]>([
    ['Another cuckservative sellout.', 'cuckservative'],
    ['The lamestream media lies again.', 'lamestream media'],
    ['He is a fraud and a stooge.', 'fraud'],
    ['They are so two-faced.', 'two-faced'],
  ])('flags %s', (text, flagged) => {
    expect(flags(text, ['en'])).toContainEqual(['hostile.insult', flagged]);
  });

  it('leaves slang praise and reports alone', () => {
    expect(flags('That gig was wicked! Fraud cases fell by ten percent.', ['en'])).toEqual([]);
  });
});

describe('hyphenated words in the lists', () => {
  it('match the words the text is split into', () => {
    expect(graded(1, 'low-life*, e-mail|message').map((entry) => entry.phrase)).toEqual(['low life*', 'e mail', 'message']);
    expect(flags('What a low-life.', ['en'])).toContainEqual(['hostile.insult', 'low-life']);
  });
});

describe('sick as abuse, not as illness', () => {
  it.each<[Lang, string]>([
    ['de', 'Meine Frau ist krank. Der Kollege ist seit Montag krank.'],
    ['en', 'She is sick today, so he is sick too.'],
    ['sv', 'Han är sjuk idag.'],
    ['da', 'Chefen er syg i dag.'],
    ['nb', 'Kona er syk.'],
  ])('leaves illness alone in %s: %s', (lang, text) => {
    expect(flags(text, [lang])).toEqual([]);
  });

  it.each<[Lang, string, string]>([
    ['de', 'Die Linken sind doch alle krank.', 'sind doch alle krank'],
    ['de', 'Ihr seid doch krank!', 'Ihr seid doch krank'],
    ['en', 'What a sick freak.', 'sick freak'],
    ['sv', 'Sjuka jävlar.', 'Sjuka jävlar'],
    ['da', 'Syge svin.', 'Syge svin'],
  ])('flags abuse in %s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang]).map(([, words]) => words)).toContain(flagged);
  });
});

describe('Nynorsk forms and talk of suicide', () => {
  it('flags Nynorsk abuse', () => {
    expect(flags('Du er så heimsk.', ['nn'])).toContainEqual(['hostile.insult', 'Du er så heimsk']);
    expect(flags('Han er ein landssvikar.', ['nn'])).toContainEqual(['hostile.insult', 'landssvikar']);
    expect(flags('Det var eit fælt vêr.', ['nn'])).toEqual([]);
  });

  it('reads "sich umbringen" as no threat', () => {
    expect(flags('Warum Menschen sich umbringen, ist ein wichtiges Thema.', ['de'])).toEqual([]);
    expect(flags('Ich werde ihn umbringen.', ['de'])).toContainEqual(['hostile.threat', 'umbringen']);
  });
});

describe('talking rubbish and telling people to get lost', () => {
  it.each<[Lang, string, string, string]>([
    ['de', 'Der labert nur Müll.', 'hostile.insult', 'labert nur Müll'],
    ['de', 'Das ist Volksverarsche.', 'hostile.insult', 'Volksverarsche'],
    ['de', 'Zieh Leine!', 'hostile.insult', 'Zieh Leine'],
    ['en', 'Someone should punch him.', 'hostile.threat', 'Someone should punch him'],
    ['en', "I'll beat your ass.", 'hostile.threat', 'beat your ass'],
  ])('flags in %s: %s', (lang, text, rule, flagged) => {
    expect(flags(text, [lang])).toContainEqual([rule, flagged]);
  });

  it('leaves pests alone', () => {
    expect(flags('Die Wespen sind eine Plage.', ['de'])).toEqual([]);
  });
});

describe('English verdicts on a person', () => {
  it.each<[string, string]>([
    ['Go away, you are irrelevant.', 'you are irrelevant'],
    ['She is either a fraud or a liar.', 'fraud'],
    ['He is a rapist.', 'rapist'],
  ])('flags %s', (text, flagged) => {
    expect(flags(text, ['en']).map(([, words]) => words)).toContain(flagged);
  });

  it('leaves things alone', () => {
    expect(flags('That detail is irrelevant, and the show was overhyped.', ['en'])).toEqual([]);
  });
});

describe('letters typed without their special characters', () => {
  it.each<[Lang, string, string]>([
    ['de', 'Die Gruenen sind einfach realitaetsfern.', 'realitaetsfern'],
    ['de', 'Was fuer Schwachkoepfe.', 'Schwachkoepfe'],
    ['da', 'Sikke en kaelling.', 'kaelling'],
    ['sv', 'Vilken aecklig typ.', 'aecklig'],
  ])('flags in %s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang]).map(([, words]) => words)).toContain(flagged);
  });

  it('reads "Ihr seit" as the common misspelling of "Ihr seid"', () => {
    expect(flags('Ihr seit Saboteure!', ['de'])).toContainEqual(['hostile.insult', 'Ihr seit Saboteure']);
  });
});

describe('down with a people, gas and wild animals', () => {
  it.each<[Lang, string, string, string]>([
    ['da', 'Ned med svensken!', 'hostile.slur', 'Ned med svensken'],
    ['da', 'Gas dem allesammen.', 'hostile.threat', 'Gas dem'],
    ['da', 'De angriber som vilde dyr.', 'hostile.slur', 'som vilde dyr'],
    ['da', 'Sut på den, svensker!', 'hostile.profanity', 'Sut på den'],
    ['en', 'Speak English or die!', 'hostile.threat', 'Speak English or die'],
    ['de', 'Die benehmen sich wie wilde Tiere.', 'hostile.slur', 'wie wilde Tiere'],
  ])('flags in %s: %s', (lang, text, rule, flagged) => {
    expect(flags(text, [lang])).toContainEqual([rule, flagged]);
  });

  it('leaves taxes and stoves alone', () => {
    expect(flags('Ned med skatten! Der er gas i komfuret.', ['da'])).toEqual([]);
  });
});

describe('more Nordic groups a verdict can be said of', () => {
  it.each<[Lang, string, string]>([
    ['da', 'Tyskerne er så arrogante.', 'arrogante'],
    ['nb', 'Utlendingene er jo korrupte.', 'korrupte'],
    ['sv', 'Tyskarna är så arroganta.', 'arroganta'],
  ])('flags in %s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang])).toContainEqual(['hostile.insult', flagged]);
  });

  it('leaves praise of them alone', () => {
    expect(flags('Tyskerne er gode til fodbold.', ['da'])).toEqual([]);
  });
});

describe('Austrian, Swiss and Bavarian abuse', () => {
  it.each<[string, string]>([
    ['Du Wappler!', 'Du Wappler'],
    ['So ein depperter Kerl.', 'depperter'],
    ['Hat der sein Hirn abgegeben?', 'Hirn abgegeben'],
    ['Du Tubel!', 'Du Tubel'],
  ])('flags %s', (text, flagged) => {
    expect(flags(text, ['de'])).toContainEqual(['hostile.insult', flagged]);
  });
});

describe('hoping someone dies', () => {
  it.each<[Lang, string, string]>([
    ['de', 'Ich hoffe, dass sie bald stirbt.', 'hoffe, dass sie bald stirbt'],
    ['en', 'I hope they all die.', 'hope they all die'],
    ['sv', 'Jag hoppas han dör.', 'hoppas han dör'],
    ['da', 'Jeg håber hun dør.', 'håber hun dør'],
  ])('flags in %s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang])).toContainEqual(['hostile.threat', flagged]);
  });

  it('leaves hope that someone lives alone', () => {
    expect(flags('Ich hoffe, dass sie nicht stirbt. Ich hoffe, er stirbt nicht.', ['de'])).toEqual([]);
  });
});

describe('Nordic cows and sows said of people', () => {
  it('flags them as insults, not farm animals', () => {
    expect(flags('Din dumme ko!', ['da'])).toContainEqual(['hostile.insult', 'Din dumme ko']);
    expect(flags('Din feta sugga.', ['sv'])).toContainEqual(['hostile.insult', 'Din feta sugga']);
    expect(flags('Koen på marken giver mælk.', ['da'])).toEqual([]);
    expect(flags('Kon på ängen betar.', ['sv'])).toEqual([]);
  });
});

describe('German animals and things made name-calling by a word of contempt', () => {
  it.each<[string, string]>([
    ['Du falsche Schlange!', 'Du falsche Schlange'],
    ['Steinmeier, die überflüssige Wurst.', 'überflüssige Wurst'],
    ['So eine blöde Tüte.', 'blöde Tüte'],
  ])('flags %s', (text, flagged) => {
    expect(flags(text, ['de'])).toContainEqual(['hostile.insult', flagged]);
  });

  it('leaves dogs and sausages alone', () => {
    expect(flags('Der fette Hund hat meinen Schuh gefressen. Eine fette Wurst vom Grill.', ['de'])).toEqual([]);
  });
});

describe('a religion called murderous', () => {
  it('flags Mörderreligion and Todeskult', () => {
    expect(flags('Der Islam ist eine Mörderreligion.', ['de'])).toContainEqual(['hostile.slur', 'Mörderreligion']);
    expect(flags('Ein Todeskult, sonst nichts.', ['de'])).toContainEqual(['hostile.slur', 'Todeskult']);
    expect(flags('Der Islam ist eine Weltreligion.', ['de'])).toEqual([]);
  });
});

describe('swearing with letters hidden behind dots or stars', () => {
  it.each<[Lang, string, string]>([
    ['de', 'So eine schei... Regierung.', 'schei...'],
    ['de', 'Auf die Bewährung schei.......ss ich!', 'schei.......ss'],
    ['de', 'Das ist doch zum KOT***.', 'KOT***'],
    ['de', 'Du bist so ein A...loch.', 'A...loch'],
    ['de', 'Das ist Schei… hoch drei.', 'Schei…'],
    ['en', 'What a load of bull...t.', 'bull...t'],
    ['en', 'That motherf...ing printer again.', 'motherf...ing'],
    ['sv', 'Jävl... vad dåligt det blev.', 'Jävl...'],
    ['nb', 'Jævl... for en dag.', 'Jævl...'],
    ['nn', 'Kva i helv...ete held de på med?', 'helv...ete'],
    ['da', 'For hel...vede, det er for dårligt.', 'hel...vede'],
    ['en', 'Oh f--k, not again.', 'f--k'],
    ['en', 'What the f#ck is this?', 'f#ck'],
    ['en', 'Sh-t happens.', 'Sh-t'],
    ['de', 'Diese verf***te Regierung.', 'verf***te'],
    ['de', 'Sch#### egal.', 'Sch####'],
    ['sv', 'Din j-vla idiot.', 'j-vla'],
    ['da', 'Svanen ser fuc\\*ing vred ud.', 'fuc\\*ing'],
  ])('flags in %s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang])).toContainEqual(['hostile.profanity', flagged]);
  });

  it('reads a masked word the lists already read once', () => {
    expect(flags('Du A****loch.', ['de'])).toEqual([['hostile.profanity', 'A****loch']]);
  });

  it.each<[Lang, string]>([
    ['de', 'Wir brauchen Stifte, Papier usw... naja... also... Bürger*innen willkommen.'],
    ['de', 'Die Scheibe ist kaputt... Ein Drittel... fehlt. Arsenal... gewinnt.'],
    ['en', "Well... I guess so. Back... soon. Thanks, fans... I'm a bit... tired. FREE* offer."],
    ['en', 'Shi... ship it tomorrow. f... fine.'],
    ['sv', 'Tack alla fans... Jag fick... ingenting. Hel... eller halv?'],
    ['nb', 'Tja... vi får se... Pike... nei, jente.'],
    ['nn', 'Ja... eg veit ikkje... Kanskje i morgon...'],
    ['da', 'Nå... det var det. Fandt... ikke noget. For... resten, tak!'],
    ['en', 'Order a t-shirt from T-Mobile by e-mail, C-Span said. K..k..any news?'],
    ['de', 'Gewählt wurden C.Esser und Dr.M.Dreixler, Bundes- und Landesebene.'],
    ['da', 'Programmører som F.eks. Bill Gates og Sir Tim Berners-Lee.'],
  ])('leaves ellipses alone in %s: %s', (lang, text) => {
    expect(flags(text, [lang])).toEqual([]);
  });
});

describe('an elected government likened to Nazi, Stasi or Soviet rule', () => {
  it.each<[Lang, string, string]>([
    ['de', 'Das sind Gestapo-Methoden, Frau Ministerin.', 'Gestapo-Methoden'],
    ['de', 'Es ist wieder wie 1933.', 'wie 1933'],
    ['de', 'Herzlich willkommen in der DDR 2.0!', 'willkommen in der DDR'],
    ['de', 'Die DDR 2.0 ist da.', 'DDR 2.0'],
    ['de', 'Goebbels lässt wieder grüßen.', 'Goebbels lässt wieder grüßen'],
    ['de', 'Das ist die Gleichschaltung der Medien.', 'Gleichschaltung der Medien'],
    ['de', 'Willkommen in der Nazizeit!', 'Willkommen in der Nazizeit'],
    ['de', 'Das ist eine moderne Form der Gestapo.', 'moderne Form der Gestapo'],
    ['de', 'Der Staatsfunk verschweigt es natürlich.', 'Staatsfunk'],
    ['de', 'Das Ampel-Regime muss weg.', 'Ampel-Regime'],
    ['en', 'These are gestapo tactics.', 'gestapo tactics'],
    ['en', 'The same laws as 1933 all over again.', '1933 all over again'],
    ['en', 'The Biden regime lied again.', 'Biden regime'],
    ['en', 'Stalin would be proud of this committee.', 'Stalin would be proud'],
    ['en', 'These people are worse than the Nazis.', 'worse than the Nazis'],
    ['de', 'Ihr seid die neuen Nazis.', 'Ihr seid die neuen Nazis'],
    ['sv', 'Regeringen är värre än Stasi.', 'värre än Stasi'],
    ['da', 'Det er de nye nazister.', 'nye nazister'],
    ['sv', 'Regeringen använder rena Stasi-metoder.', 'Stasi-metoder'],
    ['sv', 'Det här är som 1933.', 'som 1933'],
    ['sv', 'Löfven-regimen tystar alla kritiker.', 'Löfven-regimen'],
    ['nb', 'Dette er nazimetoder.', 'nazimetoder'],
    ['nb', 'Støre-regimet lyver igjen.', 'Støre-regimet'],
    ['nn', 'Dette er stasi-metodar.', 'stasi-metodar'],
    ['da', 'Det er jo som i DDR.', 'som i DDR'],
    ['da', 'Vi lever i et meningsdiktatur.', 'meningsdiktatur'],
  ])('flags in %s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang])).toContainEqual(['hostile.insult', flagged]);
  });

  it.each<[Lang, string]>([
    ['de', '1933 kam Hitler an die Macht. Die Stasi-Unterlagen liegen im Stasi-Museum.'],
    ['de', 'Das Regime in Nordkorea und der russische Staatsfunk melden dasselbe. Stasi-Mitarbeiter wurden überprüft.'],
    ['de', 'Seit 1933 lebte die Familie in Berlin.'],
    ['en', 'In 1933 Hitler took power. The Assad regime fell, and my new fitness regime starts Monday.'],
    ['en', 'In 1933 Germany left the League of Nations. A democratic regime needs a fair labour regime.'],
    ['de', 'Wie die Staatsmedien in China berichten, wurde die Neonazi-Szene beobachtet.'],
    ['sv', 'År 1933 kom Hitler till makten. Stasi-arkiven öppnades 1992. Regimen i Iran svarade.'],
    ['nb', 'I 1933 kom Hitler til makten. Regimet i Nord-Korea testet en rakett.'],
    ['nn', 'I 1933 kom Hitler til makta, og Stasi-arkiva vart opna seinare.'],
    ['da', 'I 1933 kom Hitler til magten. Regimet i Iran svarede i går.'],
  ])('leaves history told as history alone in %s: %s', (lang, text) => {
    expect(flags(text, [lang])).toEqual([]);
  });
});

describe('words that insult only when aimed at someone', () => {
  it.each<[Lang, string, string]>([
    ['de', 'Halt dich raus, du Flasche.', 'du Flasche'],
    ['de', 'Lindner ist eine Pfeife.', 'Pfeife'],
    ['de', 'So ein Lappen!', 'So ein Lappen'],
    ['de', 'Was für eine Niete!', 'Was für eine Niete'],
    ['de', 'Diese Ratten gehören nicht ins Parlament.', 'Ratten'],
    ['de', 'Er ist eine absolute Null.', 'absolute Null'],
    ['de', 'Du Gurke!', 'Du Gurke'],
    ['de', 'Wacht auf, ihr Schlafschafe!', 'ihr Schlafschafe'],
    ['de', 'Lindner ist die gleiche Pfeife wie Westerwelle.', 'gleiche Pfeife wie'],
    ['en', 'Shut it, you donkey.', 'you donkey'],
    ['sv', 'Du är en nickedocka.', 'Du är en nickedocka'],
    ['en', 'Get lost, you worm.', 'you worm'],
    ['sv', 'Din sopa!', 'Din sopa'],
    ['sv', 'Du är en marionett.', 'Du är en marionett'],
    ['nb', 'Din rotte!', 'Din rotte'],
    ['nb', 'Han er en nulling.', 'nulling'],
    ['nn', 'Du er ei nikkedukke.', 'Du er ei nikkedukke'],
    ['da', 'Du er en lakaj.', 'Du er en lakaj'],
  ])('flags in %s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang])).toContainEqual(['hostile.insult', flagged]);
  });

  it.each<[Lang, string]>([
    ['de', 'Eine Flasche Wein, bitte. So eine Flasche Wein ist teuer.'],
    ['de', 'Opa will die Pfeife rauchen. Null Toleranz für Raser.'],
    ['de', 'Nimm einen nassen Lappen. Wir haben Ratten im Keller.'],
    ['de', 'Da fehlt eine Null. Der Hund bellt, mein Hund ist krank.'],
    ['de', 'Der Wurm im Apfel, eine harte Nuss und Schafe auf der Weide.'],
    ['de', 'Ich nehme die gleiche Flasche wie gestern und den gleichen Lappen wie immer.'],
    ['en', 'The donkey sanctuary needs volunteers.'],
    ['sv', 'Torsken var god, och lämlarna vandrar i fjällen.'],
    ['en', 'The early bird catches the worm.'],
    ['sv', 'Vi har råttor i källaren. Sopa golvet! Tomten kommer i kväll.'],
    ['nb', 'Vi har rotter i kjelleren og en slange i hagen.'],
    ['nn', 'Vi har rotter i kjellaren.'],
    ['da', 'Der er en rotte i kælderen, og aben i zoo sover.'],
  ])('leaves the thing itself alone in %s: %s', (lang, text) => {
    expect(flags(text, [lang])).toEqual([]);
  });
});

describe('shaming the reader, in every language', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Shame on you for posting this.', 'Shame on you'],
    ['en', 'You should be ashamed of yourself.', 'You should be ashamed'],
    ['sv', 'Skäms på dig!', 'Skäms på dig'],
    ['sv', 'Du är en skam för Sverige.', 'Du är en skam för Sverige'],
    ['nb', 'Du burde skamme deg.', 'Du burde skamme deg'],
    ['nn', 'Skam deg!', 'Skam deg'],
    ['da', 'I burde skamme jer.', 'I burde skamme jer'],
    ['de', 'Ihr solltet euch schämen.', 'Ihr solltet euch schämen'],
  ])('%s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang])).toContainEqual(['hostile.insult', flagged]);
  });

  it.each<[Lang, string]>([
    ['sv', 'Jag skäms över mitt gamla inlägg.'],
    ['sv', 'Vi borde skämmas lite, vi glömde hennes födelsedag.'],
    ['nb', 'Jeg skammer meg over det jeg skrev.'],
    ['en', 'I was ashamed of my first draft.'],
  ])('leaves shame about oneself alone (%s): %s', (lang, text) => {
    expect(flags(text, [lang])).toEqual([]);
  });
});

describe('Nordic threats of a beating or of being thrown out', () => {
  it.each<[Lang, string, string]>([
    ['sv', 'Jag ska slå sönder dig.', 'slå sönder dig'],
    ['sv', 'Jag ska klå upp dig.', 'klå upp dig'],
    ['nb', 'Kom deg ut av landet!', 'Kom deg ut av landet'],
  ])('%s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang])).toContainEqual(['hostile.threat', flagged]);
  });

  it('leaves records and beds alone', () => {
    expect(flags('Vi slår sönder rekordet i år.', ['sv'])).toEqual([]);
    expect(flags('Kom deg ut av sengen, det er sol!', ['nb'])).toEqual([]);
  });
});

describe('"nothing but" between the reader and the insult', () => {
  it.each<[Lang, string, string]>([
    ['nb', 'Du er ikke annet enn en taper.', 'Du er ikke annet enn en taper'],
    ['sv', 'Du är inget annat än en lögnare.', 'Du är inget annat än en lögnare'],
    ['da', 'Du er intet andet end en idiot.', 'Du er intet andet end en idiot'],
    ['nn', 'Du er ikkje anna enn ein tosk.', 'Du er ikkje anna enn ein tosk'],
  ])('%s: %s', (lang, text, flagged) => {
    expect(flags(text, [lang])).toContainEqual(['hostile.insult', flagged]);
  });

  it('does not take a plain "not" as part of it', () => {
    expect(flags('Du er ikke dum.', ['nb'])).toEqual([]);
    expect(flags('Du är inte dum.', ['sv'])).toEqual([]);
  });
});

describe('Nynorsk threats, and calling the reader a disgrace', () => {
  it.each<[Lang, string, string, string]>([
    ['nn', 'Eg skal slå deg i hel.', 'hostile.threat', 'slå deg i hel'],
    ['nn', 'Eg håpar du døyr.', 'hostile.threat', 'håpar du døyr'],
    ['nn', 'Dei skulle vore skotne alle saman.', 'hostile.threat', 'skulle vore skotne'],
    ['nb', 'De burde vært skutt.', 'hostile.threat', 'burde vært skutt'],
    ['nn', 'Du er ein skam for heile bygda.', 'hostile.insult', 'Du er ein skam'],
    ['da', 'Du er en skam for klubben.', 'hostile.insult', 'Du er en skam'],
    ['sv', 'Du är en skam för hela laget.', 'hostile.insult', 'Du är en skam'],
  ])('%s: %s', (lang, text, rule, flagged) => {
    expect(flags(text, [lang])).toContainEqual([rule, flagged]);
  });

  it.each<[Lang, string]>([
    ['nn', 'Det er ein skam at bussen er sein.'],
    ['nb', 'Det er en skam at de la ned butikken.'],
    ['sv', 'Det är en skam att ingen hjälpte henne.'],
    ['nn', 'Eg håpar du får ein fin dag.'],
    ['nn', 'Dei skulle vore heime no.'],
    ['nb', 'Vi burde vært hjemme.'],
  ])('leaves a pity and plain wishes alone (%s): %s', (lang, text) => {
    expect(flags(text, [lang])).toEqual([]);
  });
});

describe('veiled threats, wishing cancer in German, and "insanely good" in Danish and Norwegian', () => {
  it.each<[Lang, string, string, string]>([
    ['en', 'Keep talking and see what happens.', 'hostile.threat', 'Keep talking and see what happens'],
    ['en', 'Say that again and see what happens to you.', 'hostile.threat', 'see what happens to you'],
    ['sv', 'Fortsätt så får du se vad som händer med dig.', 'hostile.threat', 'får du se vad som händer med dig'],
    ['nb', 'Fortsett sånn, så får du se hva som skjer med deg.', 'hostile.threat', 'får du se hva som skjer med deg'],
    ['nn', 'Held du fram slik, så får du sjå kva som skjer med deg.', 'hostile.threat', 'får du sjå kva som skjer med deg'],
    ['da', 'Bliv ved sådan, så skal du se hvad der sker med dig.', 'hostile.threat', 'skal du se hvad der sker med dig'],
    ['de', 'Mach so weiter und du wirst sehen, was mit dir passiert.', 'hostile.threat', 'du wirst sehen, was mit dir passiert'],
    ['de', 'Ich hoffe, du kriegst Krebs.', 'hostile.threat', 'hoffe, du kriegst Krebs'],
    ['de', 'Ich hoffe, dass du Krebs bekommst.', 'hostile.threat', 'hoffe, dass du Krebs bekommst'],
    ['da', 'Du er sindssyg.', 'hostile.insult', 'Du er sindssyg'],
  ])('%s: %s', (lang, text, rule, flagged) => {
    expect(flags(text, [lang])).toContainEqual([rule, flagged]);
  });

  it.each<[Lang, string]>([
    ['en', 'Try the new settings and see what happens to your battery life.'],
    ['sv', 'Testa själv så får du se vad som händer med kroppen.'],
    ['de', 'Ich hoffe, du kriegst bald einen Termin beim Arzt.'],
    ['de', 'Du wirst sehen, was passiert, wenn du jeden Tag liest.'],
    ['da', 'Du var sindssygt god på scenen i dag.'],
    ['nb', 'Du var sinnsykt flink på scenen i dag.'],
    ['da', 'Du er vanvittigt dygtig til det her.'],
  ])('leaves advice, wishes and praise alone (%s): %s', (lang, text) => {
    expect(flags(text, [lang])).toEqual([]);
  });
});

describe('everyday posts that borrow strong words: a club, the cold, a slip, crazy about something', () => {
  it.each<[Lang, string]>([
    ['da', 'Sikke en kamp! FCK vandt 3-1 og stemningen var helt vild.'],
    ['de', 'Der FCK hat gestern 2:0 gewonnen.'],
    ['da', 'Det er pissekoldt i dag, og det er pissedyrt at bo i København.'],
    ['da', 'Det er pisse koldt i dag.'],
    ['da', 'Han er helt skør med fodbold og fuldstændig skør efter kage.'],
    ['de', 'Heute ist es arschkalt draußen.'],
    ['de', 'Die neue Version ist irre schnell.'],
    ['de', 'Mir ist ein blöder Fehler im Newsletter passiert.'],
    ['de', 'Das war ein saudummer Fehler von mir.'],
    ['en', 'I made a dumb mistake in yesterday’s newsletter: the event is on Friday.'],
  ])('%s: %s', (lang, text) => {
    expect(flags(text, [lang])).toEqual([]);
  });

  it.each<[Lang, string, string, string]>([
    ['da', 'Fck dig.', 'hostile.profanity', 'Fck dig'],
    ['de', 'Fck dich!', 'hostile.profanity', 'Fck dich'],
    ['de', 'FCK NZS', 'hostile.profanity', 'FCK NZS'],
    ['en', 'Fck you!', 'hostile.profanity', 'Fck'],
    ['da', 'Sikke noget pis.', 'hostile.profanity', 'pis'],
    ['da', 'Du er skør.', 'hostile.insult', 'Du er skør'],
    ['de', 'Du Arsch.', 'hostile.profanity', 'Arsch'],
    ['de', 'Du bist irre.', 'hostile.insult', 'Du bist irre'],
    ['de', 'Du bist so blöd.', 'hostile.insult', 'Du bist so blöd'],
    ['de', 'Du bist saudumm.', 'hostile.insult', 'Du bist saudumm'],
    ['en', 'You are so dumb.', 'hostile.insult', 'You are so dumb'],
  ])('%s: %s', (lang, text, rule, flagged) => {
    expect(flags(text, [lang])).toContainEqual([rule, flagged]);
  });

  it('keeps "arschkalt" for strict checking, with a calmer word', () => {
    const found = analyze('Heute ist es arschkalt draußen.', { languages: ['de'], sensitivity: 'strict' }).findings;
    expect(found.map((f) => [f.ruleId, f.text, f.suggestions[0]])).toContainEqual(['hostile.profanity', 'arschkalt', 'eiskalt']);
  });
});

describe('trash talk before a game is no threat', () => {
  it.each<[Lang, string]>([
    ['sv', 'Jag ska krossa dig i Mario Kart ikväll, bara så du vet.'],
    ['sv', 'Vi ska krossa er i quiz på fredag!'],
    ['nb', 'Jeg skal knuse deg i Mario Kart i kveld, bare så du vet det.'],
    ['nn', 'Eg skal knuse deg i sjakk i kveld.'],
    ['da', 'Jeg skal nok smadre dig i Mario Kart i aften, bare så du ved det.'],
    ['da', 'Vi smadrer jer i bordtennis på fredag.'],
  ])('%s: %s', (lang, text) => {
    expect(flags(text, [lang])).toEqual([]);
  });

  it.each<[Lang, string, string, string]>([
    ['sv', 'Jag ska krossa dig.', 'hostile.threat', 'krossa dig'],
    ['nb', 'Jeg skal knuse deg i fillebiter.', 'hostile.threat', 'Jeg skal knuse deg'],
    ['nn', 'Eg skal knuse deg.', 'hostile.threat', 'Eg skal knuse deg'],
    ['da', 'Jeg skal smadre dig.', 'hostile.threat', 'smadre dig'],
  ])('%s: %s', (lang, text, rule, flagged) => {
    expect(flags(text, [lang])).toContainEqual([rule, flagged]);
  });
});
