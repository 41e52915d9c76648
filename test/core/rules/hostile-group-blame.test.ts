import { table } from './rule-cases';

table(
  'hostile.group-blame',
  [
    ['en', 'Immigrants are taking over our towns.', ['Immigrants are taking over']],
    ['en', 'Muslims will never integrate, period.', ['Muslims will never integrate']],
    ['en', 'Refugees are all criminals.', ['Refugees are all criminals']],
    ['sv', 'Invandrarna lever på bidrag och betalar ingen skatt.', ['Invandrarna lever på bidrag']],
    ['sv', 'Flyktingarna ska hem, allihop.', ['Flyktingarna ska hem']],
    ['sv', 'Invandrarna förstör allt.', ['Invandrarna förstör']],
    ['nb', 'Innvandrerne ødelegger Norge.', ['Innvandrerne ødelegger']],
    ['nb', 'Innvandrerne tar over hele byen.', ['Innvandrerne tar over']],
    ['nn', 'Innvandrarane er farlege for oss.', ['Innvandrarane er farlege']],
    ['da', 'Muslimerne lever på kontanthjælp.', ['Muslimerne lever på kontanthjælp']],
    ['da', 'Indvandrere er voldelige og kriminelle.', ['Indvandrere er voldelige']],
    // A charge right before the group, as its adjective.
    ['da', 'Vi skal ikke have flere kriminelle udlændinge.', ['kriminelle udlændinge']],
    ['de', 'Die Unkultur islamischer Länder.', ['Unkultur islamischer']],
    ['de', 'Die Moslems töten Deutsche.', ['Moslems töten']],
    ['de', 'Der Islam ist eine Ideologie und keine Religion.', ['Islam ist eine Ideologie']],
    ['de', 'Die Afrikaner können wir in Europa nicht brauchen.', ['Afrikaner können wir in Europa nicht brauchen']],
    // The charge may follow in the next sentence.
    ['de', 'Schon wieder Flüchtlinge. Die müssen zurück!', ['Flüchtlinge. Die müssen zurück']],
  ],
  [
    // The group is the one wronged, or the talk is about prejudice.
    'Violence against Muslims has doubled since last year.',
    'Refugees fleeing violence deserve our help.',
    'Racism hurts immigrants every day, and the crime statistics are misused.',
    'Gewalt gegen Flüchtlinge nimmt zu.',
    'Viele Flüchtlinge sind vor Gewalt und Terror geflohen.',
    'Muslime sind oft Opfer von Hass und Gewalt.',
    'Refugees face violence and crime in the camps.',
    'Zwei Flüchtlinge wurden in der Nacht ermordet.',
    'Migranten erleben Gewalt auf der Flucht.',
    'Flyktingar utsätts för våld i lägren.',
    'Våldet mot flyktingar ökar, och det är farligt för alla.',
    'Muslimer oplever diskrimination og vold på arbejdsmarkedet.',
    'Flyktninger som flykter fra krig og vold trenger hjelp.',
    // Ordinary talk about groups, and words with a second meaning.
    'Immigrants founded half of the startups on this list.',
    'Kriget förstör livet för många flyktingar.',
    'The war is destroying the lives of refugees.',
    'Our Muslim colleagues celebrate Eid next week, and we will take over their shifts.',
    'Junge Männer, die sich nicht ausweisen können, werden kontrolliert.',
    'Die Ausländerbehörde hat ihre Öffnungszeiten geändert.',
    'Vi har anställt tre flyktingar i år och de gör ett fantastiskt jobb.',
    'Vi har ansat to flygtninge, og de er fantastiske kolleger.',
    'The crime rate fell this year. Immigrants opened many new shops.',
  ],
);
