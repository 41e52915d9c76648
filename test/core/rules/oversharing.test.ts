import { describe, expect, it } from 'vitest';
import { analyze, ruleCatalog, type Lang, type Sensitivity } from '../../../src/core';
import { oversharingRules } from '../../../src/core/rules/oversharing';

/** The exact words a rule marks in a draft, read back through the finding's offsets. */
function flagged(text: string, ruleId: string, sensitivity: Sensitivity = 'balanced', languages?: Lang[]): string[] {
  return analyze(text, { sensitivity, languages })
    .findings.filter((finding) => finding.ruleId === `oversharing.${ruleId}`)
    .map((finding) => text.slice(finding.start, finding.end));
}

function findingsOf(text: string, ruleId: string, sensitivity: Sensitivity = 'balanced') {
  return analyze(text, { sensitivity }).findings.filter((finding) => finding.ruleId === `oversharing.${ruleId}`);
}

describe('oversharing.national-id', () => {
  it('finds Swedish personnummer and samordningsnummer in every written form', () => {
    expect(flagged('Mitt personnummer är 811218-9876, kan någon hjälpa mig?', 'national-id')).toEqual(['811218-9876']);
    expect(flagged('Pnr 19811218-9876 står på blanketten.', 'national-id')).toEqual(['19811218-9876']);
    expect(flagged('Samordningsnummer: 701063-2391', 'national-id')).toEqual(['701063-2391']);
    expect(flagged('Född 1900-talet: 811218+9876', 'national-id')).toEqual(['811218+9876']);
    expect(flagged('personnummer 8112189876', 'national-id')).toEqual(['8112189876']);
  });

  it('finds Norwegian fødselsnummer and D-nummer', () => {
    expect(flagged('Fødselsnummeret mitt er 15038512363.', 'national-id')).toEqual(['15038512363']);
    expect(flagged('Eg har D-nummer 41019012393 no.', 'national-id')).toEqual(['41019012393']);
    expect(flagged('fnr 150385 12363', 'national-id')).toEqual(['150385 12363']);
  });

  it('finds Danish CPR numbers by date and shape', () => {
    expect(flagged('Mit CPR-nummer er 010190-1234, hvis I skal bruge det.', 'national-id')).toEqual(['010190-1234']);
    expect(flagged('cpr 0707614285', 'national-id')).toEqual(['0707614285']);
  });

  it('finds US Social Security numbers and German tax IDs', () => {
    expect(flagged('My SSN is 123-45-6789, please fill it in.', 'national-id')).toEqual(['123-45-6789']);
    expect(flagged('Meine Steuer-ID ist 86095742719.', 'national-id')).toEqual(['86095742719']);
    expect(flagged('Steuer-ID: 86 095 742 719', 'national-id')).toEqual(['86 095 742 719']);
  });

  it('suggests the number masked and is critical', () => {
    const [finding] = findingsOf('Personnummer 811218-9876', 'national-id');
    expect(finding?.severity).toBe('critical');
    expect(finding?.suggestions).toEqual(['XXXXXX-XXXX', '']);
  });

  it('ignores numbers that fail their checks, and dates, prices, versions and links', () => {
    for (const clean of [
      'Personnummer 811218-9875',
      'Ordernummer 811218-9877 skickas i dag.',
      'Fødselsnummer 15038512364',
      'SSN 666-45-6789 is not a real one',
      'Rechnung 86095742718',
      'Meeting on 2024-05-12 at 10:30, tickets 1 299 kr, version 1.2.3.',
      'See https://example.com/811218-9876 for the form',
      'Our #811218 campaign',
      'Call 09061209465 now!',
      '123456-7890 is our order number',
      'Ordernummer 120523-4567 är skickad',
      'Mobil 01511234567',
    ]) {
      expect(flagged(clean, 'national-id', 'strict'), clean).toEqual([]);
    }
  });

  it('reads a bare ten- or nine-digit number as an ID only when the words around name it', () => {
    expect(flagged('Ring 8112189876', 'national-id', 'strict')).toEqual([]);
    expect(flagged('Invoice 123456789', 'national-id', 'strict')).toEqual([]);
  });
});

describe('oversharing.payment-card', () => {
  it('finds card numbers written plain or in groups', () => {
    expect(flagged('Kan någon boka åt mig? Kortet: 4111 1111 1111 1111, utg 12/27', 'payment-card')).toEqual(['4111 1111 1111 1111']);
    expect(flagged('Mastercard 5555-5555-5555-4444', 'payment-card')).toEqual(['5555-5555-5555-4444']);
    expect(flagged('Amex 3782 822463 10005 thanks', 'payment-card')).toEqual(['3782 822463 10005']);
    expect(flagged('Kreditkarte 4111111111111111', 'payment-card')).toEqual(['4111111111111111']);
  });

  it('ignores numbers that fail Luhn or have no issuer prefix', () => {
    expect(flagged('Card 4111 1111 1111 1112', 'payment-card', 'strict')).toEqual([]);
    expect(flagged('Tracking 1234 5678 9012 3452', 'payment-card', 'strict')).toEqual([]);
    expect(flagged('Order 4111 11 1111 111 1111', 'payment-card', 'strict')).toEqual([]);
  });
});

describe('oversharing.iban', () => {
  it('finds IBANs of the Nordic countries and Germany', () => {
    expect(flagged('Swisha eller sätt in på SE45 5000 0000 0583 9825 7466.', 'iban')).toEqual(['SE45 5000 0000 0583 9825 7466']);
    expect(flagged('Konto: NO9386011117947', 'iban')).toEqual(['NO9386011117947']);
    expect(flagged('IBAN DK50 0040 0440 1162 43 tak', 'iban')).toEqual(['DK50 0040 0440 1162 43']);
    expect(flagged('Überweisung an DE89 3704 0044 0532 0130 00', 'iban')).toEqual(['DE89 3704 0044 0532 0130 00']);
  });

  it('ignores wrong check digits, wrong lengths and look-alike codes', () => {
    expect(flagged('DE89 3704 0044 0532 0130 01', 'iban', 'strict')).toEqual([]);
    expect(flagged('SE45 5000 0000 0583 9825 746', 'iban', 'strict')).toEqual([]);
    expect(flagged('Flight SE12 leaves at gate DE45', 'iban', 'strict')).toEqual([]);
  });
});

describe('oversharing.bank-account', () => {
  it('marks account numbers after their label, a Norwegian one only with a valid check digit', () => {
    expect(flagged('Mitt kontonummer er 1234.56.78903', 'bank-account')).toEqual(['1234.56.78903']);
    expect(flagged('Betal til kontonummer 1234 56 78903 så sender jeg den.', 'bank-account')).toEqual(['1234 56 78903']);
    expect(flagged('Kontonummeret mitt er 12345678903.', 'bank-account', 'balanced', ['nn'])).toEqual(['12345678903']);
    expect(flagged('Reg.nr. 1234 kontonr. 0012345678', 'bank-account')).toEqual(['0012345678']);
    expect(flagged('Mein Konto: Kontonummer 1234567890, BLZ 37040044', 'bank-account')).toEqual(['1234567890']);
    expect(flagged('Sort code 12-34-56, account number 12345678.', 'bank-account')).toEqual(['12345678']);
    expect(flagged('Swisha eller sätt in på mitt konto 1234 567 890 4.', 'bank-account')).toEqual(['1234 567 890 4']);
  });

  it('suggests the number masked', () => {
    const [finding] = findingsOf('Mitt kontonummer er 1234.56.78903', 'bank-account');
    expect(finding?.suggestions).toEqual(['XXXX.XX.XXXXX', '']);
  });

  it('ignores failed check digits, short numbers, a registration number alone, and collection accounts by default', () => {
    for (const clean of [
      'Kontonummer 1234.56.78904',
      'Mein Konto wurde 2024 gesperrt.',
      'Reg.nr. 1234, resten sender jeg privat.',
      'Kontonummer for innsamlingen: 1234.56.78903',
      'Account number 12345678 for invoices to our company.',
      'Our bank account was opened in 2019.',
      'Ordernummer 12345678 är skickad.',
    ]) {
      expect(flagged(clean, 'bank-account'), clean).toEqual([]);
    }
    expect(flagged('Kontonummer for innsamlingen: 1234.56.78903', 'bank-account', 'strict')).toEqual(['1234.56.78903']);
  });
});

