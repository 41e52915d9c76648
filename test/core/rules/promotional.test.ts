import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../../src/core/doc';
import { promotionalRules } from '../../../src/core/rules/promotional';
import { spamRules } from '../../../src/core/rules/spam';
import { flagged, hitsOf, table } from './rule-cases';

table(
  'promotional.buy-now',
  [
    ['en', 'Our new planner is here. Buy now!', ['Buy now']],
    ['en', 'In stores today – order yours now.', ['order yours now']],
    ['sv', 'Beställ din idag!', ['Beställ din idag']],
    ['sv', 'Vår nya kalender är här. Köp nu!', ['Köp nu']],
    ['nb', 'Den nye kalenderen er her. Kjøp nå!', ['Kjøp nå']],
    ['nn', 'Den nye kalenderen er her. Kjøp no!', ['Kjøp no']],
    ['da', 'Den nye kalender er her. Køb nu!', ['Køb nu']],
    ['de', 'Der neue Kalender ist da. Jetzt kaufen!', ['Jetzt kaufen']],
    ['sv', 'Köp här: example.se', ['Köp här']],
    ['en', 'Launch day 🚀 Buy now at example.com', ['Buy now']],
    ['de', 'Hier bestellen: example.de', ['Hier bestellen']],
  ],
  [
    "We're hiring! Join our team in Oslo.",
    'Where will you shop now that the store has closed?',
    'Jetzt kaufen viele Menschen online ein.',
    'Hier kaufen viele Leute ein.',
    'Where did you buy here in town?',
    'Vi köper nu in nya datorer till kontoret.',
    'Register for our free webinar next Tuesday.',
  ],
);

table(
  'promotional.urgency',
  [
    ['en', 'Last chance! Only today, while stocks last.', ['Last chance', 'Only today', 'while stocks last']],
    ['sv', 'Sista chansen – bara idag!', ['Sista chansen', 'bara idag']],
    ['nb', 'Siste sjanse, kun i dag!', ['Siste sjanse', 'kun i dag']],
    ['nn', 'Siste sjanse, berre i dag!', ['Siste sjanse', 'berre i dag']],
    ['da', 'Sidste chance – kun i dag!', ['Sidste chance', 'kun i dag']],
    ['de', 'Letzte Chance, nur heute! Nur noch wenige Stück.', ['Letzte Chance', 'nur heute', 'Nur noch wenige Stück']],
    ['en', 'Everything must go: only 3 copies left!', ['Everything must go', 'only 3 copies left']],
  ],
  [
    'Free webinar next Tuesday – register here.',
    "Don't miss our talk on Friday.",
    'It was my last day at the office.',
    'Nur noch wenige Tage bis Weihnachten.',
    'Det var sista gången vi sågs.',
    'I was in a hurry this morning.',
    'Only 2 days left until the conference!',
    'Vi vill skynda på utbyggnaden av cykelbanor.',
  ],
);

table(
  'promotional.discount',
  [
    ['en', 'Get 50% off with code SAVE50!', ['50% off', 'with code SAVE50']],
    ['en', 'New phones from only £10 a month, plus a free gift.', ['from only £10', 'free gift']],
    ['de', 'Tarife ab nur 9 € im Monat.', ['ab nur 9 €']],
    ['sv', 'Kanonpris på alla jackor!', ['Kanonpris']],
    ['nb', 'Knallpris på alle jakker!', ['Knallpris']],
    ['da', 'Kanonpris på alle jakker!', ['Kanonpris']],
    ['de', 'Knallerpreis auf alle Jacken!', ['Knallerpreis']],
    ['sv', '20 % rabatt med koden VÅR20', ['20 % rabatt', 'med koden VÅR20']],
    ['sv', 'Använd rabattkoden VÅR20 i kassan.', ['rabattkoden VÅR20']],
    ['nb', 'Få 30 % avslag med koden SOMMER.', ['30 % avslag', 'med koden SOMMER']],
    ['nn', 'Bruk koden SOMMER25 i kassa.', ['Bruk koden SOMMER25']],
    ['da', 'Brug rabatkoden SOMMER25 og få 30 % rabat.', ['rabatkoden SOMMER25', '30 % rabat']],
    ['de', 'Mit dem Gutscheincode SOMMER25 sparen Sie 30 %.', ['Gutscheincode SOMMER25', 'sparen Sie 30 %']],
  ],
  ['We code in TypeScript every day.', 'Come by for free samples of our new cider.', 'I bought it for only €20 at the flea market.', 'Use code reviews to learn from each other.', 'Sales grew 30% this year.', 'Koden finns på GitHub.'],
);

