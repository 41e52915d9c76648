/** Which platform a page belongs to, from its URL's host. */
import type { Platform } from '../core/types';

const HOSTS: Record<string, Platform> = {
  'www.linkedin.com': 'linkedin',
  'linkedin.com': 'linkedin',
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'facebook.com': 'facebook',
  'x.com': 'x',
  'twitter.com': 'x',
};

export function platformOfUrl(url: string | undefined): Platform | undefined {
  if (!url) return undefined;
  try {
    return HOSTS[new URL(url).hostname];
  } catch {
    return undefined;
  }
}
