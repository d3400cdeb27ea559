/**
 * Reads the tense of the clause a date sits in, to tell a plan ("wordt in 2026 gestart", "zal …
 * onderzoeken", "starten in januari 2026") from a reported fact ("is in 2025 gepubliceerd",
 * "heeft in 2019 … ingericht", "stuurde in juni 2025"). A heuristic on wording, not a parser:
 * - future: an explicit marker of intention, expectation or obligation (zal/zullen, gaat/gaan,
 *   komt/komen, wil/willen, streeft/streven/streven is, beoogt, moet/moeten, dient/dienen,
 *   (naar) verwacht(ing), is voorzien/gepland, van plan, voornemens, de bedoeling). It wins over
 *   a past marker: "heeft toegezegd dat het in 2026 zal …" is a plan.
 * - past: a perfect (is/zijn/was/waren/heeft/hebben/had/hadden with a past participle, either
 *   order, not "te zijn getreden") or a common simple past (werd, stuurde, startte, had, …).
 * - present: anything else. With a date that is not over, present tense is a plan too
 *   ("De pilots starten in januari 2026", "publiceert vanaf 2025 jaarlijks").
 * The clause is the part of the sentence between commas, semicolons, colons, brackets and
 * spaced dashes around the date; "en" does not split it ("is … van Valente en de VNG gepubliceerd").
 */

export type Tense = 'future' | 'past' | 'present';

const FUTURE = new RegExp(
  [
    'zal', 'zullen', 'zult', 'gaat', 'gaan', 'komt', 'komen', 'wil', 'willen', 'streeft', 'streven', 'beoogt', 'beogen',
    'moet', 'moeten', 'dient', 'dienen', 'verwacht', 'verwachten', 'verwachting', 'voorzien', 'gepland', 'planning',
    'van\\s+plan', 'voornemens', 'voornemen', 'bedoeling',
  ]
    .map((w) => `(?<![\\p{L}])${w}(?![\\p{L}])`)
    .join('|'),
  'iu',
);

const AUXILIARY = /(?<![\p{L}])(?<!\bte\s)(is|zijn|was|waren|heeft|hebben|had|hadden)(?![\p{L}])/iu;

/** Separable prefixes before "ge" in a participle: afgerond, ingericht, vastgesteld, uitgevoerd. */
const SEPARABLE = '(?:aan|af|bij|binnen|door|in|los|mee|na|om|op|over|samen|terug|toe|uit|vast|voor|weg|bekend|tot\\s+stand\\s+)';
const GE_PARTICIPLE = new RegExp(`(?<![\\p{L}])${SEPARABLE}?ge\\p{L}{2,}(?:d|t|en)(?![\\p{L}])`, 'giu');
/** Words of the ge-…-d/t/en shape that are no participle, common in these reports. */
const NOT_PARTICIPLES = new Set([
  'geweld', 'gereed', 'gemeenten', 'gezinnen', 'gebied', 'gebieden', 'gerecht', 'gezicht', 'gewicht', 'gelden', 'gezond', 'geheel',
  'gevallen', 'gedachten', 'gesprekken', 'gewoonten', 'gebouwen', 'gevolgen', 'gebruiken', 'geschikt', 'gewenst', 'gelegen',
  // Statal, read as present: "is gericht op", "is gebaseerd op".
  'gericht', 'gebaseerd',
]);
/** Participles without "ge" (inseparable prefixes), as they occur in reports. */
const OTHER_PARTICIPLES = /(?<![\p{L}])(verschenen|ontwikkeld|besloten|onderzocht|ontvangen|verstuurd|verzonden|begonnen|bereikt|behandeld|benoemd|verlengd|vernieuwd|voltooid|vervangen|ondertekend|herzien|beëindigd|verbeterd|vastgelegd|overgedragen)(?![\p{L}])/iu;
const SIMPLE_PAST = new RegExp(
  [
    'werd', 'werden', 'stuurde', 'stuurden', 'startte', 'startten', 'stelde', 'stelden', 'begon', 'verscheen', 'kwam', 'kwamen', 'ging',
    'gingen', 'vond', 'vonden', 'publiceerde', 'publiceerden', 'lanceerde', 'lanceerden', 'liep', 'liepen', 'besloot', 'bracht', 'brachten',
    'nam', 'gaf', 'gaven', 'deed', 'deden', 'zette', 'geleden',
  ]
    .map((w) => `(?<![\\p{L}])${w}(?![\\p{L}])`)
    .join('|'),
  'iu',
);

function hasParticiple(clause: string): boolean {
  if (OTHER_PARTICIPLES.test(clause)) return true;
  for (const m of clause.matchAll(GE_PARTICIPLE)) if (!NOT_PARTICIPLES.has(m[0].toLowerCase())) return true;
  return false;
}

export function tenseOf(clause: string): Tense {
  if (FUTURE.test(clause)) return 'future';
  if ((AUXILIARY.test(clause) && hasParticiple(clause)) || SIMPLE_PAST.test(clause)) return 'past';
  return 'present';
}

const CLAUSE_BREAK = /[,;:()\[\]]|\s[\u2013\u2014-]\s/gu;

/** The clause of `sentence` holding `[start, end)`: up to the nearest break on either side. */
export function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return sentence.slice(from, to);
}