describe('oversharing.phone-number', () => {
  it('leaves a reference number alone when its label stands three words back', () => {
    expect(flagged('My order number is 48213977, can you check it?', 'phone-number')).toEqual([]);
    expect(flagged('Call me on 0701234567 tonight.', 'phone-number')).toEqual(['0701234567']);
  });
  it('finds national and international numbers', () => {
    expect(flagged('Sms:a mig på 070-123 45 67 om soffan.', 'phone-number')).toEqual(['070-123 45 67']);
    expect(flagged('Call me on +46 70 123 45 67 tonight', 'phone-number')).toEqual(['+46 70 123 45 67']);
    expect(flagged('Ring meg på 912 34 567 i kveld.', 'phone-number')).toEqual(['912 34 567']);
    expect(flagged('Ring til mig på 20 12 34 56.', 'phone-number')).toEqual(['20 12 34 56']);
    expect(flagged('Ruf mich an: 0171 1234567', 'phone-number')).toEqual(['0171 1234567']);
    expect(flagged('Text me at (555) 234-5678', 'phone-number')).toEqual(['(555) 234-5678']);
    expect(flagged('Whatsapp 0046 70 123 45 67', 'phone-number')).toEqual(['0046 70 123 45 67']);
    expect(flagged('Mobil: 91234567', 'phone-number')).toEqual(['91234567']);
    expect(flagged('Ring meg på 901 23 456.', 'phone-number')).toEqual(['901 23 456']);
    expect(flagged('New number! 07700 900461, text me', 'phone-number')).toEqual(['07700 900461']);
    expect(flagged('Skriv på 28 12 34 56, hvis du vil købe sofaen.', 'phone-number')).toEqual(['28 12 34 56']);
  });

  it('marks a personal mobile as a warning and a business or toll-free number only in strict mode', () => {
    expect(findingsOf('Ring 070-123 45 67', 'phone-number')[0]?.severity).toBe('warning');
    expect(flagged('Kundtjänst: 0771-123 456', 'phone-number')).toEqual([]);
    expect(flagged('Kundtjänst: 0771-123 456', 'phone-number', 'strict')).toEqual(['0771-123 456']);
    expect(flagged('Call our office on 020 7946 0958', 'phone-number')).toEqual([]);
    expect(flagged('Bordsbokning 08-123 456 78', 'phone-number')).toEqual([]);
    expect(flagged('Ring oss på 070-123 45 67', 'phone-number')).toEqual([]);
    expect(flagged('Ring mig hemma på 08-123 456 78', 'phone-number')).toEqual(['08-123 456 78']);
    expect(flagged('Free call 1-800-555-1234', 'phone-number', 'strict')).toEqual(['1-800-555-1234']);
  });

  it('ignores dates, times, prices, years, order numbers and numbers inside links', () => {
    for (const clean of [
      'Vi ses 12.05.2024 kl 10.30!',
      'Price: 1 299 kr, was 12 345 678 in total',
      'From 2023 2024 onwards',
      'Ordernummer 0701234567 är skickat',
      'Order number: 12345678',
      'https://example.com/0701234567 and #0701234567',
      'Version 10.12.2 is out',
      'The meeting is 2024-05-12',
      'We grew 12 34 56 percent',
      'Betal 91234567 kr',
    ]) {
      expect(flagged(clean, 'phone-number', 'strict'), clean).toEqual([]);
    }
  });

  it('reads bare eight digits as a phone number only when introduced as one', () => {
    expect(flagged('Vi har solgt 91234567 enheter', 'phone-number', 'strict')).toEqual([]);
    expect(flagged('Send meg en melding på 98765432.', 'phone-number')).toEqual(['98765432']);
    expect(flagged('Vipps meg 41234567 så sender jeg den.', 'phone-number')).toEqual(['41234567']);
  });

  it('reads the country formats people write their own number in', () => {
    const cases: Array<[string, string]> = [
      ['Ring mig på 12 34 56 78 hvis du har spørgsmål.', '12 34 56 78'],
      ['Schreib mir per WhatsApp: 0176 / 123 456 78', '0176 / 123 456 78'],
      ['Meine Handynummer ist (0151) 2345 6789.', '(0151) 2345 6789'],
      ['Ruf mich einfach an: 0049 151 23456789.', '0049 151 23456789'],
      ['Erreichbar unter +49 170 1234567.', '+49 170 1234567'],
      ['Ring meg på +47 412 34 567 etter klokka fem.', '+47 412 34 567'],
      ['Du kan ringje meg på 412 34 567.', '412 34 567'],
      ['Ring till mig på +46 70-123 45 67.', '+46 70-123 45 67'],
      ['Tlf. 55 12 34 56, spør etter meg.', '55 12 34 56'],
      ['Tel.: +49 (0) 30 1234567, frag nach mir.', '+49 (0) 30 1234567'],
      ['Tel. privat: 030 12345678', '030 12345678'],
      ['Call me: 020 7946 0958', '020 7946 0958'],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'phone-number'), text).toEqual([words]);
  });

  it('marks a landline given as someone else’s', () => {
    expect(flagged('Ruft ihn an: 030 1234567', 'phone-number')).toEqual(['030 1234567']);
    expect(flagged('Ring honom på 08-123 456 78 och säg vad ni tycker.', 'phone-number')).toEqual(['08-123 456 78']);
  });

  it('leaves a shop’s landline and a Swedish toll-free number to strict mode', () => {
    expect(flagged('Tlf. 55 12 34 56, vi har åpent til fire.', 'phone-number')).toEqual([]);
    expect(flagged('Ring 020-12 34 56 för support.', 'phone-number')).toEqual([]);
    expect(flagged('Wir sind 12 34 56 78 Leute im Team? Nein.', 'phone-number', 'strict')).toEqual([]);
    expect(flagged('Vi var 12 34 56 78 stk.', 'phone-number', 'strict')).toEqual([]);
  });
});

describe('oversharing.email-address', () => {
  it('marks private webmail addresses by default and work addresses only in strict mode', () => {
    expect(flagged('Write to me at anna.berg72@gmail.com', 'email-address')).toEqual(['anna.berg72@gmail.com']);
    expect(flagged('Skriv till jobb@firma.se', 'email-address')).toEqual([]);
    expect(flagged('Skriv till jobb@firma.se', 'email-address', 'strict')).toEqual(['jobb@firma.se']);
    expect(flagged('Min privata mail är anna.svensson@firma.se', 'email-address')).toEqual(['anna.svensson@firma.se']);
    expect(flagged('Send your CV to me at anna.svensson@company.com', 'email-address')).toEqual([]);
    expect(flagged('Meine Adresse für Bewerbungen: info@firma.de', 'email-address')).toEqual([]);
  });

  it('reads addresses spelled out against harvesters', () => {
    expect(flagged('Mejla mig på anna punkt berg at gmail punkt com', 'email-address')).toEqual(['anna punkt berg at gmail punkt com']);
    expect(flagged('Mail me: john [at] gmail [dot] com', 'email-address')).toEqual(['john [at] gmail [dot] com']);
    expect(flagged('Schreib mir: max.mueller at gmx dot de', 'email-address')).toEqual(['max.mueller at gmx dot de']);
    expect(flagged('Send CV til kari(at)firma.no', 'email-address', 'strict')).toEqual(['kari(at)firma.no']);
    expect(flagged('Send CV til kari(at)firma.no', 'email-address')).toEqual([]);
    expect(flagged('Skriv til kari(at)online.no', 'email-address')).toEqual(['kari(at)online.no']);
  });

  it('does not read “at” before a website as an address', () => {
    for (const clean of ['I work at Google.com and love it.', 'Look at example dot com for details.', 'We met at gmail HQ.', 'Meet at 5 at Anna.se']) {
      expect(flagged(clean, 'email-address', 'strict'), clean).toEqual([]);
    }
  });
});

