/**
 * Check digits and dates of the numbers the oversharing rules look for. A number that fails its
 * checksum is not an ID, a card or an account: these keep random numbers from being flagged.
 */

/** Luhn (mod 10) over a string of digits: payment cards and Swedish personnummer. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Whether the day exists in that month of that year (1 ≤ month ≤ 12). */
export function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1]!;
}

function weighted(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum;
}

const NO_WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const NO_WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Whether the digit at `at` is the mod-11 control of the weighted digits before it (a control of 10 is none). */
function mod11ControlHolds(digits: string, weights: readonly number[], at: number): boolean {
  const control = (11 - (weighted(digits, weights) % 11)) % 11;
  return control !== 10 && control === digits.charCodeAt(at) - 48;
}

/** The two mod-11 control digits of a Norwegian fødselsnummer or D-nummer (11 digits). */
export function norwegianControlValid(digits: string): boolean {
  return /^\d{11}$/.test(digits) && mod11ControlHolds(digits, NO_WEIGHTS_1, 9) && mod11ControlHolds(digits, NO_WEIGHTS_2, 10);
}

/** A Norwegian bank account number (11 digits): its last digit is the mod-11 check of the first ten, as a fødselsnummer's second. */
export function norwegianAccountValid(digits: string): boolean {
  return /^\d{11}$/.test(digits) && mod11ControlHolds(digits, NO_WEIGHTS_2, 10);
}

const DK_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** The old mod-11 check of a Danish CPR number; numbers issued since 2007 need not pass it. */
export function danishMod11Valid(digits: string): boolean {
  return /^\d{10}$/.test(digits) && weighted(digits, DK_WEIGHTS) % 11 === 0;
}

/**
 * German Steuer-ID (11 digits): no leading zero, in the first ten digits one digit occurs twice or
 * three times and the others at most once, and the last digit is the ISO 7064 MOD 11,10 check.
 */
export function steuerIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[digits.charCodeAt(i) - 48]!++;
  const repeated = counts.filter((count) => count > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === digits.charCodeAt(10) - 48;
}

/** Mod 97 of an IBAN (letters read as 10–35, the first four characters moved to the end). */
export function ibanChecksumValid(iban: string): boolean {
  const compact = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/**
 * US Social Security number rules: area not 000, 666 or 900–999; group not 00; serial not 0000.
 */
export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  return area !== 0 && area !== 666 && area < 900 && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}
