import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { flagged, hitsOf, table } from './rule-cases';

table(
  'spam.engagement-bait',
  [
    ['en', 'Comment YES below if you want the guide!', ['Comment YES below']],
    ['en', 'Like if you agree!', ['Like if you agree']],
    ['en', 'Drop a 🔥 below if you agree', ['Drop a 🔥']],
    ['en', 'Want the checklist? Just type 1 below.', ['type 1 below']],
    ['sv', 'Kommentera JA nedan så skickar jag guiden.', ['Kommentera JA nedan']],
    ['sv', 'Gilla om du håller med!', ['Gilla om du håller med']],
    ['sv', 'Kommentera 🙌 om du håller med', ['Kommentera 🙌']],
    ['nb', 'Skriv ja under hvis du vil ha guiden.', ['Skriv ja under']],
    ['nb', 'Lik hvis du er enig!', ['Lik hvis du er enig']],
    ['nn', 'Skriv ja under viss du vil ha guiden.', ['Skriv ja under']],
    ['nn', 'Lik om du er einig!', ['Lik om du er einig']],
    ['da', 'Skriv ja herunder, hvis du vil have guiden.', ['Skriv ja herunder']],
    ['da', 'Like hvis du er enig!', ['Like hvis du er enig']],
    ['de', 'Schreib JA in die Kommentare, wenn du den Leitfaden willst.', ['Schreib JA in die Kommentare']],
    ['de', 'Like, wenn du zustimmst!', ['Like, wenn du zustimmst']],
  ],
  [
    "I'd like to comment on yesterday's news.",
    'Leave a comment with your own experience.',
    'Type 2 and type 1 diabetes differ in many ways.',
    'What do you think? I would love to hear your view.',
    'Skriv gärna en kommentar om du har frågor.',
    'Jeg liker hvis du kommer tidlig.',
    'Der Kommentar ist jetzt online.',
    'I like it 🔥',
  ],
);

table(
  'spam.vote-bait',
  [
    ['en', 'Coffee or tea? React ❤️ for coffee, 😮 for tea!', ['❤️ for coffee, 😮 for tea']],
    ['sv', 'Kaffe eller te? Rösta ❤️ för kaffe, 😮 för te!', ['❤️ för kaffe, 😮 för te']],
    ['nb', 'Rød eller blå? Stem 👍 for rød, 👎 for blå.', ['👍 for rød, 👎 for blå']],
    ['nn', 'Raud eller blå? Stem 👍 for raud, 👎 for blå.', ['👍 for raud, 👎 for blå']],
    ['da', 'Rød eller blå? Stem 👍 for rød, 👎 for blå.', ['👍 for rød, 👎 for blå']],
    ['de', 'Kaffee oder Tee? Stimmt ab: ❤️ für Kaffee, 😮 für Tee', ['❤️ für Kaffee, 😮 für Tee']],
    ['en', 'Which one? 👍 = yes, 👎 = no. Vote now', ['👍 = yes, 👎 = no']],
  ],
  ['Thanks 🙏 for coming, and 🎉 for the cake', 'Vote for your favourite in our survey 🗳️', 'Tack 🙏 för i dag!'],
);

table(
  'spam.share-bait',
  [
    ['en', 'Share with 5 friends and tag someone who needs this!', ['Share with 5 friends', 'tag someone who']],
    ['en', 'Like and share to win a trip!', ['Like and share to win']],
    ['sv', 'Dela med 5 vänner och tagga någon som behöver det!', ['Dela med 5 vänner', 'tagga någon som']],
    ['nb', 'Del med 5 venner og tagg noen som trenger det!', ['Del med 5 venner', 'tagg noen som']],
    ['nn', 'Del med 5 vener og tagg nokon som treng det!', ['Del med 5 vener', 'tagg nokon som']],
    ['da', 'Del med 5 venner og tagg en ven!', ['Del med 5 venner', 'tagg en ven']],
    ['de', 'Teile mit 5 Freunden und markiere jemanden, der das braucht!', ['Teile mit 5 Freunden', 'markiere jemanden, der']],
    ['sv', 'Gilla, dela och tagga tre vänner!', ['Gilla, dela och tagga']],
    ['nn', 'Del med vennene dine!', ['Del med vennene dine']],
    ['de', 'Teilt diesen Beitrag, damit es alle sehen!', ['Teilt diesen Beitrag']],
    ['sv', 'Dela inlägget så att fler ser det!', ['Dela inlägget så']],
  ],
  [
    'We share a love of good coffee.',
    'Share your thoughts in the comments.',
    'En del av teamet delar med sig av sina erfarenheter.',
    'Tag en ven med til festen på lørdag.',
    'Wir teilen unsere Erfahrungen gern.',
  ],
);