describe('oversharing.password', () => {
  it('reads a code written with the keypad key pressed after it', () => {
    expect(flagged('Door code is 4711#', 'password')).toEqual(['Door code is 4711#']);
    expect(flagged('Portkoden er 4711#.', 'password')).toEqual(['Portkoden er 4711#']);
    expect(flagged('PIN 1234* at the gate', 'password')).toEqual(['PIN 1234*']);
    expect(flagged('The code is 2024#', 'password')).toEqual([]);
  });
  it('marks the label and the secret in every language', () => {
    expect(flagged('My password is hunter2, lol', 'password')).toEqual(['password is hunter2']);
    expect(flagged('Lösenordet är Sommar2024! om ni undrar', 'password')).toEqual(['Lösenordet är Sommar2024!']);
    expect(flagged('Wifi-lösen: kaffekopp', 'password')).toEqual(['Wifi-lösen: kaffekopp']);
    expect(flagged('Passordet er Hytta2023 for de som kommer.', 'password')).toEqual(['Passordet er Hytta2023']);
    expect(flagged('Wifi-koden er hyttepassord', 'password')).toEqual(['Wifi-koden er hyttepassord']);
    expect(flagged('Adgangskoden er kage123 til netværket.', 'password')).toEqual(['Adgangskoden er kage123']);
    expect(flagged('Das Passwort ist "Sonnenschein".', 'password')).toEqual(['Passwort ist "Sonnenschein']);
    expect(flagged('WLAN-Passwort: FritzBox7590', 'password')).toEqual(['WLAN-Passwort: FritzBox7590']);
    expect(flagged('Cabin weekend! Lösenord: Kaffe123 and bring snacks', 'password')).toEqual(['Lösenord: Kaffe123']);
    expect(flagged('Passordet til wifien er Hytta123!', 'password')).toEqual(['Passordet til wifien er Hytta123!']);
    expect(flagged('Koden til wifi er Hygge2024.', 'password')).toEqual(['Koden til wifi er Hygge2024']);
    expect(flagged('The password for the wifi is Tulip2024', 'password')).toEqual(['password for the wifi is Tulip2024']);
  });

  it('marks PINs and door codes written as digits', () => {
    expect(flagged('PIN 4711, don’t tell anyone', 'password')).toEqual(['PIN 4711']);
    expect(flagged('Portkoden är 1234 för festen', 'password')).toEqual(['Portkoden är 1234']);
    expect(flagged('Dørkoden er 2580.', 'password')).toEqual(['Dørkoden er 2580']);
    expect(flagged('Our host said the key box code is 1234', 'password')).toEqual(['key box code is 1234']);
    expect(flagged('Koden till nyckelboxen är 0852.', 'password')).toEqual(['Koden till nyckelboxen är 0852']);
    expect(flagged('Der Code für die Haustür ist 4711.', 'password')).toEqual(['Der Code für die Haustür ist 4711']);
  });

  it('is critical and suggests removing the secret', () => {
    const [finding] = findingsOf('My password is hunter2', 'password');
    expect(finding?.severity).toBe('critical');
    expect(finding?.suggestions).toEqual(['']);
  });

  it('reads a bare “the code is”, possessive labels, labels before a colon, and card security codes', () => {
    const cases: Array<[string, string]> = [
      ['Koden er 4512 til døra.', 'Koden er 4512'],
      ['Koden är 4512, välkomna!', 'Koden är 4512'],
      ['The code is 4821, come on in.', 'The code is 4821'],
      ['Der Code ist 4711.', 'Der Code ist 4711'],
      ['Min kod är 1234.', 'Min kod är 1234'],
      ['PIN-koden min er 1234.', 'PIN-koden min er 1234'],
      ['Passordet mitt er Hytte2024', 'Passordet mitt er Hytte2024'],
      ['Passordet til nettverket: Hytte2024', 'Passordet til nettverket: Hytte2024'],
      ['Mit kodeord er Sommer99', 'Mit kodeord er Sommer99'],
      ['pw: Katt123', 'pw: Katt123'],
      ['Kortet går ut 12/27, CVC 123', 'CVC 123'],
      ['Säkerhetskoden är 456.', 'Säkerhetskoden är 456'],
      ['Kartenprüfnummer: 789', 'Kartenprüfnummer: 789'],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'password'), text).toEqual([words]);
  });

  it('reads door codes written as hyphenated compounds', () => {
    expect(flagged('Der Tür-Code ist 4711.', 'password')).toEqual(['Tür-Code ist 4711']);
    expect(flagged('Tür-Code: 4711', 'password')).toEqual(['Tür-Code: 4711']);
    expect(flagged('Port-koden är 1234.', 'password')).toEqual(['Port-koden är 1234']);
    expect(flagged('Dør-koden er 1234.', 'password')).toEqual(['Dør-koden er 1234']);
  });

  it('finds the verb a few words after the label when the value looks like a password', () => {
    const cases: Array<[string, string]> = [
      ['Das WLAN-Passwort im Büro ist Sommer2024!', 'WLAN-Passwort im Büro ist Sommer2024!'],
      ['The wifi password at the cabin is Fjell2024', 'wifi password at the cabin is Fjell2024'],
      ['Wifi-lösenordet i stugan är Stuga2024', 'Wifi-lösenordet i stugan är Stuga2024'],
      ['Passordet til gjestenettet på hytta er Hytte2024', 'Passordet til gjestenettet på hytta er Hytte2024'],
      ['Wifi-koden på hytta: Blåbær22', 'Wifi-koden på hytta: Blåbær22'],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'password'), text).toEqual([words]);
    for (const clean of [
      'The password for the guest network is available at reception.',
      'The wifi password at the cabin is written on the fridge.',
      'Das Passwort für mein Konto ist sicher.',
      'The password manager we use is 1Password.',
      'Passordet til gjestenettet er på kjøleskapet.',
    ]) {
      expect(flagged(clean, 'password', 'strict'), clean).toEqual([]);
    }
  });

  it('does not take counts, years or discounts after “the code is” for a door code', () => {
    for (const clean of [
      'The code is 1337 lines long.',
      'Koden er 4000 linjer lang.',
      'Der Code ist 2024 entstanden.',
      'Koden er 2050 for 20 % rabatt.',
      'Koden er 1234 kr billigere.',
      'Min kod är ren och snygg.',
      'Security code 2024 is a conference in Oslo.',
      'CVC 2024 konferansen i Bergen.',
    ]) {
      expect(flagged(clean, 'password', 'strict'), clean).toEqual([]);
    }
  });

  it('ignores talk about passwords and codes that are not secrets', () => {
    for (const clean of [
      'My password is too weak, time to change it.',
      'Remember to change your password http://t.co/abc123',
      'Rabattkoden er SALE20 hele helgen',
      'Koden er SOMMER20 hele helgen',
      'Der Code ist GEWINN24, viel Glück!',
      'Pin 2024 goals to your wall',
      'Use a pin to mark the map',
      'Das Passwort ist falsch',
      'Lösenordet är hemligt',
      'A good password is long and random.',
    ]) {
      expect(flagged(clean, 'password', 'strict'), clean).toEqual([]);
    }
  });
});