table(
  'promotional.unverifiable-claim',
  [
    ['en', 'Best on the market – guaranteed results!', ['Best on the market', 'guaranteed results']],
    ['en', 'The #1 choice for teams, world-class support.', ['#1 choice', 'world-class']],
    ['sv', 'Marknadens bästa kaffe – garanterat resultat!', ['Marknadens bästa', 'garanterat resultat']],
    ['nb', 'Markedets beste kaffe i verdensklasse.', ['Markedets beste', 'i verdensklasse']],
    ['nn', 'Best på marknaden, garanterte resultat.', ['Best på marknaden', 'garanterte resultat']],
    ['da', 'Markedets bedste kaffe – garanterede resultater.', ['Markedets bedste', 'garanterede resultater']],
    ['de', 'Der beste Kaffee auf dem Markt, garantierte Ergebnisse.', ['beste Kaffee auf dem Markt', 'garantierte Ergebnisse']],
    ['en', "We're the best in the country at this.", ["We're the best in the country"]],
    ['sv', 'Vi är bäst i landet på kaffe.', ['Vi är bäst i landet']],
    ['nb', 'Vi er best i Norge på service.', ['Vi er best i Norge']],
    ['nn', 'Vi er best i landet, garantert.', ['Vi er best i landet']],
    ['da', 'Vi er bedst i landet.', ['Vi er bedst i landet']],
    ['de', 'Wir sind die Besten im Land.', ['Wir sind die Besten im Land']],
  ],
  [
    'Hun er landets beste skiløper.',
    'Sie ist die Beste im Land.',
    "It's guaranteed to rain on Midsummer.",
    'Det blir garanterat kul!',
    'My #1 tip for new managers: listen.',
    'Thanks to our amazing team!',
    'Das ist garantiert falsch.',
  ],
);

describe('promotional.unverifiable-claim in strict mode', () => {
  it('also flags a bare "guaranteed" and "#1"', () => {
    expect(flagged('promotional.unverifiable-claim', 'Guaranteed! My #1 tip.', { strict: true })).toEqual(['Guaranteed', '#1']);
  });
});

describe('promotional.we-focus', () => {
  const weOnly =
    'We are proud to share that our company has grown again this year. Our team has worked hard, and we have delivered our biggest ' +
    'release so far. Our platform now serves more customers than ever, and our engineers have rebuilt our core from scratch. We believe ' +
    'our approach is unique, and we are sure our results show it. Our founders started with a simple idea, and we have stayed true to ' +
    'it. Our offices in Stockholm and Oslo keep growing, and we will open our third office next year. We thank our partners and our ' +
    'investors for believing in us. Next spring we will launch our new mobile app, and our designers are already testing it with our ' +
    'pilot customers. We have also doubled our support team, so our response times are the shortest they have ever been. Our roadmap ' +
    'for the coming year is ambitious, and we are confident that our team will deliver it on time and with the quality we are known for.';

  it('flags a long post about "we" that never addresses the reader, at its first "we"', () => {
    const [hit] = hitsOf('promotional.we-focus', weOnly);
    expect(weOnly.slice(hit!.start, hit!.end)).toBe('We');
    expect(hit!.message).toMatchObject({ en: expect.stringMatching(/“you” 0 times/) });
  });

  it('counts Swedish, Norwegian, Danish and German pronouns', () => {
    const swedish = Array.from({ length: 12 }, () => 'Vi bygger vår plattform och våra kunder litar på oss.').join(' ');
    expect(flagged('promotional.we-focus', swedish, { strict: true })).toEqual(['Vi']);
    const german = Array.from({ length: 12 }, () => 'Wir bauen unsere Plattform, und unsere Kunden vertrauen uns.').join(' ');
    expect(flagged('promotional.we-focus', german, { strict: true })).toEqual(['Wir']);
    const germanPolite = Array.from({ length: 12 }, () => 'Wir bauen unsere Plattform für Sie und Ihre Kunden.').join(' ');
    expect(flagged('promotional.we-focus', germanPolite, { strict: true })).toEqual([]);
  });

  it('leaves alone a post that talks to the reader', () => {
    const toReader =
      ' What would you build with it? Tell us what you need, and your team will get early access. If you have ideas, you can reach ' +
      'us any time, and your feedback shapes what you get next.';
    expect(flagged('promotional.we-focus', weOnly + toReader, { strict: true })).toEqual([]);
  });

  it('leaves alone a short proud announcement', () => {
    expect(flagged('promotional.we-focus', 'Proud to announce our new office in Malmö! Thanks to our amazing team, we did it.', { strict: true })).toEqual([]);
  });
});

