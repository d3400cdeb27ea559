/** What each logged repair rule did, in Dutch, for readers of "Tekstcorrecties". */
const RULES: Record<string, { label: string; explanation: string }> = {
  'collapse-spaces': {
    label: 'Dubbele spaties samengevoegd',
    explanation: 'Uitgevulde pdf-tekst geeft reeksen spaties tussen woorden; die zijn tot één spatie teruggebracht.',
  },
  'undo-fake-bold': {
    label: 'Herhaald woord door vet drukwerk',
    explanation: 'Een woord dat de pdf meermaals over zichzelf drukte (werkenwerkenwerkenwerken) staat er één keer.',
  },
  'drop-repeated-phrase': {
    label: 'Herhaalde woordgroep over een regelovergang',
    explanation: 'Een woordgroep die een regel afsluit en de volgende opnieuw begint, staat er één keer.',
  },
  'join-hyphenated-line-break': {
    label: 'Afbreekstreepje aan regeleinde',
    explanation: 'Een woord met een streepje aan het regeleinde (Verwey- / Jonker) is zonder spatie samengevoegd, behalve voor en, of en tot.',
  },
  'join-url-line-break': {
    label: 'Webadres over twee regels',
    explanation: 'Een webadres dat de pdf over twee regels verdeelde (…/Rechtbank / en/Rechtbank-Rotterdam/…), is zonder spatie samengevoegd: een webadres bevat geen spaties.',
  },
  'drop-duplicate-url-line': {
    label: 'Dubbele webadresregel',
    explanation: 'Een losse regel met een webadres dat al eerder op de pagina stond, is weggelaten.',
  },
};

export function correctionRule(rule: string): { label: string; explanation?: string } {
  return RULES[rule] ?? { label: rule };
}
