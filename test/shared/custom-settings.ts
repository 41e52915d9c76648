import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

/** Settings that differ from the defaults in every field, for round-trip and validation tests. */
export const customSettings: Settings = {
  ...DEFAULT_SETTINGS,
  enabled: false,
  sites: { linkedin: true, facebook: false, x: true },
  disabledCategories: ['platform'],
  disabledRules: ['promo-hard-sell'],
  sensitivity: 'strict',
  languages: ['nb', 'nn'],
  sendCheck: { enabled: true, threshold: 'warning' },
  customTerms: [{ term: 'Project Falcon', category: 'oversharing', message: 'Internal code name' }],
  allowList: ['crushing it'],
};
