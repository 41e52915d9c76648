/**
 * The words that introduce a secret: "my password is", "lösenordet är", "PIN 1234", "wifi code".
 * `pin` labels take 4–8 digits (PINs, door codes); `password` labels take any word that looks
 * like a password. Bare "code"/"kode" is left out: discount codes are not secrets.
 */
import type { LexiconData } from '../../../lexicon';

export interface SecretLabel {
  /**
   * `password` takes a word that looks like a password, `pin` 4–8 digits, `code` 4–8 digits that
   * are not a year nor in a discount offer ("koden er 4512", but "the code is 2024"), `cvc` the 3–4
   * digits on the back of a card.
   */
  kind: 'password' | 'pin' | 'code' | 'cvc';
}

// The labels are compounds of their own language with no false friends elsewhere ("lösenord",
// "adgangskode", "Passwort"), so they apply whatever language a short post is taken for.
const password = { kind: 'password', anywhere: true } as const;
const pin = { kind: 'pin', anywhere: true } as const;
const code = { kind: 'code', anywhere: true } as const;
const cvc = { kind: 'cvc', anywhere: true } as const;

export const SECRET_LABELS: LexiconData<SecretLabel> = {
  en: [
    { phrase: 'password|passcode|passphrase|passwd|pwd', ...password },
    { phrase: 'password|passcode|passphrase|passwd|pwd is|was', ...password },
    { phrase: 'wifi|wlan|wireless|network password|code|pass|key', ...password },
    { phrase: 'wifi|wlan|wireless|network password|code|pass|key is', ...password },
    { phrase: 'wi fi password|code|pass|key', ...password },
    { phrase: 'wi fi password|code|pass|key is', ...password },
    { phrase: 'password|code for the wifi|wlan|network is', ...password },
    { phrase: 'door|gate|alarm|entry|safe|garage|lockbox|keybox code', ...pin },
    { phrase: 'key box|safe code', ...pin },
    { phrase: 'key box|safe code is', ...pin },
    { phrase: 'door|gate|alarm|entry|safe|garage|lockbox|keybox code is', ...pin },
    { phrase: 'pin|pincode', ...pin },
    { phrase: 'pin code|number', ...pin },
    { phrase: 'pin|pincode is', ...pin },
    { phrase: 'pin code|number is', ...pin },
    { phrase: 'the code is', ...code },
    { phrase: 'my pin|pincode|passcode is', ...pin },
    { phrase: 'pw', ...password },
    { phrase: 'cvc|cvv|cvc2|cvv2', ...cvc },
    { phrase: 'security code', ...cvc },
    { phrase: 'cvc|cvv|cvc2|cvv2 is', ...cvc },
    { phrase: 'security code is', ...cvc },
  ],
  sv: [
    { phrase: 'lösenord|lösenordet|lösen', ...password },
    { phrase: 'lösenord|lösenordet|lösen är|var', ...password },
    { phrase: 'wifi|wlan lösenord|lösenordet|lösen|koden|kod', ...password },
    { phrase: 'wifi|wlan lösenord|lösenordet|lösen|koden|kod är', ...password },
    { phrase: 'wi fi lösenord|lösenordet|lösen|koden|kod', ...password },
    { phrase: 'lösenordet|koden till wifi|wifit|wifin|nätet|nätverket är', ...password },
    // "wifi:t", "wifi:n": read as the words "wifi" and "t".
    { phrase: 'lösenordet|koden till wifi t|n är', ...password },
    { phrase: 'wifilösen|wifilösenord|wifilösenordet|wifikoden|wlanlösen', ...password },
    { phrase: 'wifilösen|wifilösenord|wifilösenordet|wifikoden|wlanlösen är', ...password },
    { phrase: 'pinkod|pinkoden|portkod|portkoden|dörrkod|dörrkoden|larmkod|larmkoden|kortkod|kortkoden|nyckelboxen|kodlåset', ...pin },
    { phrase: 'pinkod|pinkoden|portkod|portkoden|dörrkod|dörrkoden|larmkod|larmkoden|kortkod|kortkoden|nyckelboxen|kodlåset är', ...pin },
    { phrase: 'koden till nyckelboxen|porten|dörren|larmet är', ...pin },
    { phrase: 'pin kod|koden', ...pin },
    { phrase: 'pin kod|koden är', ...pin },
    { phrase: 'pin är', ...pin },
    { phrase: 'koden är', ...code },
    { phrase: 'port|dörr|larm koden|kod', ...pin },
    { phrase: 'port|dörr|larm koden|kod är', ...pin },
    { phrase: 'min kod|pinkod|portkod är', ...pin },
    { phrase: 'mitt lösenord|wifilösenord är', ...password },
    { phrase: 'lösenordet|koden till wifi|wifit|wifin|nätet|nätverket', ...password },
    { phrase: 'säkerhetskod|säkerhetskoden|cvc|cvv', ...cvc },
    { phrase: 'säkerhetskod|säkerhetskoden|cvc|cvv är', ...cvc },
  ],
  nb: [
    { phrase: 'passord|passordet', ...password },
    { phrase: 'passord|passordet er|var', ...password },
    { phrase: 'wifi|wlan|nettverk passord|passordet|koden|kode', ...password },
    { phrase: 'wifi|wlan|nettverk passord|passordet|koden|kode er', ...password },
    { phrase: 'wi fi passord|passordet|koden|kode', ...password },
    { phrase: 'passordet|koden til wifi|wifien|nettet|nettverket er', ...password },
    { phrase: 'wifipassord|wifipassordet|wifikoden|wifikode', ...password },
    { phrase: 'wifipassord|wifipassordet|wifikoden|wifikode er', ...password },
    { phrase: 'pinkode|pinkoden|portkode|portkoden|dørkode|dørkoden|alarmkode|alarmkoden|kortkode|kortkoden', ...pin },
    { phrase: 'pinkode|pinkoden|portkode|portkoden|dørkode|dørkoden|alarmkode|alarmkoden|kortkode|kortkoden er', ...pin },
    { phrase: 'koden til nøkkelboksen|døra|døren|porten|alarmen er', ...pin },
    { phrase: 'pin kode|koden', ...pin },
    { phrase: 'pin kode|koden er', ...pin },
    { phrase: 'pin er', ...pin },
    { phrase: 'koden er', ...code },
    { phrase: 'koden|pinkoden|portkoden min er', ...pin },
    { phrase: 'port|dør|alarm koden|kode', ...pin },
    { phrase: 'port|dør|alarm koden|kode er', ...pin },
    { phrase: 'pin koden min er', ...pin },
    { phrase: 'passordet|wifipassordet mitt er', ...password },
    { phrase: 'passordet|koden til wifi|wifien|nettet|nettverket', ...password },
    { phrase: 'sikkerhetskode|sikkerhetskoden|cvc|cvv', ...cvc },
    { phrase: 'sikkerhetskode|sikkerhetskoden|cvc|cvv er', ...cvc },
  ],
  nn: [
    { phrase: 'passord|passordet', ...password },
    { phrase: 'passord|passordet er|var', ...password },
    { phrase: 'wifi|wlan passord|passordet|koden|kode', ...password },
    { phrase: 'wifi|wlan passord|passordet|koden|kode er', ...password },
    { phrase: 'passordet|koden til wifi|wifien|nettet|nettverket er', ...password },
    { phrase: 'pinkode|pinkoden|portkode|portkoden|dørkode|dørkoden|alarmkode|alarmkoden', ...pin },
    { phrase: 'pinkode|pinkoden|portkode|portkoden|dørkode|dørkoden|alarmkode|alarmkoden er', ...pin },
    { phrase: 'koden til nøkkelboksen|døra|porten|alarmen er', ...pin },
    { phrase: 'koden er', ...code },
    { phrase: 'koden|pinkoden|portkoden mi er', ...pin },
    { phrase: 'passordet mitt er', ...password },
    { phrase: 'passordet|koden til wifi|wifien|nettet|nettverket', ...password },
  ],
  da: [
    { phrase: 'adgangskode|adgangskoden|kodeord|kodeordet|password', ...password },
    { phrase: 'adgangskode|adgangskoden|kodeord|kodeordet|password er|var', ...password },
    { phrase: 'wifi|wlan|netværk kode|koden|kodeord|kodeordet|password|adgangskode|adgangskoden', ...password },
    { phrase: 'wifi|wlan|netværk kode|koden|kodeord|kodeordet|password|adgangskode|adgangskoden er', ...password },
    { phrase: 'wifikode|wifikoden', ...password },
    { phrase: 'wifikode|wifikoden er', ...password },
    { phrase: 'koden|kodeordet|adgangskoden|passwordet til wifi|wifien|nettet|netværket er', ...password },
    { phrase: 'pinkode|pinkoden|portkode|portkoden|dørkode|dørkoden|alarmkode|alarmkoden', ...pin },
    { phrase: 'pinkode|pinkoden|portkode|portkoden|dørkode|dørkoden|alarmkode|alarmkoden er', ...pin },
    { phrase: 'koden til nøgleboksen|døren|porten|alarmen er', ...pin },
    { phrase: 'pin kode|koden', ...pin },
    { phrase: 'pin kode|koden er', ...pin },
    { phrase: 'koden er', ...code },
    { phrase: 'min kode|pinkode|portkode er', ...pin },
    { phrase: 'mit kodeord|password er', ...password },
    { phrase: 'koden|kodeordet|adgangskoden|passwordet til wifi|wifien|nettet|netværket', ...password },
    { phrase: 'sikkerhedskode|sikkerhedskoden|kontrolcifre|cvc|cvv', ...cvc },
    { phrase: 'sikkerhedskode|sikkerhedskoden|kontrolcifre|cvc|cvv er', ...cvc },
  ],
  de: [
    { phrase: 'passwort|kennwort|zugangscode|zugangsdaten', ...password },
    { phrase: 'passwort|kennwort|zugangscode ist|lautet|war', ...password },
    { phrase: 'wlan|wifi passwort|kennwort|schlüssel|code', ...password },
    { phrase: 'wlan|wifi passwort|kennwort|schlüssel|code ist|lautet', ...password },
    { phrase: 'wlanpasswort|wlankennwort|wlanschlüssel|wlancode', ...password },
    { phrase: 'wlanpasswort|wlankennwort|wlanschlüssel|wlancode ist|lautet', ...password },
    { phrase: 'passwort|kennwort|code fürs|für wlan|wifi|netzwerk ist|lautet', ...password },
    { phrase: 'passwort|kennwort|code für das wlan|wifi|netzwerk ist|lautet', ...password },
    { phrase: 'geheimzahl|pinnummer|türcode|alarmcode|tresorcode|schlüsselkasten|schlüsselbox', ...pin },
    { phrase: 'der code für die|den tür|haustür|schlüsselbox|alarmanlage ist|lautet', ...pin },
    { phrase: 'geheimzahl|pinnummer|türcode|alarmcode|tresorcode ist|lautet', ...pin },
    { phrase: 'pin ist|lautet', ...pin },
    { phrase: 'pin code|nummer ist|lautet', ...pin },
    { phrase: 'der code ist|lautet', ...code },
    // Hyphenated compounds come apart into words: "Tür-Code", "Alarm-Code".
    { phrase: 'tür|haustür|garagen|tor|alarm|tresor|schlüsselbox code', ...pin },
    { phrase: 'tür|haustür|garagen|tor|alarm|tresor|schlüsselbox code ist|lautet', ...pin },
    { phrase: 'meine pin|geheimzahl ist|lautet', ...pin },
    { phrase: 'kartenprüfnummer|prüfnummer|sicherheitscode|cvc|cvv', ...cvc },
    { phrase: 'kartenprüfnummer|prüfnummer|sicherheitscode|cvc|cvv ist|lautet', ...cvc },
  ],
};
