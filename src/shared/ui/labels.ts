/** Translated names for the shared vocabulary, used by the popup and the options page. */
import type { Category, Lang, Platform, Sensitivity } from '../../core/types';
import { t } from '../i18n';

export const categoryName = (category: Category) => t(`category_${category}`);
export const platformName = (platform: Platform) => t(`platform_${platform}`);
export const languageName = (lang: Lang) => t(`language_${lang}`);
export const sensitivityName = (sensitivity: Sensitivity) => t(`sensitivity_${sensitivity}`);