describe('ordinary posts are neither selling nor spam', () => {
  it.each([
    "We're hiring! We are looking for a backend developer to join our team in Stockholm. Apply by 30 June.",
    'Free webinar next Tuesday at 10:00 on accessible design. Register via the link in the comments.',
    'Proud to announce our new office in Malmö. Thanks to our amazing team!',
    'Today we launch version 2 of our app. It adds offline maps and a dark mode.',
    'Vi söker en projektledare till vårt kontor i Göteborg. Sista ansökningsdag 15 maj.',
    'Välkommen på frukostseminarium om hållbar upphandling nästa torsdag.',
    'Vi ansetter! Vi ser etter en utvikler til teamet vårt i Bergen.',
    'Velkommen til gratis webinar neste tirsdag om universell utforming.',
    'Vi tilset ein ny rådgjevar til kontoret vårt i Førde.',
    'Vi søger en ny kollega til vores team i Aarhus. Ansøgningsfrist 1. juni.',
    'Wir stellen ein! Wir suchen eine Entwicklerin für unser Team in Berlin.',
    'Einladung zum kostenlosen Webinar am Dienstag um 10 Uhr.',
  ])('%s', (text) => {
    const doc = buildDoc(text);
    const hits = [...spamRules, ...promotionalRules].flatMap((rule) => rule.check(doc, {}).filter((hit) => (hit.sureness ?? 1) >= 1));
    expect(hits).toEqual([]);
  });
});

describe('the settings page examples', () => {
  // The we-focus rule needs a long post, which its one-line example can only describe.
  const rules = [...spamRules, ...promotionalRules].filter((rule) => rule.id !== 'promotional.we-focus');
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s: its example triggers it', (_id, rule) => {
    expect(rule.check(buildDoc(rule.example), {}).length).toBeGreaterThan(0);
  });
});

// Wider wording: struck-out prices, "up to 70 %", 3-for-2, sale deadlines and money-back guarantees.
table(
  'promotional.buy-now',
  [
    ["en", "Grab yours before Friday!", ["Grab yours before"]],
    ["en", "Pre-order now.", ["Pre-order now"]],
    ["sv", "Beställ redan idag!", ["Beställ redan idag"]],
    ["nb", "Bestill allerede i dag!", ["Bestill allerede i dag"]],
    ["nn", "Bestill allereie i dag!", ["Bestill allereie i dag"]],
    ["da", "Bestil allerede i dag!", ["Bestil allerede i dag"]],
    ["de", "Jetzt zuschlagen – der Sale endet am Sonntag!", ["Jetzt zuschlagen"]],
    ["de", "Schnapp dir jetzt dein Exemplar!", ["Schnapp dir jetzt"]],
    ["de", "Neue Kollektion! Jetzt im Shop bestellen.", ["Jetzt im Shop bestellen"]],
  ],
  [
    "I ordered a new bike today and it arrives Friday.",
    "Jetzt kaufen viele Leute online ein.",
    "Vi bestilte allerede i g\u00e5r.",
  ],
);