table(
  'spam.follow-for-follow',
  [
    ['en', 'New here! Follow back #f4f', ['Follow back', '#f4f']],
    ['en', '#like4like #l4l', ['#like4like', '#l4l']],
    ['sv', 'Följ tillbaka!', ['Följ tillbaka']],
    ['nb', 'Jeg følger tilbake!', ['følger tilbake']],
    ['nn', 'Følg tilbake, takk!', ['Følg tilbake']],
    ['da', 'Følg tilbage, tak!', ['Følg tilbage']],
    ['de', 'Folge zurück!', ['Folge zurück']],
  ],
  ['I will follow up next week.', 'Following back on our talk: here are the slides.', 'Vi följer upp i morgon.'],
);

table(
  'spam.get-rich',
  [
    ['en', 'Make $5000 a week from home!', ['Make $5000 a week from home']],
    ['en', 'Double your bitcoin in 24 hours.', ['Double your bitcoin']],
    ['en', 'Refused a loan? Bad credit no problem!', ['Refused a loan', 'Bad credit no problem']],
    ['sv', 'Lån utan UC – svar direkt', ['Lån utan UC']],
    ['de', 'Kredit ohne Schufa!', ['Kredit ohne Schufa']],
    ['sv', 'Tjäna 5000 kr i veckan hemifrån!', ['Tjäna 5000 kr i veckan']],
    ['nb', 'Tjen penger hjemmefra!', ['Tjen penger hjemmefra']],
    ['nn', 'Ten pengar heimanfrå!', ['Ten pengar heimanfrå']],
    ['da', 'Tjen penge hjemmefra!', ['Tjen penge hjemmefra']],
    ['de', 'Verdiene 500 Euro pro Tag!', ['Verdiene 500 Euro pro Tag']],
    ['de', 'Von zu Hause aus Geld verdienen!', ['Von zu Hause aus Geld verdienen']],
  ],
  [
    "Let's make it a day to remember.",
    'We earn our customers’ trust every day.',
    'Jag tjänade pengar på sommarjobbet.',
    'Passive income is a myth, says our economist.',
  ],
);

table(
  'spam.dm-come-on',
  [
    ['en', 'DM me for prices, link in bio', ['DM me for prices', 'link in bio']],
    ['sv', 'Skicka ett DM för pris, länk i bio', ['Skicka ett DM för pris', 'länk i bio']],
    ['nb', 'Send meg en melding for pris! Lenke i bio.', ['Send meg en melding for pris', 'Lenke i bio']],
    ['nn', 'Send meg ein melding for pris!', ['Send meg ein melding for pris']],
    ['da', 'Send mig en besked for pris – link i bio', ['Send mig en besked for pris', 'link i bio']],
    ['de', 'Schreib mir eine Nachricht für Preise, Link in der Bio', ['Schreib mir eine Nachricht für Preise', 'Link in der Bio']],
  ],
  ["We're hiring – DM me if you're interested.", 'Send me a message when you land.', 'Skriv till mig om du har frågor.'],
);

table(
  'spam.prize-scam',
  [
    ['en', 'You have won a £1000 prize! Claim your prize now.', ['You have won a £1000 prize', 'Claim your prize']],
    ['en', 'You have won £500! Call to claim.', ['You have won £500']],
    ['en', 'URGENT! Your mobile number has been awarded a bonus.', ['number has been awarded']],
    ['en', 'Hot singles in your area are waiting!', ['Hot singles']],
    ['en', 'We tried to contact you about your parcel.', ['tried to contact you']],
    ['sv', 'Heta singlar i ditt område!', ['Heta singlar']],
    ['en', 'Win a trip to Paris!', ['Win a trip']],
    ['en', 'For your chance to WIN a FREE headset, reply now', ['WIN a FREE']],
    ['en', 'A fantastic surprise awaiting you!', ['surprise awaiting you']],
    ['sv', 'Du har ett nytt röstmeddelande. Ring oss.', ['Du har ett nytt röstmeddelande']],
    ['sv', 'Vinn ett presentkort på 500 kr!', ['Vinn ett']],
    ['nb', 'Vinn et gavekort!', ['Vinn et']],
    ['da', 'Vind et gavekort!', ['Vind et']],
    ['de', 'Gewinne einen Gutschein!', ['Gewinne einen']],
    ['de', 'Sie haben einen Gutschein gewonnen!', ['Sie haben einen Gutschein gewonnen']],
    ['sv', 'Du har vunnit en iPhone! Hämta ditt pris här.', ['Du har vunnit en', 'Hämta ditt pris']],
    ['nb', 'Du har vunnet et gavekort! Hent premien din her.', ['Du har vunnet et', 'Hent premien din']],
    ['nn', 'Du har vunne eit gåvekort! Hent premien din her.', ['Du har vunne eit', 'Hent premien din']],
    ['da', 'Du har vundet 5000 kr! Din pakke kunne ikke leveres.', ['Du har vundet 5000', 'Din pakke kunne ikke leveres']],
    ['de', 'Herzlichen Glückwunsch, Sie haben gewonnen! Ihr Paket konnte nicht zugestellt werden.', ['Herzlichen Glückwunsch, Sie haben gewonnen', 'Ihr Paket konnte nicht zugestellt werden']],
  ],
  [
    'We won the match yesterday!',
    'She was awarded a PhD scholarship.',
    'Claim your spot at our free webinar.',
    'You won the argument, fair enough.',
    'Congratulations Anna, you have won the hackathon!',
    'Du har vunnit mitt hjärta.',
    'Die Bayern? Sie haben gewonnen.',
    'Vi vann matchen i går!',
    'We win a lot of deals by listening.',
  ],
);

