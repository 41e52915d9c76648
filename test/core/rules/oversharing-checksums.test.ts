import { describe, expect, it } from 'vitest';
import {
  danishMod11Valid,
  ibanChecksumValid,
  luhnValid,
  norwegianAccountValid,
  norwegianControlValid,
  ssnValid,
  steuerIdValid,
  validDate,
} from '../../../src/core/rules/oversharing/checksums';

describe('oversharing checksums', () => {
  it('Luhn accepts card and personnummer check digits and rejects a changed digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('8112189875')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });

  it('knows month lengths and leap years', () => {
    expect(validDate(2024, 2, 29)).toBe(true);
    expect(validDate(2023, 2, 29)).toBe(false);
    expect(validDate(1900, 2, 29)).toBe(false);
    expect(validDate(2000, 2, 29)).toBe(true);
    expect(validDate(2024, 4, 31)).toBe(false);
    expect(validDate(2024, 13, 1)).toBe(false);
    expect(validDate(2024, 1, 0)).toBe(false);
  });

  it('checks both Norwegian control digits', () => {
    expect(norwegianControlValid('15038512363')).toBe(true);
    expect(norwegianControlValid('41019012393')).toBe(true); // D-nummer
    expect(norwegianControlValid('15038512364')).toBe(false);
    expect(norwegianControlValid('15038512373')).toBe(false);
    expect(norwegianControlValid('1503851236')).toBe(false);
  });

  it('checks the old Danish CPR modulus 11', () => {
    expect(danishMod11Valid('0707614285')).toBe(true);
    expect(danishMod11Valid('0707614286')).toBe(false);
  });

  it('checks the German Steuer-ID digit pattern and check digit', () => {
    expect(steuerIdValid('86095742719')).toBe(true);
    expect(steuerIdValid('47036892816')).toBe(true);
    expect(steuerIdValid('86095742718')).toBe(false);
    expect(steuerIdValid('06095742719')).toBe(false); // no leading zero
    expect(steuerIdValid('12345678903')).toBe(false); // every digit once: not allowed
  });

  it('checks IBANs by mod 97', () => {
    expect(ibanChecksumValid('SE4550000000058398257466')).toBe(true);
    expect(ibanChecksumValid('NO9386011117947')).toBe(true);
    expect(ibanChecksumValid('DK5000400440116243')).toBe(true);
    expect(ibanChecksumValid('DE89370400440532013000')).toBe(true);
    expect(ibanChecksumValid('gb29nwbk60161331926819')).toBe(true);
    expect(ibanChecksumValid('DE89370400440532013001')).toBe(false);
    expect(ibanChecksumValid('DE8937040044053201300X')).toBe(false);
  });

  it('applies the SSN area, group and serial rules', () => {
    expect(ssnValid('123456789')).toBe(true);
    expect(ssnValid('000456789')).toBe(false);
    expect(ssnValid('666456789')).toBe(false);
    expect(ssnValid('912456789')).toBe(false);
    expect(ssnValid('123006789')).toBe(false);
    expect(ssnValid('123450000')).toBe(false);
  });
  it('checks the mod-11 digit of a Norwegian account number', () => {
    expect(norwegianAccountValid('12345678903')).toBe(true);
    expect(norwegianAccountValid('12345678904')).toBe(false);
    expect(norwegianAccountValid('1234567890')).toBe(false);
    // A remainder of 1 leaves 10 as the check, which no account number is given.
    expect(norwegianAccountValid('00000000400')).toBe(false);
  });
});
