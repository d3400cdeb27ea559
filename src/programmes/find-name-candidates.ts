/**
 * Spots spans of running text that look like the name of a law, plan, programme, campaign, study
 * or organisation — for maintainers, to find what the registry is missing. Heuristic and pure;
 * every cue is data in the lists below:
 * - a capitalised word ending in a policy noun ("Zorgverzekeringswet", "Actieplan …", "Werkagenda …");
 * - a run of capitalised words with an organisation noun in it ("Verwey-Jonker Instituut",
 *   "Raad voor de Kinderbescherming", "Stichting School & Veiligheid", "Politieacademie");
 * - a lead-in word followed by a capitalised title ("het programma Toekomstscenario …", "de aanpak
 *   Veiligheid Voorop!", "het onderzoek Waar geweld uit beeld raakt");
 * - a quoted title that starts with a capital or ends in ! or ? (‘Stop femicide!’, “waar ben je?”);
 * - a title followed by a year in parentheses ("Geweld hoort nergens thuis (2017)");
 * - an abbreviation defined or glossed in parentheses ("(hierna: WODC)", "(FARR)");
 * - a bare web address ("slachtofferwijzer.nl").
 * A title runs from its first word to punctuation, a quote, a footnote marker, or a word that
 * starts a clause (STOP_WORDS), at most MAX_WORDS words.
 */

export interface NameCandidate {
  name: string;
  start: number;
  end: number;
  /** Offset of the word that made it look like a name ("Raad" in "Nederlandse Raad voor …"). */
  anchor: number;
}

const HEAD_ENDINGS = ['wet', 'wetboek', 'besluit', 'amvb', 'plan', 'programma', 'agenda', 'nota', 'kader', 'monitor', 'richtlijn', 'akkoord', 'aanwijzing', 'code', 'regeling', 'strategie'];
const LEAD_INS = ['plan van aanpak', 'programma', 'actieprogramma', 'beleidsvisie', 'campagne', 'campagnes', 'initiatief', 'aanpak', 'werkwijze', 'onderzoek', 'rapport', 'alliantie', 'allianties', 'monitor', 'wegwijzer', 'platform', 'webapplicatie'];
const STOP_WORDS = new Set(
  ('die dat wat waarin waarmee waarbij waar hoe is zijn wordt worden werd heeft hebben kan kunnen zal zullen moet moeten dient ' +
    'geldt staat staan vormt bevat biedt gaat komt blijkt relevant gericht zoals als om te naar uit door sinds vanaf tot binnen ' +
    'onder ook nog al niet wel hierbij daarbij maar want of voeren werken besteden liep startte').split(' '),
);
const ORG_ENDINGS = ['instituut', 'stichting', 'vereniging', 'centrum', 'netwerk', 'raad', 'academie', 'federatie', 'universiteit', 'ministerie', 'fonds', 'bureau', 'organisatie', 'orgaan', 'commissaris', 'rechtbank', 'kamer', 'inspectie', 'autoriteit', 'agentschap', 'dienst'];
const EDGE_WORDS = new Set('de het een en van voor op in der ter aan met'.split(' '));
const MAX_WORDS = 12;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’.\-/]*[!?]?/gu;
const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/** The title that starts at `from`: words up to a break, edge words trimmed. */
function titleFrom(text: string, from: number): NameCandidate | null {
  const wordRe = new RegExp(WORD.source, 'gu');
  wordRe.lastIndex = from;
  const words: Array<{ start: number; end: number; word: string }> = [];
  for (let m = wordRe.exec(text); m && words.length < MAX_WORDS; m = wordRe.exec(text)) {
    const gap = text.slice(words.length ? words[words.length - 1]!.end : from, m.index);
    if (!/^[\s\u00a0]*$/.test(gap) || (words.length > 0 && STOP_WORDS.has(m[0]))) break;
    const word = m[0].replace(/[.](?=$)/, '');
    words.push({ start: m.index, end: m.index + word.length, word });
    if (/[!?]$/.test(word) || word !== m[0]) break;
  }
  while (words.length > 1 && EDGE_WORDS.has(words[words.length - 1]!.word.toLowerCase())) words.pop();
  while (words.length > 1 && EDGE_WORDS.has(words[0]!.word.toLowerCase())) words.shift();
  if (words.length === 0) return null;
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  return { name: text.slice(start, end), start, end, anchor: start };
}

const leadIns = new RegExp(`(?<![\\p{L}])(?:${LEAD_INS.join('|')})[\\s\\u00a0]+(?=[\\p{Lu}‘“"])`, 'gu');
const capitalisedWords = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*(?![\p{L}])/gu;
/** "Wet", "Zorgverzekeringswet", "Actieplan" — not "Zwet" (a surname ending in "wet"). */
const endsIn = (endings: readonly string[], word: string, alone: boolean) =>
  endings.some((e) => {
    const lower = word.toLowerCase();
    return (alone && lower === e) || (lower.endsWith(e) && lower.length - e.length >= 3);
  });