table(
  'spam.premium-sms',
  [
    ['en', 'Txt WIN to 80082 now! 150p/msg. Reply STOP to end.', ['Txt WIN to 80082', '150p/msg', 'Reply STOP']],
    ['en', 'Call 09061790126 from a landline.', ['09061790126']],
    ['en', 'Txt word: START to No: 81151 now', ['Txt word: START to No: 81151']],
    ['en', 'Call FREEPHONE now', ['FREEPHONE']],
    ['sv', 'SMS:a VINST till 72000. Svara STOPP för att avsluta.', ['SMS:a VINST till 72000', 'Svara STOPP']],
    ['nb', 'Send VINN til 2000. Koster 5 kr per SMS.', ['Send VINN til 2000', 'Koster 5 kr per SMS']],
    ['nn', 'Send VINN til 2000. Svar STOPP.', ['Send VINN til 2000', 'Svar STOPP']],
    ['da', 'Send VIND til 1231. Svar STOP for at afmelde.', ['Send VIND til 1231', 'Svar STOP']],
    ['de', 'Sende GEWINN an 12345. Kostet 49 Cent pro SMS.', ['Sende GEWINN an 12345', 'Kostet 49 Cent pro SMS']],
  ],
  ['Send out the invites today.', 'Watch it in 720p.', 'Text me at 5 to confirm.', 'I will send it to 3 colleagues.', 'Call me on 0701234567.', 'We stop at 5.'],
);

describe('spam.hashtag-stuffing', () => {
  it('flags a block of hashtags and suggests keeping the first three', () => {
    const text = 'New post! #a #b #c #d #e #f #g #h';
    const [hit] = hitsOf('spam.hashtag-stuffing', text);
    expect(text.slice(hit!.start, hit!.end)).toBe('#a #b #c #d #e #f #g #h');
    expect(hit!.suggestions).toEqual(['#a #b #c']);
  });
  it('is stricter on X, which advises one or two', () => {
    const text = 'Launch day for our new tool, built with care by the whole team #ai #ml #dev #js #ts';
    expect(flagged('spam.hashtag-stuffing', text, { platform: 'x' })).toEqual(['#ai #ml #dev #js #ts']);
    expect(flagged('spam.hashtag-stuffing', text, { platform: 'linkedin' })).toEqual([]);
  });
  it('flags tags that crowd out the words', () => {
    expect(flagged('spam.hashtag-stuffing', 'Sunset #love #sun #beach #summer')).toEqual(['#love #sun #beach #summer']);
  });
  it.each(['Great day at #NordicJS with the team #javascript', 'Vi ses på #Almedalen! #politik #demokrati'])('leaves alone: %s', (text) => {
    expect(flagged('spam.hashtag-stuffing', text)).toEqual([]);
  });
});

describe('spam.mention-stuffing', () => {
  it('flags mass tagging', () => {
    const text = 'Check out my course! @anna @bjorn @carla @david @erik @fatima @gustav @hanna @ida @jonas';
    expect(flagged('spam.mention-stuffing', text)).toEqual(['@anna @bjorn @carla @david @erik @fatima @gustav @hanna @ida @jonas']);
  });
  it.each(['@anna @bjorn @carla @david @erik @fatima thanks for the lunch, it was lovely to see you all', 'Thanks @anna and @bjorn for a great talk!'])(
    'leaves alone: %s',
    (text) => {
      expect(flagged('spam.mention-stuffing', text)).toEqual([]);
    },
  );
});

