/**
 * The `_headers` file read by Netlify and Cloudflare Pages: a path pattern at the start of a
 * line, then indented `Name: value` lines that apply to every request matching it.
 */
import { CSP_HEADER } from './csp.ts';

export interface HeaderRule {
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

/** Security headers for every page. */
const SITE_HEADER_RULES: HeaderRule[] = [
  {
    pattern: '/*',
    headers: [
      ['Content-Security-Policy', CSP_HEADER],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ],
  },
  // Text a reader checks or quotes opens in the browser, decoded as UTF-8 (a host's default
  // text/plain without a charset shows "beleidsreactieâ€™s"); reference-manager files keep
  // their own types, which importers recognise.
  { pattern: '/rapporten/*/bron.txt', headers: [['Content-Type', 'text/plain; charset=utf-8']] },
  { pattern: '/rapporten/*/citatie.ris', headers: [['Content-Type', 'application/x-research-info-systems; charset=utf-8']] },
  { pattern: '/rapporten/*/citatie.bib', headers: [['Content-Type', 'application/x-bibtex; charset=utf-8']] },
  { pattern: '/rapporten/*/citatie.json', headers: [['Content-Type', 'application/vnd.citationstyles.csl+json; charset=utf-8']] },
  { pattern: '/feed.xml', headers: [['Content-Type', 'application/atom+xml; charset=utf-8']] },
  // Browsers download text/csv whatever Content-Disposition says; as text/plain a CSV opens in
  // the browser to read, and saving it keeps its .csv name for a spreadsheet.
  { pattern: '/data/*.csv', headers: [['Content-Type', 'text/plain; charset=utf-8']] },
  // The schema too: browsers show application/json, and may download a type they do not know.
  { pattern: '/data/*.json', headers: [['Content-Type', 'application/json; charset=utf-8']] },
];

/** `base` (BASE_PATH) goes in front of every path but the catch-all `/*`: a host matches the path requested, base included. */
export function renderHeadersFile(rules: HeaderRule[] = SITE_HEADER_RULES, base = '/'): string {
  const prefix = base.replace(/\/+$/, '');
  return rules
    .map((rule) => [rule.pattern === '/*' ? rule.pattern : `${prefix}${rule.pattern}`, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n\n')
    .concat('\n');
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const current = rules.at(-1);
    const colon = line.indexOf(':');
    if (!current || colon === -1) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path: ${line}`);
    current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** Every header whose rule matches `path` (a URL path such as `/artikelen/3/`), in file order. */
export function headersForPath(rules: HeaderRule[], path: string): Array<[string, string]> {
  return rules.filter((rule) => patternToRegExp(rule.pattern).test(path)).flatMap((rule) => rule.headers);
}