const CAP_WORD = '\\p{Lu}[\\p{L}\\p{N}-]*';
const capitalisedRuns = new RegExp(`(?<![\\p{L}\\p{N}])${CAP_WORD}(?:[\\s\\u00a0]+(?:(?:van|voor|de|het|en|op|der|&)[\\s\\u00a0]+)*${CAP_WORD})*`, 'gu');
const quoted = /[‘“"]([^‘’“”"]{2,80}?)[’”"](?![\p{L}])/gu;
const yearAfter = /[\s\u00a0]\((?:19|20)\d\d\)/gu;
const glossed = /\((?:hierna:[\s\u00a0]*)?([\p{Lu}][\p{L}\p{N}\-]{1,15})\)/gu;
const webAddress = /(?<![\p{L}\p{N}./])[\p{L}\p{N}-]+\.(?:nl|eu|org|com)(?![\p{L}\p{N}/])/gu;

export function findNameCandidates(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  const push = (c: NameCandidate | null) => c && found.push(c);
  for (const m of text.matchAll(leadIns)) push(titleFrom(text, m.index + m[0].length));
  for (const m of text.matchAll(capitalisedWords)) {
    if (!endsIn(HEAD_ENDINGS, m[0], true)) continue;
    const title = titleFrom(text, m.index);
    if (title && !HEAD_ENDINGS.includes(title.name.toLowerCase())) push(title);
  }
  for (const m of text.matchAll(capitalisedRuns)) organisations(m[0], m.index).forEach(push);
  for (const m of text.matchAll(quoted)) {
    const inner = m[1]!.trim();
    if ((capitalised(inner) && /\s/.test(inner)) || /[!?]$/.test(inner)) push(span(m.index + 1, m[1]!));
  }
  for (const m of text.matchAll(yearAfter)) push(titleBefore(text, m.index));
  for (const m of text.matchAll(glossed)) {
    const abbr = m[1]!;
    if (/\p{Lu}.*\p{Lu}/u.test(abbr)) push(span(m.index + m[0].indexOf(abbr), abbr));
  }
  for (const m of text.matchAll(webAddress)) push(span(m.index, m[0]));
  const unique = new Map(found.map((c) => [`${c.start}:${c.end}`, c]));
  return [...unique.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A candidate for `raw` written at `start`, surrounding spaces left out. */
function span(start: number, raw: string): NameCandidate {
  const from = start + raw.length - raw.trimStart().length;
  const name = raw.trim();
  return { name, start: from, end: from + name.length, anchor: from };
}

/**
 * A run of capitalised words is an organisation when one of its words ends in an organisation
 * noun. "X en het Y" / "X en de Y" lists two names, so the run is split there first.
 */
function organisations(run: string, at: number): NameCandidate[] {
  const found: NameCandidate[] = [];
  const parts = /[\s\u00a0]+en[\s\u00a0]+(?:het|de)[\s\u00a0]+/g;
  let from = 0;
  for (const cut of [...run.matchAll(parts), null]) {
    const segment = run.slice(from, cut ? cut.index : run.length);
    const words = [...segment.matchAll(/\S+/g)];
    const key = words.findIndex((w) => endsIn(ORG_ENDINGS, w[0], words.length > 1));
    let first = 0;
    while (first < key && EDGE_WORDS.has(words[first]![0].toLowerCase())) first++;
    if (key !== -1) {
      const start = at + from + words[first]!.index;
      found.push({ name: segment.slice(words[first]!.index), start, end: at + from + segment.length, anchor: at + from + words[key]!.index });
    }
    if (cut) from = cut.index + cut[0].length;
  }
  return found;
}

/** The title ending at `end`: back to the last run of capitalised words (with edge words between). */
function titleBefore(text: string, end: number): NameCandidate | null {
  const head = text.slice(0, end);
  const clause = head.slice(Math.max(...[',', ':', '(', ')', '. '].map((c) => head.lastIndexOf(c))) + 1);
  const words = [...clause.matchAll(WORD)];
  let first = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (capitalised(words[i]![0])) first = i;
    else if (first !== -1 && !EDGE_WORDS.has(words[i]![0]) && !capitalised(words[i + 1]?.[0] ?? '')) break;
  }
  while (first !== -1 && first < words.length - 1 && EDGE_WORDS.has(words[first]![0].toLowerCase())) first++;
  if (first === -1) return null;
  return span(head.length - clause.length + words[first]!.index, text.slice(head.length - clause.length + words[first]!.index, end));
}
