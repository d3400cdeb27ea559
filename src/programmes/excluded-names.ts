/**
 * Names the reports use that are deliberately not registry entries, with the reason (the inclusion
 * rule is in src/schema/programme.ts). `suggestUnknownNames` stays silent about a candidate that is,
 * or contains, one of these names, so that a suggestion always means "decide about this one".
 */
export interface ExcludedName {
  name: string;
  reason: string;
}

const FRAME = 'the frame of every page, not something a page is about';
const TREATY = 'a treaty or treaty document; the registry has no kind for treaties';

export const EXCLUDED_NAMES: readonly ExcludedName[] = [
  { name: 'GREVIO', reason: FRAME },
  { name: 'Verdrag van Istanbul', reason: FRAME },
  { name: 'Istanbulverdrag', reason: FRAME },
  { name: 'Raad van Europa', reason: FRAME },
  { name: 'Rijksoverheid', reason: FRAME },
  { name: 'Toelichtend Rapport', reason: TREATY },
  { name: 'ETS nr. 108', reason: TREATY },
  { name: 'VN-Verdrag Handicap', reason: `${TREATY}; its Werkagenda is an entry` },
  { name: 'GGZ', reason: 'a care sector (geestelijke gezondheidszorg), not one organisation' },
  { name: 'Kamerstukken II', reason: 'a parliamentary paper cited as a source' },
  { name: 'Kamerbrief', reason: 'a parliamentary letter cited as a source, unnamed' },
  { name: 'Verantwoordingsdag', reason: 'an event' },
  { name: 'Digitale Geletterdheid', reason: 'a curriculum subject (leergebied)' },
  { name: 'Burgerschap', reason: 'a curriculum subject (leergebied)' },
  { name: 'Mens en Maatschappij', reason: 'a curriculum subject (leergebied)' },
  { name: 'Mens en Natuur', reason: 'a curriculum subject (leergebied)' },
  { name: 'Intieme Terreur', reason: 'a form of violence; Veilig Thuis’ framework for it has no name' },
  { name: 'Sustainable Development Goals', reason: 'published with the Monitor Brede Welvaart, matched as part of its alias' },
];