table(
  'promotional.urgency',
  [
    ["en", "Ends tonight at midnight!", ["Ends tonight"]],
    ["en", "Sale ends Sunday, so get yours now.", ["Sale ends Sunday"]],
    ["sv", "Passa på – rean slutar på söndag!", ["rean slutar"]],
    ["sv", "Bara i helgen: 20 % på allt.", ["Bara i helgen"]],
    ["nb", "Kun noen få igjen på lager.", ["Kun noen få igjen"]],
    ["nb", "Benytt deg av det – tilbudet utløper søndag.", ["tilbudet utløper"]],
    ["nn", "Kampanjen gjeld berre denne veka!", ["Kampanjen gjeld berre"]],
    ["nn", "Berre nokre få att på lager.", ["Berre nokre få att"]],
    ["da", "Skynd dig – udsalget slutter søndag!", ["Skynd dig","udsalget slutter"]],
    ["da", "Kun få tilbage på lager.", ["Kun få tilbage på lager"]],
    ["de", "Nur noch wenige auf Lager.", ["Nur noch wenige auf Lager"]],
    ["de", "Die Aktion endet am Freitag.", ["Aktion endet"]],
    ["de", "Ein einmaliges Angebot!", ["einmaliges Angebot"]],
  ],
  [
    "Enjoy the cherry blossoms while they last.",
    "Vi har \u00f6ppet bara i helgen, v\u00e4lkomna!",
    "Wir haben nur am Wochenende ge\u00f6ffnet.",
    "Heute letzter Tag im B\u00fcro \u2013 danke f\u00fcr alles!",
    "Salget av selskapet ble fullf\u00f8rt i g\u00e5r.",
    "Vi har kun \u00e5bent i weekenden.",
  ],
);

table(
  'promotional.discount',
  [
    ["en", "Was $99, now only $49!", ["Was $99","now only $49"]],
    ["sv", "Ord. pris 499 kr, nu endast 299 kr!", ["Ord. pris 499 kr","nu endast 299 kr"]],
    ["sv", "REA! Upp till 70 % på utvalda varor.", ["Upp till 70 % på utvalda"]],
    ["sv", "Köp 3 betala för 2 hela helgen.", ["Köp 3 betala för 2"]],
    ["nb", "Før 499,- nå kun 299,-!", ["Før 499,-","nå kun 299,-"]],
    ["nb", "Ta 3 betal for 2 hele helgen.", ["Ta 3 betal for 2"]],
    ["nn", "Før 499,- no berre 299,-!", ["Før 499,-","no berre 299,-"]],
    ["nn", "Ta 3 betal for 2 heile helga.", ["Ta 3 betal for 2"]],
    ["da", "Fri fragt på alle ordrer over 500 kr.", ["Fri fragt"]],
    ["da", "Før 499 kr. nu kun 299 kr.!", ["Før 499 kr","nu kun 299 kr"]],
    ["de", "Statt 49,99 € jetzt nur 29,99 €!", ["Statt 49,99 €","jetzt nur 29,99 €"]],
    ["de", "Kauf 3, zahl 2 – nur dieses Wochenende.", ["Kauf 3, zahl 2"]],
    ["de", "Großer Räumungsverkauf ab Montag.", ["Räumungsverkauf"]],
  ],
  [
    "Up to 40% of employees feel stressed at work.",
    "Revenue grew 12% this quarter, up to 30% in the Nordics.",
    "Tickets cost 200 kr. See you there!",
    "Proud to announce our new office. Was 12 people, now 40!",
    "Der Umsatz stieg um 12 %, statt 5 % wie erwartet.",
    "Opptil 40 % av de ansatte opplever stress.",
  ],
);

