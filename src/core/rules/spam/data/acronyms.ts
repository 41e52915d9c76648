/**
 * Words written in capitals by convention, not to shout: acronyms, initialisms, currency and
 * company forms common in posts in the six languages. Compared in lower case.
 */
export const ACRONYMS: ReadonlySet<string> = new Set(
  `ai it hr ceo cto cfo coo cmo cio cpo vp svp evp md eu un usa us uk nasa nato who wto imf oecd b2b b2c saas api pr kpi kpis okr okrs roi seo sem ipo esg gdpr dei vr ar ml llm llms gpt nlp ok faq pdf url tv dj ngo nhs bbc cnn fbi cia uefa fifa nfl nba nhl usb gps mba msc bsc phd ba ma cv hq qa ux ui crm erp iot csr lgbtq lgbt lgbtqia ibm hp aws sap bmw vw ev evs co2 mvp diy fyi asap rip lol omg nyc la sf dc covid sars hiv adhd ptsd icu er gp ikea hm sas svt nrk dr zdf ard orf srf tv2 tv4 ab asa as aps gmbh ag kg ohg se dk no de en eur sek nok dkk usd gbp chf cet cest utc gmt am pm btw imo imho tbh ios pc mac cpu gpu ram ssd sql html css php aws gcp ibm ict r&d rd hse ehs smb sme smes kmu cop fn eus oss wp nav ntnu kth uio uib dtu ku lu su uu chalmers sdg sdgs iso id nr nº no st vs etc ca inkl zb bzw ggf usw dvs bl.a osv mm m.fl ev mvh mfg vg lg`.split(/\s+/),
);
