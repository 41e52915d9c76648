/** Slurs against people for their origin, sexuality, gender identity or disability, and dehumanising words. */
import { listRule } from './list-rule';

export const slur = listRule({
  id: 'hostile.slur',
  category: 'hostile',
  title: 'Slurs and dehumanising words',
  description:
    'Slurs about origin, sexuality, gender identity or disability, and words that call groups of people vermin, parasites or animals.',
  example: 'These people are vermin.',
  severity: 'critical',
  message: {
    en: 'This is a slur. It hurts people who had nothing to do with your point, and readers will judge you by it.',
    sv: 'Det här är ett skällsord. Det sårar människor som inte har med saken att göra, och läsarna dömer dig efter det.',
    nb: 'Dette er et skjellsord. Det sårer folk som ikke har noe med saken å gjøre, og leserne dømmer deg etter det.',
    da: 'Det her er et skældsord. Det sårer folk, der intet har med sagen at gøre, og læserne dømmer dig efter det.',
    de: 'Das ist ein abwertendes Schimpfwort. Es trifft Menschen, die mit der Sache nichts zu tun haben, und Leser beurteilen dich danach.',
  },
  list: 'slur',
});