describe('oversharing.api-key', () => {
  it('finds well-known key shapes', () => {
    expect(flagged('config: AKIAIOSFODNN7EXAMPLE.', 'api-key')).toEqual(['AKIAIOSFODNN7EXAMPLE']);
    expect(flagged('token=ghp_abcdefghijklmnopqrstuvwxyz0123456789 ok', 'api-key')).toEqual(['ghp_abcdefghijklmnopqrstuvwxyz0123456789']);
    expect(flagged('Stripe: sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'api-key')).toEqual(['sk_live_4eC39HqLyjWDarjtT1zdp7dc']);
    expect(flagged('Nyckeln AIzaSyA1234567890abcdefghijklmnopqrstuv funkar', 'api-key')).toEqual(['AIzaSyA1234567890abcdefghijklmnopqrstuv']);
    expect(flagged('sk-proj-abcdefghij1234567890XYZ', 'api-key')).toEqual(['sk-proj-abcdefghij1234567890XYZ']);
    expect(flagged('xoxb-123456789012-abcdefghijkl', 'api-key')).toEqual(['xoxb-123456789012-abcdefghijkl']);
    expect(flagged('-----BEGIN RSA PRIVATE KEY-----\nMIIE', 'api-key')).toEqual(['-----BEGIN RSA PRIVATE KEY-----']);
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    expect(flagged(`Bearer ${jwt}`, 'api-key')).toEqual([jwt]);
  });

  it('finds more providers, webhook addresses and any key written after its label', () => {
    const cases: Array<[string, string]> = [
      ['API key: 9f3c2a7b1e4d8f6a0c5b2e9d7a1f3c8e', '9f3c2a7b1e4d8f6a0c5b2e9d7a1f3c8e'],
      ['API-nyckeln är a8F3kL92mQz7Xw41pR6tYb0N', 'a8F3kL92mQz7Xw41pR6tYb0N'],
      ['API-nøkkelen vår er 7hG2kPq9Lm3Xz8Rt5Vb1Nc4W', '7hG2kPq9Lm3Xz8Rt5Vb1Nc4W'],
      ['Vores API-nøgle er 7hG2kPq9Lm3Xz8Rt5Vb1Nc4W.', '7hG2kPq9Lm3Xz8Rt5Vb1Nc4W'],
      ['Unser API-Schlüssel lautet 5d41402abc4b2a76b9719d911017c592', '5d41402abc4b2a76b9719d911017c592'],
      ['Slack: https://hooks.slack.com/services/T0123ABCD/B0456EFGH/abcdefghijklmnopqrstuvwx', 'https://hooks.slack.com/services/T0123ABCD/B0456EFGH/abcdefghijklmnopqrstuvwx'],
      ['Test with sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'],
      ['Token: hf_abcdefghijklmnopqrstuvwxyz123456', 'hf_abcdefghijklmnopqrstuvwxyz123456'],
      ['access_token=ya29a0ARrdaM1234567890abcdefghij', 'ya29a0ARrdaM1234567890abcdefghij'],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'api-key'), text).toEqual([words]);
    for (const clean of [
      'Our API key strategy for 2024 is simple.',
      'The token economy is growing.',
      'API-nøkkelen er hemmelig og skal ikke deles.',
      'Access token rotation every 30 days is best practice.',
      'Token: ERC20 and friends explained.',
    ]) {
      expect(flagged(clean, 'api-key', 'strict'), clean).toEqual([]);
    }
  });

  it('ignores ordinary long words, hashtags and skill lists', () => {
    for (const clean of ['sk-learn and scikit-learn are great', 'AKIA is a name', '#AKIAIOSFODNN7EXAMPLEX', 'Kundenzufriedenheitsumfrage']) {
      expect(flagged(clean, 'api-key', 'strict'), clean).toEqual([]);
    }
  });
});

describe('oversharing.booking-reference', () => {
  it('finds booking codes and e-ticket numbers after their label in every language', () => {
    expect(flagged('Finally off to Tokyo! Booking reference X7KQ2P, see you there.', 'booking-reference')).toEqual(['X7KQ2P']);
    expect(flagged('Bokningsnummer: ABC123, vi ses i Rom!', 'booking-reference')).toEqual(['ABC123']);
    expect(flagged('Bestillingsnummer er KX9PQ2 hvis noen lurer.', 'booking-reference')).toEqual(['KX9PQ2']);
    expect(flagged('Bookingnummer: QWERT7 til Rom', 'booking-reference')).toEqual(['QWERT7']);
    expect(flagged('Buchungscode lautet ZX81QP.', 'booking-reference')).toEqual(['ZX81QP']);
    expect(flagged('E-ticket 057-2123456789 is on my phone', 'booking-reference')).toEqual(['057-2123456789']);
    expect(flagged('Boarding pass selfie! Confirmation: QX4T7M', 'booking-reference')).toEqual(['QX4T7M']);
  });

  it('reads the code a few words after its label', () => {
    expect(flagged('Bestillingsnummeret for turen er ABC12D.', 'booking-reference')).toEqual(['ABC12D']);
    expect(flagged('Bokningsnumret till resan är XK7P2Q.', 'booking-reference')).toEqual(['XK7P2Q']);
    expect(flagged('Our booking reference for the flight is K3L9MZ.', 'booking-reference')).toEqual(['K3L9MZ']);
    expect(flagged('Buchungsnummer für den Flug: QX4T7Z', 'booking-reference')).toEqual(['QX4T7Z']);
    expect(flagged('Booking confirmed for the team offsite, see you in MALMÖ.', 'booking-reference', 'strict')).toEqual([]);
  });

  it('reads the definite forms of the labels', () => {
    expect(flagged('Bestillingsnummeret er ABC12D, sees på Gardermoen!', 'booking-reference')).toEqual(['ABC12D']);
    expect(flagged('Bokningsnumret är XK7P2Q om någon undrar.', 'booking-reference')).toEqual(['XK7P2Q']);
    expect(flagged('Bookingnummeret er QX4T7Z.', 'booking-reference')).toEqual(['QX4T7Z']);
    expect(flagged('Unser Reservierungscode ist K3L9MZ.', 'booking-reference')).toEqual(['K3L9MZ']);
  });

  it('ignores shouted words and codes far from a label', () => {
    expect(flagged('BOOKING CONFIRMED TODAY', 'booking-reference', 'strict')).toEqual([]);
    expect(flagged('Booking opens soon, use code SPRING for ten percent', 'booking-reference', 'strict')).toEqual([]);
    expect(flagged('Booking code SUMMER gives 10% off', 'booking-reference', 'strict')).toEqual([]);
    expect(flagged('Bokning: ABC123 ger 20 % rabatt', 'booking-reference', 'strict')).toEqual([]);
  });
});

describe('oversharing.home-absence', () => {
  it('marks the address and the absence when both are in the post', () => {
    expect(flagged('Off to Crete for three weeks! Neighbours at Storgatan 12, please water the plants.', 'home-absence')).toEqual([
      'Off to Crete for three weeks',
      'Storgatan 12',
    ]);
    expect(flagged('Vi är på semester till den 5 augusti och huset står tomt. Vi bor på Granvägen 3.', 'home-absence')).toEqual([
      'på semester till',
      'huset står tomt',
      'Granvägen 3',
    ]);
    expect(flagged('Vi er borte i tre uker. Adressen vår er Kirkeveien 5.', 'home-absence')).toEqual(['borte i tre uker', 'Kirkeveien 5']);
    expect(flagged('Eg er bortreist heile juli, huset står tomt i Storgata 8.', 'home-absence')).toEqual(['bortreist heile', 'huset står tomt', 'Storgata 8']);
    expect(flagged('Vi er væk i tre uger, så Østergade 14 står tom.', 'home-absence')).toEqual(['væk i tre uger', 'Østergade 14', 'står tom']);
    expect(flagged('Vi åker till Thailand i tre veckor! Huset på Björkvägen 7 står tomt.', 'home-absence')).toEqual([
      'åker till Thailand i tre veckor',
      'Björkvägen 7',
      'står tomt',
    ]);
    expect(flagged('Wir sind ab Samstag drei Wochen in Italien, die Wohnung in der Goethestraße 12 steht leer.', 'home-absence')).toEqual([
      'sind ab Samstag drei Wochen in',
      'Goethestraße 12',
      'steht leer',
    ]);
    expect(flagged('Wir sind drei Wochen im Urlaub, Goethestraße 12 ist leer.', 'home-absence')).toEqual(['drei Wochen im Urlaub', 'Goethestraße 12']);
    expect(flagged('We live at 221b Baker Street and we’re away for two weeks', 'home-absence')).toEqual(['221b Baker Street', 'we’re away for two weeks']);
    expect(flagged('Vi reser bort hela juli. Nyckeln ligger under mattan på Storgatan 5.', 'home-absence')).toEqual([
      'Vi reser bort',
      'Nyckeln ligger under mattan',
      'Storgatan 5',
    ]);
  });

  it('marks an address alone or an absence alone only in strict mode', () => {
    expect(flagged('Off to Crete for three weeks!', 'home-absence')).toEqual([]);
    expect(flagged('Off to Crete for three weeks!', 'home-absence', 'strict')).toEqual(['Off to Crete for three weeks']);
    expect(flagged('Welcome to our new shop at Storgatan 12!', 'home-absence')).toEqual([]);
  });

  it('reads more ways of being away, streets without a number where the writer lives, and Nynorsk “me”', () => {
    const cases: Array<[string, string[]]> = [
      ['Me reiser bort i to veker frå laurdag. Me bur i Fjellvegen 10.', ['Me reiser bort', 'Fjellvegen 10']],
      ['Me er på hytta heile påska. Adressa vår er Skulevegen 4.', ['Me er på hytta heile', 'Skulevegen 4']],
      ['Vi är borta från den 1 till den 20 juli. Vi bor på Ekvägen 5.', ['Vi är borta från', 'Ekvägen 5']],
      ['Vi är borta hela juli och bor på Björkbacken, någon som kan vattna?', ['Vi är borta hela', 'Björkbacken']],
      ['Vi er borte i juli. Vi bor i Solbakken 3.', ['Vi er borte i juli', 'Solbakken 3']],
      ['Vi er i sommerhuset hele juli, vi bor på Skolevænget 5.', ['Vi er i sommerhuset hele', 'Skolevænget 5']],
      ['Ab Samstag zwei Wochen Urlaub! Wir wohnen in der Lindenstraße, Blumen gießen?', ['Ab Samstag zwei Wochen Urlaub', 'Lindenstraße']],
      ['Sind ab morgen zwei Wochen auf Mallorca, Hauptstraße 5, Briefkasten bitte leeren!', ['Sind ab morgen zwei Wochen auf', 'Hauptstraße 5']],
      ['Leaving tomorrow for two weeks in Greece. We live at 42 Mill Lane.', ['Leaving tomorrow for two weeks', '42 Mill Lane']],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'home-absence'), text).toEqual(words);
  });

  it('marks someone else’s home address by default', () => {
    const cases: Array<[string, string]> = [
      ['Han bor på Storgatan 12, gå dit och säg vad ni tycker.', 'Storgatan 12'],
      ['Hun bor i Kirkeveien 5 hvis noen vil si ifra.', 'Kirkeveien 5'],
      ['Ho bur i Fjellvegen 10.', 'Fjellvegen 10'],
      ['Han bor på Østergade 14, 2. tv.', 'Østergade 14'],
      ['Er wohnt in der Goethestraße 12, falls jemand vorbeischauen will.', 'Goethestraße 12'],
      ['She lives at 42 Mill Lane, go tell her what you think.', '42 Mill Lane'],
      ['Lars bor på Björkvägen 7.', 'Björkvägen 7'],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'home-absence'), text).toEqual([words]);
    for (const clean of ['Vi bor på Storgatan 12 och trivs.', 'Jag bor på Ekvägen 5.', 'The museum is at 12 Baker Street.', 'Die Praxis ist in der Hauptstraße 5.']) {
      expect(flagged(clean, 'home-absence'), clean).toEqual([]);
    }
  });

  it('reads a trip starting tomorrow or between two dates', () => {
    const cases: Array<[string, string[]]> = [
      ['Wir sind vom 1. bis 21. Juli in Italien. Wir wohnen in der Lindenstraße 4.', ['Wir sind vom 1. bis', 'Lindenstraße 4']],
      ['Wir fliegen morgen nach Mallorca, Hauptstraße 5 ist leer.', ['Wir fliegen morgen nach', 'Hauptstraße 5']],
      ['Vi flyger till Thailand i morgon! Vi bor på Storgatan 12.', ['Vi flyger till Thailand i morgon', 'Storgatan 12']],
      ['Vi drar til Kreta i morgen. Vi bor i Solveien 14.', ['Vi drar til Kreta i morgen', 'Solveien 14']],
      ['Me flyg til Roma i morgon, og me bur i Skulevegen 4.', ['Me flyg til Roma i morgon', 'Skulevegen 4']],
      ['Vi flyver til Rom på lørdag. Vi bor på Birkevej 9.', ['Vi flyver til Rom på lørdag', 'Birkevej 9']],
      ["We're flying to Spain tomorrow. We live at 14 Elm Road.", ["We're flying to Spain tomorrow", '14 Elm Road']],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'home-absence'), text).toEqual(words);
    expect(flagged('Wir fliegen morgen nach Berlin zur Messe, besucht uns am Stand!', 'home-absence')).toEqual([]);
  });

  it('marks an address the post calls someone else’s', () => {
    const cases: Array<[string, string]> = [
      ['Seine Adresse: Lindenweg 3, 12345 Berlin. Besucht ihn mal!', 'Lindenweg 3'],
      ['Der wohnt in der Gartenstraße 7.', 'Gartenstraße 7'],
      ['Hans adress är Storgatan 5.', 'Storgatan 5'],
      ['Adressen hennes er Kirkeveien 3.', 'Kirkeveien 3'],
      ['Her address is 12 Oak Street.', '12 Oak Street'],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'home-absence'), text).toEqual([words]);
    expect(flagged('Die Adresse von unserem Büro ist Hauptstraße 5.', 'home-absence')).toEqual([]);
  });

  it('reads street words written apart from the name (vei, plass, torg)', () => {
    expect(flagged('Han bor i Gamle Drammens vei 5.', 'home-absence')).toEqual(['Gamle Drammens vei 5']);
    expect(flagged('Vi er bortreist hele juli. Vi bor på Sankt Olavs plass 3.', 'home-absence')).toEqual(['bortreist hele', 'Sankt Olavs plass 3']);
  });

  it('does not read a trip in the past as an empty home', () => {
    for (const clean of [
      'Last summer we were away for three weeks; now we live at 14 Elm Road.',
      'Förra sommaren var vi borta hela juli. Vi bor på Ekvägen 5.',
      'I fjor var vi på ferie i tre uker. Vi bor i Storgata 5.',
      'Sidste år var vi væk i tre uger. Vi bor på Østergade 14.',
      'Letztes Jahr waren wir drei Wochen in Italien. Wir wohnen in der Goethestraße 12.',
      'Training 3 times a week keeps me sane.',
    ]) {
      expect(flagged(clean, 'home-absence'), clean).toEqual([]);
    }
  });

  it('does not take a business closed for the holidays for an empty home', () => {
    expect(flagged('Butiken på Storgatan 12 har semesterstängt, vi är på semester till 5 augusti.', 'home-absence')).toEqual([]);
  });

  it('does not read ordinary words as streets', () => {
    expect(flagged('Ich bin ab Montag weg 3 Wochen, bis dann!', 'home-absence', 'strict').filter((words) => words.includes('Montag'))).toEqual([]);
    expect(flagged('At gate 22 for three weeks of travel', 'home-absence')).toEqual([]);
  });
});