table(
  'promotional.unverifiable-claim',
  [
    ["en", "30-day money-back guarantee.", ["money-back guarantee"]],
    ["sv", "Nöjd eller pengarna tillbaka.", ["eller pengarna tillbaka"]],
    ["sv", "Årets bästa erbjudande!", ["Årets bästa erbjudande"]],
    ["nb", "Fornøyd-garanti eller pengene tilbake.", ["Fornøyd-garanti","eller pengene tilbake"]],
    ["nn", "Vi er marknadsleiande på kvalitet.", ["marknadsleiande"]],
    ["da", "Tilfredshedsgaranti eller pengene tilbage.", ["Tilfredshedsgaranti","eller pengene tilbage"]],
    ["de", "Geld-zurück-Garantie!", ["Geld-zurück-Garantie"]],
    ["de", "Das beste Angebot des Jahres!", ["Das beste Angebot des Jahres"]],
  ],
  [
    "Vi spiste pizza i byen i g\u00e5r.",
    "Das Angebot des Kindergartens ist gut.",
    "Er bekam sein Geld zur\u00fcck.",
  ],
);

// Online-shop calls, bargain words, 2-for-1 and price-beating claims.
table(
  'promotional.buy-now',
  [
    ["sv", "Besök vår webbshop idag!", ["Besök vår webbshop idag"]],
    ["nb", "Bestill på nett i dag!", ["Bestill på nett i dag"]],
    ["nn", "Besøk nettbutikken vår i dag!", ["Besøk nettbutikken vår i dag"]],
    ["da", "Besøg vores webshop i dag!", ["Besøg vores webshop i dag"]],
    ["de", "Besuche jetzt unseren Onlineshop!", ["Besuche jetzt unseren Onlineshop"]],
  ],
  [
    "Vi handlet p\u00e5 nett i g\u00e5r.",
    "Bes\u00f8k oss p\u00e5 stand 12 i dag!",
  ],
);

table(
  'promotional.discount',
  [
    ["en", "2 for 1 on all drinks tonight!", ["2 for 1"]],
    ["sv", "Kom förbi och gör ett fynd!", ["gör ett fynd"]],
    ["nb", "Gratis gave ved kjøp over 500 kr!", ["Gratis gave ved kjøp"]],
    ["nn", "Tilbodspris heile veka!", ["Tilbodspris"]],
    ["da", "Kom forbi og gør et kup!", ["gør et kup"]],
    ["de", "Preishammer! Jetzt Schnäppchen sichern.", ["Preishammer","Schnäppchen sichern"]],
    ["de", "2 für 1 auf alle Getränke heute Abend!", ["2 für 1"]],
  ],
  [
    "Han vant 2 for 1 i sjakk.",
    "Vi gjorde et kupp da vi fikk henne med p\u00e5 laget!",
  ],
);

table(
  'promotional.unverifiable-claim',
  [
    ["en", "You won't find it cheaper anywhere.", ["You won't find it cheaper"]],
    ["sv", "Ingen slår våra priser!", ["Ingen slår våra priser"]],
    ["nb", "Beste kvalitet til laveste pris!", ["Beste kvalitet til laveste pris"]],
    ["nn", "Billegare får du det ikkje!", ["Billegare får du det ikkje"]],
    ["da", "Danmarks mest solgte proteinpulver!", ["Danmarks mest solgte"]],
    ["de", "Günstiger geht's nicht!", ["Günstiger geht's nicht"]],
  ],
  [
    "Norges mest popul\u00e6re turistm\u00e5l er Preikestolen.",
    "Deutschlands beliebteste Reiseziele im \u00dcberblick.",
    "Ingen sl\u00e5r oss p\u00e5 engasjement \u2013 takk til alle frivillige!",
  ],
);

// Download and free-trial calls, free quotes, don't-miss-our-sale, and no-binding offer terms.
table(
  'promotional.buy-now',
  [
    ["en", "Our new app saves you hours every week. Download it today!", ["Download it today"]],
    ["sv", "Vår nya app sparar dig tid. Ladda ner den idag!", ["Ladda ner den idag"]],
    ["nb", "Vår nye app sparer deg for timer. Last ned i dag!", ["Last ned i dag"]],
    ["nn", "Vi er ekspertar på bad. Ta kontakt for eit uforpliktande tilbod!", ["uforpliktande tilbod"]],
    ["da", "Vi er eksperter i badeværelser. Kontakt os for et uforpligtende tilbud!", ["uforpligtende tilbud"]],
    ["de", "Jetzt 30 Tage kostenlos testen!", ["Jetzt 30 Tage kostenlos testen"]],
    ["sv", "Testa gratis i 30 dagar!", ["Testa gratis"]],
  ],
  [
    "Last ned rapporten fra lenken i kommentarfeltet.",
    "Das kostenlose Angebot der Stadt f\u00fcr Senioren startet im Mai.",
    "Pr\u00f8v deg fram og finn ut hva som passer for deg.",
  ],
);

