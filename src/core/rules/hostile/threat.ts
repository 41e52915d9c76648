/** Threats: "I will kill you", "you'll regret this", "jag ska döda dig", "eg skal knuse deg", "ich bring dich um". */
import { listRule } from './list-rule';

export const threat = listRule({
  id: 'hostile.threat',
  category: 'hostile',
  title: 'Threats',
  description:
    'Threats of violence or revenge, and wishing or calling for harm to people. Even meant as a joke, they can get a post removed and an account reported.',
  example: "Keep talking and you'll regret it.",
  severity: 'critical',
  message: {
    en: 'This reads as a threat. Even as a joke it can get the post removed and you reported.',
    sv: 'Det här läses som ett hot. Även som skämt kan inlägget tas bort och du bli anmäld.',
    nb: 'Dette leses som en trussel. Selv som spøk kan innlegget bli fjernet og du bli anmeldt.',
    da: 'Det her læses som en trussel. Selv som en spøg kan opslaget blive fjernet og du blive anmeldt.',
    de: 'Das liest sich wie eine Drohung. Auch als Scherz kann der Beitrag gelöscht und du gemeldet werden.',
  },
  list: 'threat',
});