describe('oversharing.child-details', () => {
  it('marks the school, nursery and class in a post about the writer’s own children', () => {
    expect(flagged('So proud: our daughter starts at Solbackaskolan, class 1B, on Monday!', 'child-details')).toEqual(['Solbackaskolan', 'class 1B']);
    expect(flagged('My son goes to Oakwood Primary now.', 'child-details')).toEqual(['Oakwood Primary']);
    expect(flagged('Min son började idag i klass 1A på Ekbackens skola.', 'child-details')).toEqual(['klass 1A', 'Ekbackens skola']);
    expect(flagged('Sønnen min begynner på Majorstuen skole i høst.', 'child-details')).toEqual(['Majorstuen skole']);
    expect(flagged('Dottera mi byrjar i Solbakken barnehage.', 'child-details')).toEqual(['Solbakken barnehage']);
    expect(flagged('Vores datter er startet i Solsikken børnehave.', 'child-details')).toEqual(['Solsikken børnehave']);
    expect(flagged('Unsere Tochter geht jetzt in die Lindenschule, Klasse 2c.', 'child-details')).toEqual(['Lindenschule', 'Klasse 2c']);
  });

  it('marks where the writer’s child is alone or at a set hour', () => {
    const cases: Array<[string, string]> = [
      ['Vår dotter Alva tränar på Valhallabadet varje tisdag kl 17, kom och heja!', 'varje tisdag kl'],
      ['Min son går hem själv från skolan nu, så stolt!', 'går hem själv'],
      ['Sønnen min er alene hjemme etter skolen til jeg kommer.', 'alene hjemme'],
      ['Dottera mi går heim åleine frå skulen kvar dag.', 'går heim åleine'],
      ['Vores søn er alene hjemme om eftermiddagen nu.', 'alene hjemme'],
      ['Unsere Tochter ist nach der Schule allein zu Hause.', 'ist nach der Schule allein'],
      ['Unser Sohn hat jeden Dienstag um 16 Uhr Schwimmen im Hallenbad Mitte.', 'jeden Dienstag um'],
      ['Our 8 year old walks home alone now, so proud!', 'walks home alone'],
      ['Dattera vår trener på Nordstrand hver onsdag kl 18.', 'hver onsdag kl'],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'child-details'), text).toEqual([words]);
  });

  it('leaves an adult alone at home, team routines and a child’s routine without a place', () => {
    for (const clean of [
      'I’m home alone tonight, pizza time!',
      'Every Tuesday at 5 we run a free webinar.',
      'Varje tisdag kl 17 har vi öppet hus på Kontoret.',
      'Jeg er alene hjemme i kveld.',
      'Unser Team trifft sich jeden Montag um 9 Uhr.',
    ]) {
      expect(flagged(clean, 'child-details', 'strict'), clean).toEqual([]);
    }
    expect(flagged('Min son har fotboll varje tisdag kl 18.', 'child-details')).toEqual([]);
    expect(flagged('Min son har fotboll varje tisdag kl 18.', 'child-details', 'strict')).toEqual(['varje tisdag kl']);
  });

  it('leaves schools named without the writer’s children to strict mode', () => {
    expect(flagged('I teach at Oakwood Primary and love it.', 'child-details')).toEqual([]);
    expect(flagged('I teach at Oakwood Primary and love it.', 'child-details', 'strict')).toEqual(['Oakwood Primary']);
    expect(flagged('Our kids love football and pancakes.', 'child-details', 'strict')).toEqual([]);
    expect(flagged('Min son älskar skolan!', 'child-details', 'strict')).toEqual([]);
    expect(flagged('My son starts High School next week.', 'child-details', 'strict')).toEqual([]);
    expect(flagged('Vores søn er glad for Folkeskolen.', 'child-details', 'strict')).toEqual([]);
    expect(flagged('Unser Sohn war in der Schule.', 'child-details', 'strict')).toEqual([]);
    expect(flagged('Our kids’ Nigerian school was on the news.', 'child-details', 'strict')).toEqual([]);
  });
});