describe('spam.link-stuffing', () => {
  it('flags three links and suggests dropping all but the first', () => {
    const text = 'Links: https://a.example.com https://b.example.com https://c.example.com';
    const hits = hitsOf('spam.link-stuffing', text);
    expect(hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(['https://a.example.com', 'https://b.example.com', 'https://c.example.com']);
    expect(hits.map((hit) => hit.suggestions)).toEqual([[], [''], ['']]);
  });
  it('flags a shortened link', () => {
    expect(flagged('spam.link-stuffing', 'Read more: bit.ly/3xYz')).toEqual(['bit.ly/3xYz']);
  });
  it('leaves one plain link alone', () => {
    expect(flagged('spam.link-stuffing', 'Read the report at https://example.com/report')).toEqual([]);
  });
});

describe('spam.shouting', () => {
  it('flags a run of capitals when strict, keeping acronyms in the suggestion', () => {
    const text = 'Big news: THIS IS THE BEST EU DEAL EVER';
    const [hit] = hitsOf('spam.shouting', text, { strict: true });
    expect(text.slice(hit!.start, hit!.end)).toBe('THIS IS THE BEST EU DEAL EVER');
    expect(hit!.suggestions).toEqual(['this is the best EU deal ever']);
    expect(hit!.severity ?? 'info').toBe('info');
  });
  it('reads the case of bold letters on the original text', () => {
    expect(flagged('spam.shouting', '𝗧𝗛𝗜𝗦 𝗜𝗦 𝗛𝗨𝗚𝗘 news', { strict: true })).toEqual(['𝗧𝗛𝗜𝗦 𝗜𝗦 𝗛𝗨𝗚𝗘']);
  });
  it.each(['The EU and NASA met the CEO of IBM', 'Our AI, IT and HR teams', 'I am HAPPY today'])('leaves alone: %s', (text) => {
    expect(flagged('spam.shouting', text, { strict: true })).toEqual([]);
  });
  it('stays quiet by default: capitals are often a habit, not spam', () => {
    expect(flagged('spam.shouting', 'THIS IS THE BEST DEAL EVER')).toEqual([]);
  });
});

describe('spam.punctuation-runs', () => {
  it('flags runs of marks with exact offsets, shown by default from three runs', () => {
    expect(flagged('spam.punctuation-runs', 'Huge news!!!! Really???', { strict: true })).toEqual(['!!!!', '???']);
    expect(flagged('spam.punctuation-runs', 'Huge news!!!! Really???')).toEqual([]);
    expect(flagged('spam.punctuation-runs', 'Wow!!! Huge!!! Really???')).toEqual(['!!!', '!!!', '???']);
  });
  it('leaves one or two marks alone', () => {
    expect(flagged('spam.punctuation-runs', 'Really?! Wow!', { strict: true })).toEqual([]);
  });
});

describe('spam.emoji-runs', () => {
  it('flags a long run of emoji', () => {
    expect(flagged('spam.emoji-runs', 'Launch day 🚀🚀🚀🔥🔥🔥💯💯')).toEqual(['🚀🚀🚀🔥🔥🔥💯💯']);
  });
  it('counts a ZWJ family, a skin tone and a flag once each', () => {
    const text = 'Family 👨‍👩‍👧 👍🏽 🇸🇪 🎉';
    const [hit] = hitsOf('spam.emoji-runs', text, { strict: true });
    expect(text.slice(hit!.start, hit!.end)).toBe('👨‍👩‍👧 👍🏽 🇸🇪 🎉');
    expect(hit!.message).toMatchObject({ en: expect.stringContaining('4 emoji') });
    expect(flagged('spam.emoji-runs', text)).toEqual([]);
  });
  it('leaves a couple of emoji alone', () => {
    expect(flagged('spam.emoji-runs', 'Great day 🎉🎉 with the team 🙌', { strict: true })).toEqual([]);
  });
});

describe('spam and promotional rules through analyze', () => {
  it('reports findings with exact offsets, messages in the interface language and suggestions in the post language', () => {
    const text = 'Kommentera JA nedan! Köp nu – sista chansen.';
    const findings = analyze(text, { uiLanguage: 'sv' }).findings.filter((f) => f.category === 'spam' || f.category === 'promotional');
    expect(findings.map((f) => [f.ruleId, f.text, text.slice(f.start, f.end)])).toEqual([
      ['spam.engagement-bait', 'Kommentera JA nedan', 'Kommentera JA nedan'],
      ['promotional.buy-now', 'Köp nu', 'Köp nu'],
      ['promotional.urgency', 'sista chansen', 'sista chansen'],
    ]);
    expect(findings[0]!.message).toMatch(/engagemangsfiske/);
    expect(findings[0]!.suggestions).toEqual(['Vad tycker du?']);
  });

  it('shows strict-only findings only when asked', () => {
    const text = 'THIS IS HUGE NEWS for all of us';
    const ids = (sensitivity: 'strict' | 'balanced') => analyze(text, { sensitivity }).findings.map((f) => f.ruleId);
    expect(ids('strict')).toContain('spam.shouting');
    expect(ids('balanced')).not.toContain('spam.shouting');
  });
});

// Wider wording: giveaways, comment-for-reward, follow swaps, DM come-ons and amounts with thousands separators.
table(
  'spam.engagement-bait',
  [
    ["en", "Drop the word GUIDE in the comments and I'll send it.", ["Drop the word GUIDE"]],
    ["en", "Leave a comment and I'll send you the template.", ["Leave a comment and I'll send"]],
    ["sv", "Vill du ha mallen? Skriv en kommentar så skickar jag den!", ["Skriv en kommentar så skickar jag"]],
    ["sv", "Tryck på gilla och dela inlägget!", ["Tryck på gilla och dela"]],
    ["nb", "Hvem vil ha guiden? Legg igjen en kommentar så sender jeg den!", ["Legg igjen en kommentar så sender jeg"]],
    ["nb", "Sett et hjerte hvis du er enig!", ["Sett et hjerte hvis"]],
    ["nn", "Kven vil ha guiden? Legg igjen ein kommentar så sender eg han!", ["Legg igjen ein kommentar så sender eg"]],
    ["nn", "Lik og følg for fleire tips!", ["Lik og følg"]],
    ["da", "Hvem vil have guiden? Smid en kommentar så sender jeg den!", ["Smid en kommentar så sender jeg"]],
    ["da", "Giv et hjerte hvis du er enig!", ["Giv et hjerte hvis"]],
    ["de", "Wer will den Guide? Hinterlasse einen Kommentar und ich schicke ihn dir!", ["Hinterlasse einen Kommentar und ich schicke"]],
    ["de", "Lass ein Herz da, wenn du zustimmst!", ["Lass ein Herz da, wenn"]],
  ],
  [
    "He left a comment and I answered it the same day.",
    "Det kom en kommentar, s\u00e5 skickade jag svar direkt.",
    "Tack f\u00f6r alla hj\u00e4rtan!",
    "Er hinterlie\u00df einen Kommentar und ich antwortete.",
  ],
);

table(
  'spam.share-bait',
  [
    ["en", "Share this with a friend who needs it.", ["Share this with a friend who"]],
    ["en", "To enter: follow us and tag a friend.", ["To enter: follow","tag a friend"]],
    ["en", "Free iPhone for the first 100 who share this post!", ["who share this post"]],
    ["sv", "Vi lottar ut ett presentkort bland alla som gillar och delar inlägget.", ["bland alla som gillar"]],
    ["sv", "Dela med alla du känner!", ["Dela med alla du känner"]],
    ["nb", "Lik og del for å være med i trekningen!", ["Lik og del for å være med"]],
    ["nb", "Gratis iPhone til de 100 første som deler dette innlegget!", ["som deler dette innlegget"]],
    ["nn", "Del innlegget, så er du med i trekninga!", ["Del innlegget, så"]],
    ["nn", "Del med alle du kjenner!", ["Del med alle du kjenner"]],
    ["da", "Markér en ven der trænger til at høre det her.", ["Markér en ven"]],
    ["da", "Vi trækker lod blandt alle der deler opslaget.", ["blandt alle der deler"]],
    ["de", "Gewinnspiel! Liken, teilen und einen Freund markieren.", ["Liken, teilen und"]],
    ["de", "Wir verlosen einen Gutschein unter allen, die den Beitrag teilen.", ["unter allen, die den Beitrag teilen"]],
  ],
  [
    "I shared this with a colleague who is new to the field.",
    "Tag en ven med til \u00e5bent hus p\u00e5 l\u00f8rdag.",
    "Takk til alle som kom p\u00e5 opninga!",
    "Teile deine Erfahrungen mit uns in der Umfrage.",
  ],
);

table(
  'spam.follow-for-follow',
  [
    ["en", "Let's follow each other 🙏", ["Let's follow each other"]],
    ["sv", "Följ mig så följer jag tillbaka!", ["så följer jag tillbaka"]],
    ["nb", "Følg meg så følger jeg tilbake!", ["så følger jeg tilbake"]],
    ["nn", "Lat oss følgje kvarandre!", ["Lat oss følgje kvarandre"]],
    ["da", "Lad os følge hinanden!", ["Lad os følge hinanden"]],
    ["de", "Lass uns gegenseitig folgen!", ["Lass uns gegenseitig folgen"]],
  ],
  [
    "Vi f\u00f8lger hinandens arbejde t\u00e6t.",
    "Die Teams folgen einem gemeinsamen Plan.",
  ],
);

table(
  'spam.dm-come-on',
  [
    ["en", "Swipe up to shop the look!", ["Swipe up to"]],
    ["en", "Send me a message with the word INFO.", ["Send me a message with the word"]],
    ["sv", "Skriv INFO till mig i DM.", ["Skriv INFO till mig i DM"]],
    ["sv", "Skicka ett DM så berättar jag hur.", ["Skicka ett DM så berättar jag"]],
    ["nb", "Send meg en melding så forteller jeg hvordan.", ["Send meg en melding så forteller jeg"]],
    ["nn", "Klikk på lenkja i profilen min.", ["lenkja i profilen"]],
    ["da", "Skriv en pb for mere info!", ["Skriv en pb for mere"]],
    ["de", "Bei Interesse einfach PN!", ["Bei Interesse einfach PN"]],
    ["de", "Schreib mir und ich zeige dir, wie es geht.", ["Schreib mir und ich zeige"]],
  ],
  [
    "To open the menu, swipe up from the bottom of the screen.",
    "If you have questions, send me a message and I'll get back to you.",
    "Om du har fr\u00e5gor, skriv till mig i inkorgen.",
    "Bei Interesse gerne eine Nachricht an mich, ich erz\u00e4hle mehr \u00fcber die Stelle.",
  ],
);

table(
  'spam.get-rich',
  [
    ["en", "I invested $500 and got $5,000 back in a week.", ["I invested $500 and got"]],
    ["en", "Make $5,000 a week from home!", ["Make $5,000 a week"]],
    ["sv", "Jag tjänar 30 000 kr i månaden hemifrån.", ["tjänar 30 000 kr i månaden hemifrån"]],
    ["sv", "Jag dubblade mina pengar på en vecka.", ["dubblade mina pengar"]],
    ["nb", "Tjen opptil 50 000 kr – helt uten erfaring!", ["Tjen opptil 50 000 kr"]],
    ["nn", "Eg dobla pengane mine på ei veke.", ["dobla pengane mine"]],
    ["nn", "Vil du jobbe heimanfrå og tene ekstra pengar?", ["jobbe heimanfrå og tene"]],
    ["da", "Jeg tjener 30.000 kr om måneden hjemmefra.", ["tjener 30.000 kr om måneden hjemmefra"]],
    ["de", "Ich verdiene 5.000 € im Monat von zu Hause.", ["verdiene 5.000 € im Monat von zu Hause"]],
    ["de", "Ich habe mein Geld in einer Woche verdoppelt.", ["mein Geld in einer Woche verdoppelt"]],
  ],
  [
    "I invested 5 years in this project and got so much back.",
    "Vi har fordoblet antallet ansatte p\u00e5 to \u00e5r.",
    "Wir haben unseren Umsatz verdoppelt.",
    "Jeg tjener godt i min nye jobb.",
  ],
);

table(
  'spam.prize-scam',
  [
    ["nb", "Gratulerer! Du er valgt ut til å vinne en iPhone.", ["Du er valgt ut til å vinne"]],
    ["nn", "Klikk på lenkja for å hente premien.", ["Klikk på lenkja for å hente"]],
    ["da", "Du er udvalgt til at vinde en iPhone.", ["Du er udvalgt til at vinde"]],
    ["de", "Klicke auf den Link, um deinen Preis abzuholen.", ["um deinen Preis abzuholen"]],
  ],
  [
    "Hun er valgt ut til \u00e5 representere Norge i VM.",
    "Vinneren kan hente premien i resepsjonen.",
    "Han er udvalgt til landsholdet.",
  ],
);

// Prompts that fish for comments: raise your hand, one-word answers, finish the sentence, only 1 % can.
table(
  'spam.engagement-bait',
  [
    ["en", "Raise your hand if you've ever missed a deadline 🙋", ["Raise your hand if you've ever"]],
    ["en", "Describe your job in one word 👇", ["Describe your job in one word"]],
    ["en", "Only 1% of people can solve this!", ["Only 1% of people can"]],
    ["sv", "Räck upp handen om du också jobbat helg!", ["Räck upp handen om du också"]],
    ["sv", "Avsluta meningen: Det bästa med mitt jobb är...", ["Avsluta meningen"]],
    ["sv", "Bara 1 % klarar den här!", ["Bara 1 % klarar den"]],
    ["nb", "Beskriv jobben din med ett ord!", ["Beskriv jobben din med ett ord"]],
    ["nb", "Enig? Trykk liker!", ["Trykk liker"]],
    ["nn", "Fullfør setninga: Det beste med jobben min er...", ["Fullfør setninga"]],
    ["nn", "Nemn ein matrett som byrjar på P!", ["Nemn ein matrett som byrjar"]],
    ["da", "Ræk hånden op hvis du også har arbejdet i weekenden!", ["Ræk hånden op hvis du også"]],
    ["da", "Kun 1 % kan løse den her!", ["Kun 1 % kan løse den"]],
    ["de", "Beschreibe deinen Job in einem Wort!", ["Beschreibe deinen Job in einem Wort"]],
    ["de", "Nenne ein Essen, das mit P beginnt!", ["Nenne ein Essen, das mit"]],
    ["de", "Nur 1 % schaffen das!", ["Nur 1 % schaffen das"]],
  ],
  [
    "Only 3 of us can attend the meeting tomorrow.",
    "Please name a contact person in your application.",
    "Nevn en kontaktperson i s\u00f8knaden.",
    "Rekk opp h\u00e5nda hvis du har sp\u00f8rsm\u00e5l underveis i kurset.",
    "Nur wenige schaffen es in die Endrunde.",
    "Kun 3 kan deltage i m\u00f8det i morgen.",
    "Hit like counts are not everything.",
    "Bara 2 av 10 klarar sig utan hj\u00e4lp, visar studien.",
  ],
);

// Set replies in quotes or capitals asked for in the comments, numbered giveaway steps, German infinitive steps.
table(
  'spam.engagement-bait',
  [
    ["en", "Want the template? Type \"TEMPLATE\" below and I'll send it.", ["Type \"TEMPLATE\""]],
    ["sv", "Vill du ha guiden? Skriv «GUIDE» nedan så skickar jag den.", ["Skriv «GUIDE»"]],
    ["nb", "Skriv «SJEKK» i kommentarfeltet, så sender jeg lista.", ["Skriv «SJEKK»"]],
    ["nn", "Skriv «GUIDE» under, så sender eg han på melding.", ["Skriv «GUIDE»"]],
    ["da", "Skriv \"GUIDE\" herunder, så sender jeg den.", ["Skriv \"GUIDE\""]],
    ["de", "Schreib „GUIDE“ unten und ich schicke ihn dir.", ["Schreib „GUIDE“"]],
    ["sv", "Så här gör du: 1. Gilla inlägget 2. Följ oss.", ["Gilla inlägget"]],
  ],
  [
    "Write CLEAN code, not clever code.",
    "Type \"help\" in the terminal to see all commands.",
    "Svar \u00abja\u00bb p\u00e5 invitasjonen innen fredag, s\u00e5 vi vet hvor mange som kommer.",
    "Skriv SQL-sp\u00f8rringer som er lette \u00e5 lese.",
    "Vi har 3 steg: 1. Planlegg 2. Lik prosessen 3. Lever.",
    "I like this post from Anna about leadership.",
  ],
);

table(
  'spam.share-bait',
  [
    ["nn", "Slik er du med: 1. Lik innlegget 2. Del det 3. Tagg to vener i kommentarfeltet.", ["Tagg to vener"]],
    ["de", "So machst du mit: Beitrag liken, teilen und zwei Freunde markieren.", ["Beitrag liken","zwei Freunde markieren"]],
  ],
  [
    "Wir haben den Beitrag gestern geteilt.",
  ],
);

table(
  'spam.get-rich',
  [
    ["de", "Ich habe ein passives Einkommen aufgebaut.", ["passives Einkommen aufgebaut"]],
    ["sv", "Jag har byggt upp en passiv inkomst på ett år.", ["byggt upp en passiv inkomst"]],
    ["nb", "Jeg har bygget opp en passiv inntekt.", ["bygget opp en passiv inntekt"]],
    ["da", "Jeg har opbygget en passiv indkomst.", ["opbygget en passiv indkomst"]],
  ],
  [
    "Passives Einkommen ist ein Thema f\u00fcr unseren n\u00e4chsten Podcast.",
  ],
);

table(
  'spam.dm-come-on',
  [
    ["de", "Schreib mir „INFO“ per DM!", ["Schreib mir „INFO“ per DM"]],
    ["da", "Skriv INFO til mig i DM.", ["Skriv INFO til mig i DM"]],
  ],
  [
    "Sie schrieb mir \u201eDanke\u201c und ging.",
  ],
);

// Votes by letter or number, and short-workday pitches as imperatives.
table(
  'spam.engagement-bait',
  [
    ['en', 'Coffee or tea? Comment A for coffee, B for tea!', ['Comment A for']],
    ['nb', 'Kaffe eller te? Skriv 1 for kaffe og 2 for te!', ['Skriv 1 for']],
    ['sv', 'Kaffe eller te? Kommentera A för kaffe, B för te!', ['Kommentera A för']],
    ['de', 'Kaffee oder Tee? Schreib A für Kaffee, B für Tee!', ['Schreib A für']],
    ['da', 'Kaffe eller te? Svar 1 for kaffe og 2 for te!', ['Svar 1 for']],
    ['nn', 'Kaffi eller te? Skriv 1 for kaffi og 2 for te!', ['Skriv 1 for']],
  ],
  ['Plan A or plan B? Write a short note for each.'],
);

table(
  'spam.get-rich',
  [
    ['en', 'Work just 2 hours a day and earn more than your boss!', ['Work just 2 hours a day']],
    ['nb', 'Jobb kun 2 timer om dagen!', ['Jobb kun 2 timer om dagen']],
    ['de', 'Arbeite nur 2 Stunden am Tag!', ['Arbeite nur 2 Stunden am Tag']],
  ],
  ['Bei uns arbeiten alle nur 6 Stunden am Tag.', 'We work just 6 hours a day at our office.', 'Hos oss jobber alle bare 6 timer om dagen.'],
);

// Formal German asks, Danish kommentér, share with your network.
table(
  'spam.engagement-bait',
  [
    ['de', 'Kommentieren Sie mit JA, wenn Sie zustimmen!', ['Kommentieren Sie mit JA']],
    ['de', 'Liken Sie diesen Beitrag, wenn Sie zustimmen!', ['Liken Sie diesen Beitrag']],
    ['de', 'Kommentieren Sie „DEMO“ und wir melden uns.', ['Kommentieren Sie „DEMO“']],
    ['da', 'Kommentér JA herunder!', ['Kommentér JA herunder']],
  ],
  ['Kommentieren Sie mit Ihrer Erfahrung, wir freuen uns!'],
);

table(
  'spam.share-bait',
  [
    ['en', 'Share this with your network!', ['Share this with your network']],
    ['en', 'Repost to your network ♻️', ['Repost to your network']],
    ['de', 'Markieren Sie einen Kollegen, der das lesen sollte!', ['Markieren Sie einen']],
  ],
  ['She shared it with her network last week.'],
);

table(
  'spam.dm-come-on',
  [['de', 'Schreiben Sie uns eine Nachricht für mehr Infos!', ['Schreiben Sie uns eine Nachricht für mehr']]],
  ['Schreiben Sie uns eine Nachricht, wenn Sie Fragen haben.'],
);

// A bare repost ask, as LinkedIn posts end.
table(
  'spam.share-bait',
  [
    ['en', 'Found this useful? Repost ♻️ and follow me for more.', ['Repost']],
    ['sv', 'Reposta gärna ♻️', ['Reposta']],
    ['de', 'Gerne reposten!', ['reposten']],
  ],
  ['The repost button is new on LinkedIn.', 'I saw your repost yesterday.'],
);

// Found with sentences written for probing: "follow you back", money made in a week or from
// home, "… extra a month", DM come-ons that promise to tell how, and "like if you also …".
table(
  'spam.follow-for-follow',
  [
    ['en', "Follow me and I'll follow you back, no games", ["Follow me and I'll follow you"]],
    ['en', 'I always follow you back!', ['I always follow you back']],
  ],
  ["I'll follow you back to the car park.", 'Follow me on Mastodon for updates from the conference.'],
);

table(
  'spam.get-rich',
  [
    ['en', 'I made $4,000 last week working from home!', ['made $4,000 last week']],
    ['en', 'Who wants to earn an extra $500 a week?', ['earn an extra $500 a week']],
    ['en', 'I earned $1200 in my first week.', ['earned $1200 in my first week']],
    ['sv', 'Jag tjänade 30 000 kr på en vecka hemifrån.', ['tjänade 30 000 kr på en vecka']],
    ['sv', 'Vill du tjäna 5000 kr extra i månaden?', ['tjäna 5000 kr extra i månaden']],
    ['nb', 'Jeg tjente 50 000 kroner på en uke hjemmefra.', ['tjente 50 000 kroner på en uke']],
    ['nb', 'Vil du tjene 5000 kr ekstra i måneden?', ['tjene 5000 kr ekstra i måneden']],
    ['nn', 'Eg tente 50 000 kroner på ei veke heimanfrå.', ['tente 50 000 kroner på ei veke']],
    ['da', 'Jeg tjente 20.000 kr på en uge hjemmefra.', ['tjente 20.000 kr på en uge']],
    ['da', 'Vil du tjene 5000 kr ekstra om måneden?', ['tjene 5000 kr ekstra om måneden']],
    ['de', 'Ich habe in einer Woche 5.000 Euro von zu Hause verdient.', ['in einer Woche 5.000 Euro von zu Hause verdient']],
    ['de', 'Willst du 500 Euro extra im Monat verdienen?', ['500 Euro extra im Monat verdienen']],
  ],
  [
    'We made 3 hires this month and I made 2 mistakes in a day.',
    'The shop made 40 sales in one day, a record for the village.',
    'Jag tjänade mina första pengar på ett café.',
    'Jeg tjente godt på den jobben.',
    'Wir haben in einer Woche 5.000 Euro Spenden gesammelt.',
  ],
);

table(
  'spam.dm-come-on',
  [
    ['en', 'Message me to find out how.', ['Message me to find out how']],
    ['sv', 'Skicka DM så berättar jag hur.', ['Skicka DM så berättar jag']],
    ['da', 'Skriv til mig så fortæller jeg hvordan.', ['Skriv til mig så fortæller jeg hvordan']],
  ],
  ['Message me to find out more about the role.', 'Skriv til mig så fortæller jeg mere om stillingen.'],
);

table(
  'spam.engagement-bait',
  [
    ['en', 'Like if you also love Fridays', ['Like if you also']],
    ['nb', 'Lik hvis du også elsker fredager!', ['Lik hvis du også']],
    ['nn', 'Lik om du òg elskar fredagar!', ['Lik om du òg']],
    ['da', 'Like hvis du også elsker fredage!', ['Like hvis du også']],
    ['de', 'Like, wenn du auch Freitage liebst!', ['Like, wenn du auch']],
  ],
  ['I would like it if you also came along.', 'Jeg liker hvis du også kommer.', 'Ich mag es, wenn du auch kommst.'],
);
