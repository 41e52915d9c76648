import type { Rule } from '../../rule';
import { apiKeyRule } from './api-key';
import { bankAccountRule } from './bank-account';
import { bookingReferenceRule } from './booking-reference';
import { childDetailsRule } from './child-details';
import { confidentialWorkRule } from './confidential-work';
import { emailAddressRule } from './email-address';
import { healthDiagnosisRule } from './health-diagnosis';
import { homeAbsenceRule } from './home-absence';
import { ibanRule } from './iban';
import { nationalIdRule } from './national-id';
import { othersHealthRule } from './others-health';
import { passwordRule } from './password';
import { paymentCardRule } from './payment-card';
import { phoneNumberRule } from './phone-number';

/** The oversharing rules, in the order the settings page lists them. */
export const oversharingRules: Rule[] = [
  nationalIdRule,
  paymentCardRule,
  ibanRule,
  bankAccountRule,
  passwordRule,
  apiKeyRule,
  homeAbsenceRule,
  bookingReferenceRule,
  childDetailsRule,
  healthDiagnosisRule,
  othersHealthRule,
  confidentialWorkRule,
  phoneNumberRule,
  emailAddressRule,
];