table(
  'promotional.urgency',
  [
    ["en", "Don't miss our summer sale!", ["Don't miss our summer sale"]],
    ["sv", "Missa inte vår stora sommarrea!", ["Missa inte vår stora sommarrea"]],
    ["nb", "Ikke gå glipp av sommersalget vårt!", ["Ikke gå glipp av sommersalget"]],
    ["nn", "Ikkje gå glipp av sommarsalet vårt!", ["Ikkje gå glipp av sommarsalet"]],
    ["da", "Gå ikke glip af vores store sommertilbud!", ["Gå ikke glip af vores store sommertilbud"]],
    ["de", "Verpasse nicht unseren großen Sommer-Sale!", ["Verpasse nicht unseren großen Sommer-Sale"]],
  ],
  [
    "Don't miss our CEO's keynote at the conference on Tuesday.",
    "Missa inte v\u00e5r f\u00f6rel\u00e4sning p\u00e5 torsdag!",
    "G\u00e5 ikke glip af vores foredrag p\u00e5 torsdag!",
    "Ikke g\u00e5 glipp av v\u00e5r frokostseminar p\u00e5 fredag!",
    "Verpasse nicht unseren Vortrag am Donnerstag!",
  ],
);

table(
  'promotional.discount',
  [
    ["en", "Try it free for 30 days – no strings attached!", ["no strings attached"]],
    ["nb", "Ingen binding, ingen skjulte kostnader!", ["Ingen binding","ingen skjulte kostnader"]],
    ["de", "Keine versteckten Kosten!", ["Keine versteckten Kosten"]],
    ["da", "Medlemskab uden startgebyr – ingen binding!", ["ingen binding"]],
  ],
  [
    "Ingen binding mellom de to sakene, sier ministeren.",
    "Kommunens sommertilbud til barn og unge er klart.",
    "Wir hatten keine versteckten Agenden.",
  ],
);

// Market-leader and happy-customer claims, top-quality compounds.
table(
  'promotional.unverifiable-claim',
  [
    ["en", "Thousands of happy customers can't be wrong.", ["Thousands of happy customers"]],
    ["sv", "Vi är Sveriges ledande byrå inom SEO.", ["Vi är Sveriges ledande"]],
    ["nb", "Vi er Norges ledende leverandør av solceller.", ["Vi er Norges ledende"]],
    ["nb", "Toppkvalitet til en god pris!", ["Toppkvalitet"]],
    ["nn", "Tusenvis av nøgde kundar kan ikkje ta feil.", ["Tusenvis av nøgde kundar"]],
    ["da", "Vi er Danmarks førende leverandør af solceller.", ["Vi er Danmarks førende"]],
    ["de", "Tausende zufriedene Kunden vertrauen uns.", ["Tausende zufriedene Kunden"]],
    ["de", "Spitzenqualität aus Bayern.", ["Spitzenqualität"]],
  ],
  [
    "Vi er k\u00e5ret til bransjens beste arbeidsplass.",
    "Equinor, Norges ledende energiselskap, la fram tall i dag.",
  ],
);

// Percent-off on all or selected goods; a share of something stays clean.
table(
  'promotional.discount',
  [
    ['nb', 'Nå har vi 50 % på alle jakker!', ['50 % på alle']],
    ['sv', 'Just nu 30 % på alla jackor!', ['30 % på alla']],
    ['da', 'Lige nu 30 % på alle jakker!', ['30 % på alle']],
    ['de', 'Jetzt 30 % auf alle Jacken!', ['30 % auf alle']],
    ['en', '10% on all orders this week.', ['10% on all']],
    ['nn', 'No 20 % på heile sortimentet!', ['20 % på heile']],
  ],
  ['Over 50 % på alle skoler opplever dette.', 'Vi har økt lønna med 3 % for alle ansatte.', 'Mehr als 30 % auf alle Fragen antworteten mit Ja.'],
);