describe('oversharing.health-diagnosis', () => {
  it('reads a diagnosis just received, with a word for when in between', () => {
    expect(flagged('Jeg fikk nettopp diagnosen MS.', 'health-diagnosis')).toEqual(['Jeg fikk nettopp diagnosen']);
    expect(flagged('Eg fekk nettopp diagnosen diabetes.', 'health-diagnosis')).toEqual(['Eg fekk nettopp diagnosen']);
    expect(flagged('Jag fick precis diagnosen ADHD.', 'health-diagnosis')).toEqual(['Jag fick precis diagnosen']);
    expect(flagged('Jeg fik i går diagnosen sklerose.', 'health-diagnosis')).toEqual(['Jeg fik i går diagnosen']);
    expect(flagged('Han fikk nettopp diagnosen MS.', 'health-diagnosis')).toEqual([]);
  });
  it('marks first-person diagnoses in every language', () => {
    expect(flagged('After months of tests I was diagnosed with MS.', 'health-diagnosis')).toEqual(['I was diagnosed with MS']);
    expect(flagged('I’ve been battling depression for years', 'health-diagnosis')).toEqual(['I’ve been battling depression']);
    expect(flagged("I'm living with ADHD", 'health-diagnosis')).toEqual(["I'm living with ADHD"]);
    expect(flagged('I have breast cancer and I will fight it.', 'health-diagnosis')).toEqual(['I have breast cancer']);
    expect(flagged('Jag har fått diagnosen ADHD och vill berätta.', 'health-diagnosis')).toEqual(['Jag har fått diagnosen ADHD']);
    expect(flagged('Jeg har fått påvist diabetes.', 'health-diagnosis')).toEqual(['Jeg har fått påvist']);
    expect(flagged('Eg har fått påvist kreft.', 'health-diagnosis')).toEqual(['Eg har fått påvist']);
    expect(flagged('Jeg har fået konstateret kræft.', 'health-diagnosis')).toEqual(['Jeg har fået konstateret']);
    expect(flagged('Ich habe Depressionen und rede jetzt darüber.', 'health-diagnosis')).toEqual(['Ich habe Depressionen']);
    expect(flagged('Bei mir wurde Krebs diagnostiziert.', 'health-diagnosis')).toEqual(['Bei mir wurde Krebs diagnostiziert']);
    expect(flagged('Bei mir wurde letzte Woche Brustkrebs diagnostiziert.', 'health-diagnosis')).toEqual([
      'Bei mir wurde letzte Woche Brustkrebs diagnostiziert',
    ]);
    expect(flagged('Ich leide seit Jahren unter Depressionen.', 'health-diagnosis')).toEqual(['Ich leide seit Jahren unter Depressionen']);
    expect(flagged('I’ve been off work with burnout since March.', 'health-diagnosis')).toEqual(['I’ve been off work with']);
    expect(flagged('Jag har varit sjukskriven i ett halvår.', 'health-diagnosis')).toEqual(['Jag har varit sjukskriven']);
    expect(flagged('Eg har vore sjukmeld i to månader.', 'health-diagnosis')).toEqual(['Eg har vore sjukmeld']);
    expect(flagged('Diagnosed with type 1 diabetes at 34. Here is what I learned.', 'health-diagnosis')).toEqual(['Diagnosed with']);
    expect(flagged('I was hospitalised last week.', 'health-diagnosis')).toEqual(['I was hospitalised']);
    expect(flagged('Jeg er indlagt på Rigshospitalet.', 'health-diagnosis')).toEqual(['Jeg er indlagt']);
    expect(flagged('Ich lag zwei Wochen im Krankenhaus.', 'health-diagnosis')).toEqual(['Ich lag zwei Wochen im Krankenhaus']);
    expect(flagged('Fick diagnosen ADHD vid 35.', 'health-diagnosis')).toEqual(['Fick diagnosen']);
    expect(flagged('After my heart attack last year I changed everything.', 'health-diagnosis')).toEqual(['my heart attack']);
  });

  it('reads diagnoses after an adverb or a fronted phrase, news told by others, therapy and medicines', () => {
    const cases: Array<[string, string]> = [
      ['Jag har precis fått diagnosen autism, 38 år gammal.', 'Jag har precis fått diagnosen'],
      ['Efter månader av utredning har jag fått en ADHD-diagnos.', 'har jag fått en ADHD-diagnos'],
      ['Min läkare har konstaterat att jag har reumatism.', 'att jag har reumatism'],
      ['Jag har varit deprimerad i flera månader.', 'Jag har varit deprimerad'],
      ['Jag äter Sertralin sedan ett år tillbaka.', 'Jag äter Sertralin'],
      ['Jag går i terapi för min ångest sedan i våras.', 'Jag går i terapi'],
      ['Jeg har nettopp fått diagnosen ADHD.', 'Jeg har nettopp fått diagnosen'],
      ['Jeg fikk vite i går at jeg har MS.', 'at jeg har MS'],
      ['Jeg har vært deprimert lenge og går nå på Cipralex.', 'Jeg har vært deprimert'],
      ['I fjor fikk jeg diagnosen leddgikt.', 'fikk jeg diagnosen'],
      ['Eg har slite med depresjon i fleire år.', 'Eg har slite med depresjon'],
      ['Eg fekk beskjed om at eg har diabetes.', 'at eg har diabetes'],
      ['Lægen sagde, at jeg har sklerose.', 'at jeg har sklerose'],
      ['Jeg er blevet sygemeldt med stress.', 'Jeg er blevet sygemeldt'],
      ['Jeg har haft en depression i et år.', 'Jeg har haft en depression'],
      ['Ich bin seit drei Monaten wegen Burnout krankgeschrieben.', 'Ich bin seit drei Monaten wegen Burnout krankgeschrieben'],
      ['Mein Arzt hat mir gesagt, dass ich Diabetes habe.', 'dass ich Diabetes'],
      ['Ich bin an Multipler Sklerose erkrankt.', 'Ich bin an Multipler Sklerose erkrankt'],
      ['Letzte Woche wurde bei mir MS festgestellt.', 'wurde bei mir MS festgestellt'],
      ['Ich nehme seit Jahren Antidepressiva.', 'Ich nehme seit Jahren Antidepressiva'],
      ['My doctor told me I have MS.', 'told me I have MS'],
      ['I’ve been on antidepressants for two years.', 'I’ve been on antidepressants'],
      ["I'm in therapy for my anxiety.", "I'm in therapy"],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'health-diagnosis'), text).toEqual([words]);
  });

  it('reads “I got …”, illness named as what the writer is, strokes and bowel disease, and short names with nothing after them', () => {
    const cases: Array<[string, string]> = [
      ['Eg har fått kreft.', 'Eg har fått kreft'],
      ['Jeg har fått brystkreft.', 'Jeg har fått brystkreft'],
      ['Jeg har fået kræft.', 'Jeg har fået kræft'],
      ['Eg fekk hjarteinfarkt i fjor.', 'Eg fekk hjarteinfarkt'],
      ['Eg har hatt hjerneslag.', 'Eg har hatt hjerneslag'],
      ['Jeg har Crohns sykdom.', 'Jeg har Crohns sykdom'],
      ['Jag är psykiskt sjuk och det är okej.', 'Jag är psykiskt sjuk'],
      ['Jeg er kreftsyk.', 'Jeg er kreftsyk'],
      ['Eg er kreftsjuk.', 'Eg er kreftsjuk'],
      ['Jeg er psykisk syg.', 'Jeg er psykisk syg'],
      ['Ich bin chronisch krank.', 'Ich bin chronisch krank'],
      ["I'm chronically ill.", "I'm chronically ill"],
      ['Jeg har MS.', 'Jeg har MS'],
      ['Eg har ME og orkar lite.', 'Eg har ME'],
      ['Ich habe MS, und das ist okay.', 'Ich habe MS'],
      ['I have MS, and I am fine.', 'I have MS'],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'health-diagnosis'), text).toEqual([words]);
    for (const clean of ['I have MS Teams open all day.', 'I have ms teams meetings.', 'Ich habe MS Office installiert.', "I've got me a new truck.", 'Ich habe als Kind viel gelesen.', 'Ich glaube, dass ich als erstes komme.']) {
      expect(flagged(clean, 'health-diagnosis', 'strict'), clean).toEqual([]);
    }
  });

  it('reads therapy, clinics and medicines “against” a condition', () => {
    const cases: Array<[string, string]> = [
      ['Ich habe seit kurzem die Diagnose ADHS.', 'Ich habe seit kurzem die Diagnose'],
      ['Ich bin seit Januar in Therapie.', 'Ich bin seit Januar in Therapie'],
      ['Ich bin schwer depressiv.', 'Ich bin schwer depressiv'],
      ['Ich war drei Monate in einer Klinik.', 'Ich war drei Monate in einer Klinik'],
      ['Ich nehme Tabletten gegen Depressionen.', 'Ich nehme Tabletten gegen'],
      ['Jag tar tabletter mot ångest.', 'Jag tar tabletter mot'],
      ['Jeg går på medisiner mot depresjon.', 'Jeg går på medisiner mot'],
      ['Eg går på medisinar mot angst.', 'Eg går på medisinar mot'],
      ['Jeg tager medicin mod angst.', 'Jeg tager medicin mod'],
      ['I take medication for my anxiety.', 'I take medication for my'],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'health-diagnosis'), text).toEqual([words]);
    expect(flagged('Die Diagnose Krebs verändert alles – ein Vortrag am Montag.', 'health-diagnosis', 'strict')).toEqual([]);
  });

  it('reads the writer lying in hospital', () => {
    const cases: Array<[string, string]> = [
      ['Jag ligger på sjukhuset sedan i tisdags.', 'Jag ligger på sjukhuset'],
      ['Jeg ligger på sykehuset, så svarer sent.', 'Jeg ligger på sykehuset'],
      ['Eg ligg på sjukehuset i Førde.', 'Eg ligg på sjukehuset'],
      ['Jeg ligger på hospitalet i Odense.', 'Jeg ligger på hospitalet'],
      ['Ich liege im Krankenhaus und langweile mich.', 'Ich liege im Krankenhaus'],
      ["I'm in hospital this week, replies will be slow.", "I'm in hospital"],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'health-diagnosis'), text).toEqual([words]);
  });

  it('reads “my illness” and the German dative (seit meinem Schlaganfall, nach meiner Chemo)', () => {
    const cases: Array<[string, string]> = [
      ['Seit meinem Schlaganfall ist alles anders.', 'meinem Schlaganfall'],
      ['Nach meiner Chemo bin ich müde.', 'meiner Chemo'],
      ['Ich habe Burnout und brauche Ruhe.', 'Ich habe Burnout'],
      ['Meine Krankheit bestimmt meinen Alltag.', 'Meine Krankheit'],
      ['Sykdommen min gjør at jeg ikke orker.', 'Sykdommen min'],
      ['Min sjukdom styr min vardag.', 'Min sjukdom'],
      ['My illness is invisible.', 'My illness'],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'health-diagnosis'), text).toEqual([words]);
  });

  it('shows a pregnancy by default only when the writer says nobody knows yet', () => {
    expect(flagged('Jag är gravid! Vi har inte berättat för någon än.', 'health-diagnosis')).toEqual(['Jag är gravid']);
    expect(flagged('Jeg er gravid i uke 10, ikke fortell noen ennå!', 'health-diagnosis')).toEqual(['Jeg er gravid']);
    expect(flagged('Eg er gravid, men vi har ikkje fortalt det til nokon enno.', 'health-diagnosis')).toEqual(['Eg er gravid']);
    expect(flagged('Jeg er gravid, men ingen ved det endnu.', 'health-diagnosis')).toEqual(['Jeg er gravid']);
    expect(flagged('Ich bin schwanger, aber das weiß noch niemand.', 'health-diagnosis')).toEqual(['Ich bin schwanger']);
    expect(flagged("I'm pregnant but haven't told anyone yet.", 'health-diagnosis')).toEqual(["I'm pregnant"]);
    expect(flagged('We are pregnant! Baby due in May.', 'health-diagnosis')).toEqual([]);
    expect(flagged('We are pregnant! Baby due in May.', 'health-diagnosis', 'strict')).toEqual(['We are pregnant']);
    expect(flagged('Hon är gravid och vi har inte berättat för någon.', 'health-diagnosis')).toEqual([]);
  });

  it('is a gentle warning', () => {
    const [finding] = findingsOf('I was diagnosed with cancer', 'health-diagnosis');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(/brave/);
  });

  it('ignores health in general and other people’s health', () => {
    for (const clean of [
      'Cancer research saves lives: support the run on Sunday.',
      'My mother has cancer.',
      'She was diagnosed with ADHD as an adult.',
      'Patients diagnosed with diabetes need support.',
      'Hun fikk diagnosen i fjor.',
      'Depression is common among founders.',
      'Vi stödjer cancerforskningen.',
      'Hun har fått påvist diabetes.',
      'Ich habe Angst vor der Präsentation.',
      'Ich war im Krankenhaus, um meine Oma zu besuchen.',
      'I have a meeting at ten.',
      'I have MS Teams open all day.',
      'I have add-ons for that.',
      'Ich habe Ads auf LinkedIn geschaltet.',
      'Min mamma fick diagnosen cancer förra året.',
      'Hun har fått diagnosen kreft.',
      'Mental Health Awareness Week starts Monday.',
      'Kreftforeningen samler inn penger til forskning.',
      'Kræftens Bekæmpelse holder indsamling på søndag.',
      'Der Weltkrebstag erinnert uns an alle Betroffenen.',
      'Jeg går til psykolog-konferansen i morgen.',
      'Jeg er deprimert over at ferien er slutt, haha.',
      'Ich habe erfahren, dass ich die Stelle bekomme!',
      'Jag fick veta att jag har kommit in på utbildningen.',
      'Legen sa at jeg har god helse.',
      'Jeg har levet med min kone i 20 år.',
      'Nobody knows yet who will win the election.',
    ]) {
      expect(flagged(clean, 'health-diagnosis'), clean).toEqual([]);
    }
  });
});

