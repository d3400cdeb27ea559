/**
 * The site's Content-Security-Policy: one source for the `<meta>` tag in the layout,
 * the `_headers` file for hosts that read it, and the tests that check both.
 *
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly; it does not allow `eval()`.
 * No `'unsafe-inline'` anywhere: every script and stylesheet is a file.
 */
const CSP_DIRECTIVES: ReadonlyArray<readonly [name: string, value: string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a browser ignores when the policy arrives in a `<meta>` element. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function serialise(directives: ReadonlyArray<readonly [string, string]>): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The full policy, for the HTTP header (`_headers`). */
export const CSP_HEADER = serialise(CSP_DIRECTIVES);

/** The policy for `<meta http-equiv="Content-Security-Policy" content={CSP_META}>`. */
export const CSP_META = serialise(CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)));