// Strike-now and grab-yours calls, German imperatives with noch heute.
table(
  'promotional.buy-now',
  [
    ['nb', 'Slå til nå – lageret er begrenset!', ['Slå til nå']],
    ['sv', 'Slå till nu!', ['Slå till nu']],
    ['nn', 'Slå til no medan lageret rekk!', ['Slå til no']],
    ['da', 'Snup din i dag!', ['Snup din i dag']],
    ['de', 'Bestellen Sie noch heute!', ['Bestellen Sie noch heute']],
    ['en', 'Get yours here: link in comments.', ['Get yours here']],
  ],
  ['Han slo til nå i helga og kjøpte hytte.', 'Vi slår til nå med et nytt kurs.', 'Sie bestellten noch heute Morgen Kaffee.'],
);

// 3 for 2 opening a clause.
table(
  'promotional.discount',
  [
    ['da', 'Nu: 3 for 2 på alle trøjer!', ['3 for 2']],
    ['sv', 'Just nu: 3 för 2 på alla tröjor!', ['3 för 2']],
    ['de', 'Diese Woche: 3 für 2 auf alle Pullover!', ['3 für 2']],
  ],
  ['Tickets cost 200 kr.', 'Vi solgte huset for 3 millioner kroner.', 'Vi vant 3 for 2 i straffesparkkonkurransen.', 'Köpte den för bara 20 kr på loppis.'],
);

// Free demos and first consultations booked.
table(
  'promotional.buy-now',
  [
    ['en', 'Book a free demo today!', ['Book a free demo']],
    ['nb', 'Book en gratis demo i dag!', ['Book en gratis demo']],
    ['de', 'Buchen Sie jetzt Ihre kostenlose Erstberatung!', ['kostenlose Erstberatung']],
    ['sv', 'Boka en kostnadsfri demo redan idag!', ['Boka en kostnadsfri demo']],
  ],
  [
    'Die Verbraucherzentrale bietet kostenlose Beratung für Mieter an.',
    'Kommunen erbjuder kostnadsfri rådgivning till företagare.',
    'Er du interessert i stillingen? Ta kontakt for en uforpliktende samtale.',
    'Free consultation for refugees every Tuesday at the library.',
  ],
);

// Time-limited offers, buy-one-get-one and big sales in every language; quitting a job today stays clean.
table(
  'promotional.urgency',
  [
    ['nb', 'Tidsbegrenset tilbud – kun i 24 timer!', ['Tidsbegrenset tilbud', 'kun i 24 timer']],
    ['sv', 'Tidsbegränsat erbjudande – bara i 24 timmar!', ['Tidsbegränsat erbjudande', 'bara i 24 timmar']],
    ['da', 'Tidsbegrænset tilbud – kun i 24 timer!', ['Tidsbegrænset tilbud', 'kun i 24 timer']],
    ['de', 'Zeitlich begrenztes Angebot – nur 24 Stunden!', ['Zeitlich begrenztes Angebot', 'nur 24 Stunden']],
    ['nn', 'Tidsavgrensa tilbod – berre i 24 timar!', ['Tidsavgrensa tilbod', 'berre i 24 timar']],
    ['en', 'Ends tonight at midnight!', ['Ends tonight']],
  ],
  [
    'Jeg slutter i dag etter ti år – takk for alt!',
    'Jag slutar idag efter tio år i företaget.',
    'Mein Praktikum endet heute. Danke an alle!',
    'My internship ends today – thank you all!',
    'Sjekk føflekkene dine før det er for sent.',
  ],
);

table(
  'promotional.discount',
  [
    ['nb', 'Kjøp en, få en gratis!', ['Kjøp en, få en gratis']],
    ['sv', 'Köp en få en gratis!', ['Köp en få en gratis']],
    ['de', 'Kauf eins, bekomm eins gratis!', ['Kauf eins, bekomm eins gratis']],
    ['da', 'Bundpris på alle cykler!', ['Bundpris']],
    ['de', 'Großer Sale am Wochenende!', ['Großer Sale']],
  ],
  ['Handlet på Bunnpris i dag.', 'Vi hadde et stort salg av aksjer i fjor.'],
);