describe('oversharing.others-health', () => {
  it('marks a relative’s, partner’s or colleague’s diagnosis in every language', () => {
    const cases: Array<[string, string]> = [
      ['Min mamma fick diagnosen cancer förra året.', 'Min mamma fick diagnosen'],
      ['Min kollega Anna är sjukskriven för utmattning.', 'Min kollega Anna är sjukskriven'],
      ['Vår son har ADHD och har det tufft i skolan.', 'Vår son har ADHD'],
      ['Mora mi har fått påvist kreft.', 'Mora mi har fått påvist kreft'],
      ['Kollegaen min er sykmeldt med depresjon.', 'Kollegaen min er sykmeldt'],
      ['Far min fekk diagnosen ALS i vår.', 'Far min fekk diagnosen'],
      ['Sonen min har diabetes.', 'Sonen min har diabetes'],
      ['Min mor har fået konstateret kræft.', 'Min mor har fået konstateret kræft'],
      ['Min kollega Lars er sygemeldt med stress.', 'Min kollega Lars er sygemeldt'],
      ['Meine Kollegin ist seit Wochen krankgeschrieben.', 'Meine Kollegin ist seit Wochen krankgeschrieben'],
      ['Unser Sohn hat ADHS.', 'Unser Sohn hat ADHS'],
      ['My colleague Anna has breast cancer, so please be kind to her.', 'My colleague Anna has breast cancer'],
      ['My dad was diagnosed with MS last week.', 'My dad was diagnosed with MS'],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'others-health'), text).toEqual([words]);
  });

  it('marks a named person’s diagnosis, and “she” when the post names a colleague or relative', () => {
    const cases: Array<[string, string]> = [
      ['Anna har fått diagnosen bröstcancer, skicka en tanke.', 'Anna har fått diagnosen'],
      ['Kari er sykmeldt med utbrenthet igjen.', 'Kari er sykmeldt'],
      ['Min kollega Anna kommer inte på mötet. Hon är sjukskriven för utmattning.', 'Hon är sjukskriven'],
      ['Lars hat Krebs, betet für ihn.', 'Lars hat Krebs'],
      ['Tom was diagnosed with MS last year.', 'Tom was diagnosed with MS'],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'others-health'), text).toEqual([words]);
    for (const clean of ['Alla har ångest ibland.', 'Many have anxiety before exams.', 'Vi har diabetes-dagen på fredag.', 'Hon är sjukskriven, enligt tidningen.']) {
      expect(flagged(clean, 'others-health', 'strict'), clean).toEqual([]);
    }
  });

  it('allows a first and last name between the relation and the news', () => {
    expect(flagged('Min kollega Anna Svensson har fått diagnosen bröstcancer.', 'others-health')).toEqual(['Min kollega Anna Svensson har fått diagnosen']);
    expect(flagged('Min kollega Anna Svensson har fått jobb i Göteborg.', 'others-health', 'strict')).toEqual([]);
  });

  it('reads the German “bei meiner Kollegin wurde … diagnostiziert” and “fällt wegen … aus”', () => {
    expect(flagged('Bei meiner Kollegin wurde Brustkrebs diagnostiziert.', 'others-health')).toEqual(['Bei meiner Kollegin wurde Brustkrebs diagnostiziert']);
    expect(flagged('Bei Anna wurde letzte Woche MS festgestellt.', 'others-health')).toEqual(['Anna wurde letzte Woche MS festgestellt']);
    expect(flagged('Mein Chef fällt wegen Burnout aus.', 'others-health')).toEqual(['Mein Chef fällt wegen Burnout aus']);
  });

  it('ignores ordinary news about people close to the writer, and pronouns alone', () => {
    for (const clean of [
      'My mother has a big garden.',
      'Min kollega har koll på allt.',
      'Mein Kollege hat Urlaub.',
      'Sønnen min har fått jobb!',
      'Min mamma har alltid stöttat mig.',
      'Meine Tochter hat heute Geburtstag.',
      'She was diagnosed with ADHD as an adult.',
      'Hun fikk diagnosen i fjor.',
      'Our son has the cancer-research fundraiser on Friday.',
    ]) {
      expect(flagged(clean, 'others-health', 'strict'), clean).toEqual([]);
    }
  });
});

