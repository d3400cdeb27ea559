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
];

export function renderHeadersFile(rules: HeaderRule[] = SITE_HEADER_RULES): string {
  return rules
    .map((rule) => [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
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