// This week only, offer-valid-until wording and "opp til" percentages.
table(
  'promotional.urgency',
  [
    ['nn', 'Berre denne veka: 20 % på alle jakker!', ['Berre denne veka']],
    ['nb', 'Tilbudet gjelder ut uka.', ['Tilbudet gjelder ut']],
    ['da', 'Tilbuddet gælder til og med søndag.', ['Tilbuddet gælder til']],
    ['de', 'Angebot gültig bis Sonntag.', ['Angebot gültig bis']],
    ['en', 'This week only: free shipping!', ['This week only']],
    ['sv', 'Bara denna vecka: fri frakt!', ['Bara denna vecka']],
  ],
  ['Vi er bare denne uka på kontoret.', 'Jeg er kun denne uken i Oslo.'],
);

table(
  'promotional.discount',
  [
    ['nn', 'Spar opp til 50 % på utvalde varer!', ['Spar opp til 50 %']],
    ['nb', 'Opp til 50 % på alt!', ['Opp til 50 % på alt']],
  ],
  ['Opp til 50 % av de ansatte svarte ja.'],
);

// Number-one claims owned by a place: Norges #1, Deutschlands Nr. 1, vi er nummer 1 i Norge.
table(
  'promotional.unverifiable-claim',
  [
    ['nb', 'Norges #1 på hudpleie!', ['Norges #1']],
    ['sv', 'Sveriges nr 1 inom hudvård!', ['Sveriges nr 1']],
    ['da', 'Vi er nummer et i Danmark.', ['Vi er nummer et i']],
    ['de', 'Deutschlands Nr. 1 für Hautpflege!', ['Deutschlands Nr. 1']],
    ['nn', 'Noregs nummer 1 på hudpleie!', ['Noregs nummer 1']],
    ['en', '#1 in the world for busy teams.', ['#1 in the world']],
  ],
  ['My #1 tip for new managers: listen.', 'Tip #1 in this thread: sleep more.', 'Danmarks 1. division starter i august.'],
);

// Calls to buy with the thing named: kjøp den her, bestill den nå, buy it here.
table(
  'promotional.buy-now',
  [
    ['nb', 'Boka mi er ute – bestill den nå!', ['bestill den nå']],
    ['nn', 'Boka mi er ute – kjøp ho her!', ['kjøp ho her']],
    ['sv', 'Min bok är ute – köp den här!', ['köp den här']],
    ['da', 'Min bog er udkommet – køb den her!', ['køb den her']],
    ['de', 'Mein Buch ist da – bestell es jetzt!', ['bestell es jetzt']],
    ['en', 'My book is out – buy it here!', ['buy it here']],
  ],
  ['Vi bestilte den her i går.', 'Jeg kjøpte den her i fjor.'],
);

// Found with sentences written for probing: "book yours now", a price rising in Norwegian,
// and "trusted by over 10,000 companies".
table(
  'promotional.buy-now',
  [
    ['en', 'Only 5 spots left in my coaching program, book yours now', ['book yours now']],
    ['en', 'Tickets are selling fast. Secure yours today!', ['Secure yours today']],
  ],
  ['I booked mine months ago, did you book yours?'],
);

table(
  'promotional.urgency',
  [
    ['nb', 'Prisen øker i morgen, ikke vent!', ['Prisen øker']],
    ['nn', 'Prisen aukar i morgon, ikkje vent!', ['Prisen aukar']],
  ],
  ['Prisen på strøm øker i vinter, ifølge NVE.'],
);

table(
  'promotional.unverifiable-claim',
  [
    ['en', 'The #1 CRM trusted by over 10,000 companies worldwide', ['trusted by over 10,000 companies']],
    ['en', 'Trusted by 500+ teams across Europe', ['Trusted by 500+ teams']],
  ],
  ["I'm so honoured to be trusted by my clients."],
);
