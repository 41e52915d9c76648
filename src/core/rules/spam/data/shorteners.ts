/** Link shorteners: the reader cannot see where such a link leads. Hosts in lower case. */
export const SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'cutt.ly', 'rb.gy', 'shorturl.at', 'tiny.cc',
  'bit.do', 't.ly', 'rebrand.ly', 'shorte.st', 'adf.ly', 'bl.ink', 'soo.gd', 's.id', 'v.gd', 'tiny.one', 'lnk.bio', 'linktr.ee',
]);