describe('oversharing.confidential-work', () => {
  it('marks confidential work news in every language', () => {
    expect(flagged('Not announced yet, but we are laying off 40 people in March.', 'confidential-work')).toEqual([
      'Not announced yet',
      'we are laying off 40 people',
    ]);
    expect(flagged('Internal only: the Q3 numbers look rough.', 'confidential-work')).toEqual(['Internal only']);
    expect(flagged('Vi varslar 40 personer nästa vecka, inte officiellt än.', 'confidential-work')).toEqual(['Vi varslar', 'inte officiellt än']);
    expect(flagged('Det blir nedbemanning, ikke offentlig ennå.', 'confidential-work')).toEqual(['Det blir nedbemanning', 'ikke offentlig ennå']);
    expect(flagged('Dette er fortroligt: der kommer fyringer.', 'confidential-work')).toEqual(['Dette er fortroligt', 'der kommer fyringer']);
    expect(flagged('Streng vertraulich: wir bauen 200 Stellen ab.', 'confidential-work')).toEqual(['Streng vertraulich', 'wir bauen 200 Stellen']);
    expect(flagged('Ikkje offentleg enno, men vi må nedbemanne.', 'confidential-work')).toEqual(['Ikkje offentleg enno', 'vi må nedbemanne']);
    expect(flagged('Confidential: the merger will be announced Monday.', 'confidential-work')).toEqual(['Confidential']);
    expect(flagged('Vi må kutte 30 stillinger før jul.', 'confidential-work')).toEqual(['Vi må kutte 30 stillinger']);
    expect(flagged('Wir müssen 200 Stellen streichen.', 'confidential-work')).toEqual(['Wir müssen 200 Stellen streichen']);
    expect(flagged('Vertraulich – wir schließen den Standort Köln.', 'confidential-work')).toEqual(['Vertraulich']);
    expect(flagged('Det här stannar mellan oss, men företaget ska säljas.', 'confidential-work')).toEqual(['Det här stannar mellan oss']);
  });

  it('marks asks not to pass news on before it is public, with "it" in the sentence', () => {
    expect(flagged('Dette er internt, ikkje del det vidare før det er offentleg.', 'confidential-work')).toEqual(['ikkje del det vidare', 'før det er offentleg']);
    expect(flagged('Ikke del det videre før det er offisielt.', 'confidential-work')).toEqual(['Ikke del det videre', 'før det er offisielt']);
    expect(flagged('Dela inte det vidare innan det är officiellt.', 'confidential-work')).toEqual(['Dela inte det vidare', 'innan det är officiellt']);
    expect(flagged('Del det ikke videre, før det er offentliggjort.', 'confidential-work')).toEqual(['Del det ikke videre', 'før det er offentliggjort']);
    expect(flagged('Vi ses før det er mørkt. Det er offentleg tilgjengeleg på nettsida.', 'confidential-work')).toEqual([]);
  });

  it('marks layoffs at the writer’s own workplace and hints that news is not out yet, in every language', () => {
    const cases: Array<[string, string]> = [
      ['30 personer sägs upp hos oss nästa månad.', 'personer sägs upp hos oss'],
      ['Det blir uppsägningar hos oss efter sommaren.', 'Det blir uppsägningar hos oss'],
      ['Sekretessbelagt men: vi lanserar nya appen i mars.', 'Sekretessbelagt'],
      ['Kan inte säga så mycket än, men vi ska slås ihop med Telia.', 'Kan inte säga så mycket än'],
      ['Vi får varsel om permittering i neste uke.', 'Vi får varsel om permittering'],
      ['Det blir en fyringsrunde i høst.', 'Det blir en fyringsrunde'],
      ['20 ansatte skal sies opp hos oss før jul.', 'ansatte skal sies opp hos oss'],
      ['Sjefen seier det kjem nedbemanning hjå oss etter nyttår.', 'nedbemanning hjå oss'],
      ['Vi skal kutte 20 stillingar, men det er ikkje kunngjort.', 'Vi skal kutte 20 stillingar'],
      ['Ikke offentligt endnu, men vi lukker afdelingen i Aarhus.', 'Ikke offentligt endnu'],
      ['Der kommer en fyringsrunde hos os i næste uge.', 'Der kommer en fyringsrunde'],
      ['Intern: Der Standort Hamburg wird geschlossen.', 'Intern'],
      ['Wir werden nächsten Monat 50 Leute entlassen.', 'Wir werden nächsten Monat 50 Leute entlassen'],
      ['Bei uns werden 200 Stellen abgebaut.', 'Bei uns werden 200 Stellen abgebaut'],
      ['Vertraulich: Bei uns steht eine Kündigungswelle an.', 'Vertraulich'],
      ['Big layoffs coming at my company next week.', 'layoffs coming at my company'],
      ["We're cutting 15% of staff next month.", "We're cutting 15% of staff"],
      ["Can't say much yet, but we signed a huge client.", "Can't say much yet"],
    ];
    for (const [text, words] of cases) expect(flagged(text, 'confidential-work'), text).toContain(words);
  });

  it('reads secrets kept until a date and short-time work at the writer’s company', () => {
    expect(flagged('Das ist noch nicht spruchreif, aber wir übernehmen die Firma X.', 'confidential-work')).toEqual(['noch nicht spruchreif']);
    expect(flagged('Bei uns wird es Kurzarbeit geben.', 'confidential-work')).toEqual(['Bei uns wird es Kurzarbeit geben']);
    expect(flagged('Det är hemligt tills på måndag, men vi köper upp dem.', 'confidential-work')).toEqual(['Det är hemligt tills']);
    expect(flagged('Det er hemmelig til fredag, men vi flytter kontoret.', 'confidential-work')).toEqual(['Det er hemmelig til']);
    expect(flagged('It’s a secret until Monday, but we are merging.', 'confidential-work')).toEqual(['It’s a secret until']);
    for (const clean of ['Das Ergebnis wird erst am Montag bekannt gegeben, drückt die Daumen!', 'The winner won’t be announced until Friday.', 'Vinnaren offentliggörs först på måndag.']) {
      expect(flagged(clean, 'confidential-work', 'strict'), clean).toEqual([]);
    }
  });

  it('reads German markings and layoffs', () => {
    expect(flagged('Nur für interne Zwecke: neue Preise ab März.', 'confidential-work')).toEqual(['Nur für interne Zwecke']);
    expect(flagged('Das ist noch nicht publik.', 'confidential-work')).toEqual(['noch nicht publik']);
    expect(flagged('Bei uns fliegen 50 Leute raus.', 'confidential-work')).toEqual(['Bei uns fliegen 50 Leute raus']);
  });

  it('reads “please don’t share yet” and figures not yet out', () => {
    expect(flagged('Wir werden übernommen. Bitte noch nicht teilen!', 'confidential-work')).toEqual(['Bitte noch nicht teilen']);
    expect(flagged('Die Q3-Zahlen sind noch nicht veröffentlicht, aber wir liegen 20 % über Plan.', 'confidential-work')).toEqual([
      'Zahlen sind noch nicht veröffentlicht',
    ]);
    expect(flagged('Q3 numbers aren’t public yet, but we beat the plan.', 'confidential-work')).toEqual(['numbers aren’t public yet']);
  });

  it('reads “we may not say it yet” and Danish “skal af med”', () => {
    expect(flagged('Vi må ikke sige det endnu, men vi lukker i Aarhus.', 'confidential-work')).toEqual(['må ikke sige det endnu']);
    expect(flagged('Vi får ikke lov til å si det ennå, men vi kjøper dem.', 'confidential-work')).toEqual(['får ikke lov til å si det ennå']);
    expect(flagged('Jag får inte säga det än, men vi köper dem.', 'confidential-work')).toEqual(['får inte säga det än']);
    expect(flagged('Wir dürfen es noch nicht sagen, aber wir kaufen sie.', 'confidential-work')).toEqual(['Wir dürfen es noch nicht sagen']);
    expect(flagged('Vi skal af med 30 medarbejdere efter sommer.', 'confidential-work')).toEqual(['Vi skal af med 30 medarbejdere']);
  });

  it('leaves layoffs reported at other companies alone', () => {
    for (const clean of [
      'Ericsson varslar 1 400 anställda i Sverige, rapporterar DN.',
      '300 anställda sägs upp på Volvo, enligt facket.',
      'Google announced layoffs of 12,000 people in January.',
      'Wir werden 50 neue Mitarbeiter einstellen.',
      'Bei uns werden alle Mitarbeiter geschult.',
      'Vi får varsel om storm i morgen, sikre utemøblene.',
      'Vi ansetter 20 nye medarbeidere i år!',
      "I can't say much more than thank you to everyone.",
    ]) {
      expect(flagged(clean, 'confidential-work'), clean).toEqual([]);
    }
  });

  it('leaves news-like mentions to strict mode', () => {
    expect(flagged('Stellenabbau bei Siemens: was bedeutet das?', 'confidential-work')).toEqual([]);
    expect(flagged('Stellenabbau bei Siemens: was bedeutet das?', 'confidential-work', 'strict')).toEqual(['Stellenabbau']);
    expect(flagged('Layoffs across tech continue this year.', 'confidential-work')).toEqual([]);
    expect(flagged('Confidential search: we are hiring a CFO.', 'confidential-work')).toEqual([]);
    expect(flagged('How to keep client data confidential: five tips', 'confidential-work')).toEqual([]);
    expect(flagged('Ten insider tips for visiting Stockholm', 'confidential-work')).toEqual([]);
    expect(flagged('We never share confidential information with third parties.', 'confidential-work')).toEqual([]);
    expect(flagged('Join us ahead of the earnings call on 24 October.', 'confidential-work')).toEqual([]);
  });
});

describe('oversharing rule catalogue', () => {
  it('has an example for every rule that the rule marks', () => {
    const rules = ruleCatalog.filter((rule) => rule.category === 'oversharing');
    expect(rules.length).toBe(oversharingRules.length);
    for (const rule of rules) expect(flagged(rule.example, rule.id.replace('oversharing.', '')), rule.id).not.toEqual([]);
  });
});

describe('asking readers to tell no one, in German', () => {
  it('flags "sagt es keinem"', () => {
    expect(flagged('Sagt es keinem, aber wir bauen 50 Stellen ab', 'confidential-work')).toEqual(['Sagt es keinem', 'wir bauen 50 Stellen']);
    expect(flagged('Sagt es bitte niemandem, wir ziehen um.', 'confidential-work')).toContain('Sagt es bitte niemandem');
  });

  it('leaves telling everyone alone', () => {
    expect(flagged('Erzähl es allen, wir sind schwanger!', 'confidential-work')).toEqual([]);
    expect(flagged('Sie hat es keinem leicht gemacht.', 'confidential-work')).toEqual([]);
  });
});

describe('a Swedish wifi password written "wifi:t"', () => {
  it('reads "wifi:t" and "wifi:n" as the wifi', () => {
    expect(flagged('Lösenordet till wifi:t är Sommar2024', 'password')).toEqual(['Lösenordet till wifi:t är Sommar2024']);
    expect(flagged('Koden till wifi:n är Sommar2024', 'password')).toEqual(['Koden till wifi:n är Sommar2024']);
  });

  it('leaves talk about the wifi alone', () => {
    expect(flagged('Wifi:t är nere igen, lösenordet byts i morgon.', 'password')).toEqual([]);
  });
});
