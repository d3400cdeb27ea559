/**
 * npm run bench — measures and reports (never asserts): parse and ingest time, `--check` of a
 * 33-page PDF (whole process), clean build and
 * rebuild, Pagefind indexing, dist/ size, one article page's weight, bytes one search fetches,
 * and a reference build of plain Markdown pages. Prints a table, writes bench/results.json.
 * Scale figures (1/10/100 reports) come from scripts/bench-scale.ts when it is present.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseReport } from '../src/pipeline/parse-report.ts';
import { round, runCommand, timeMedian, median } from '../src/bench/measure.ts';
import { distSize, pageWeight } from '../src/bench/site-metrics.ts';
import { firstSearch, searchFromLink, warmSearches } from '../src/bench/search-cost.ts';
import { referenceBuild, referencePages } from '../src/bench/reference-build.ts';
import { indexSite } from '../src/integrations/pagefind.ts';
import { lighthouseScores } from '../src/bench/lighthouse-scores.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { textToPdf } from '../tests/support/text-to-pdf.ts';
import { SOFFICE, convertToPdf } from '../tests/support/word-processor/convert-to-pdf.ts';
import { WORD_LAYOUTS, recordsToFodt } from '../tests/support/word-processor/records-to-fodt.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const seed = resolve(root, 'seeds/2025-07-10-nl-beleidsreactie-grevio-thematisch.txt');
const results: Record<string, number | string | null> = {};
const kib = (n: number) => round(n / 1024, 1);
const step = (name: string) => console.error(`[bench] ${name}`);

step('parse');
const bytes = readFileSync(seed);
results['parse_seed_ms_median_of_9'] = round(timeMedian(9, () => parseReport(bytes, { slug: 'bench', source: 'seed' })), 2);

step('ingest');
const ingestRuns = [0, 1, 2].map(() => runCommand(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts'], root));
if (ingestRuns.some((r) => !r.ok)) throw new Error(`ingest failed:\n${ingestRuns.find((r) => !r.ok)!.output}`);
results['ingest_total_ms_median_of_3'] = round(median(ingestRuns.map((r) => r.ms)));

step('pdf check');
// `--check` of a 33-page PDF, whole process: the PDF the tests draw from the seed's text (pdf-lib),
// and the seed's records laid out by LibreOffice (28 pages) when soffice is installed.
const pdfDir = mkdtempSync(join(tmpdir(), 'vw-bench-pdf-'));
const pdfs: Array<[string, string]> = [['pdflib_33_pages', join(pdfDir, 'seed.pdf')]];
writeFileSync(pdfs[0]![1], await textToPdf(bytes.toString('utf8').replaceAll('ĳ', 'ij')));
if (existsSync(SOFFICE)) {
  const layout = WORD_LAYOUTS[0]!;
  pdfs.push([`libreoffice_${layout.name}`, join(pdfDir, 'word.pdf')]);
  writeFileSync(pdfs[1]![1], convertToPdf(recordsToFodt(parseReport(bytes, { slug: '2025-07-10-nl-beleidsreactie-grevio-thematisch', source: 'seed' }).report, layout), layout.name));
}
for (const [name, file] of pdfs) {
  const runs = [0, 1, 2].map(() => runCommand(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--check', file], root));
  if (runs.some((r) => !r.ok)) throw new Error(`--check ${name} failed:\n${runs.find((r) => !r.ok)!.output}`);
  results[`check_pdf_${name}_ms_median_of_3`] = round(median(runs.map((r) => r.ms)));
  results[`check_pdf_${name}_peak_mib`] = runs[0]!.peakMiB === null ? null : round(runs[0]!.peakMiB);
}
rmSync(pdfDir, { recursive: true, force: true });

step('clean build');
rmSync(dist, { recursive: true, force: true });
rmSync(resolve(root, 'node_modules/.astro'), { recursive: true, force: true });
rmSync(resolve(root, '.astro'), { recursive: true, force: true });
const clean = runCommand('npm', ['run', 'build'], root);
if (!clean.ok) throw new Error(`build failed:\n${clean.output}`);
results['build_clean_ms'] = round(clean.ms);
results['build_clean_peak_mib'] = clean.peakMiB === null ? null : round(clean.peakMiB);
step('rebuild');
const rebuild = runCommand('npm', ['run', 'build'], root);
results['build_rebuild_no_change_ms'] = round(rebuild.ms);

step('pagefind');
const pagefindStart = performance.now();
const indexed = await indexSite(dist);
results['pagefind_index_ms'] = round(performance.now() - pagefindStart);
results['pagefind_records'] = indexed.records;
results['pagefind_index_words'] = indexed.words;
const pf = distSize(resolve(dist, 'pagefind'));
results['pagefind_dir_kib'] = kib(pf.bytes);

step('sizes');
const size = distSize(dist);
results['dist_files'] = size.files;
results['dist_kib'] = kib(size.bytes);
const article = pageWeight(dist, 'artikelen/52/index.html');
results['article52_html_kib_raw'] = kib(article.html.raw);
results['article52_html_kib_gzip'] = kib(article.html.gzip);
results['article52_css_kib_raw'] = kib(article.css.raw);
results['article52_css_kib_gzip'] = kib(article.css.gzip);
results['article52_js_bytes_raw'] = article.js.raw;
results['article52_js_bytes_gzip'] = article.js.gzip;
results['article52_html_plus_css_kib_gzip'] = kib(article.html.gzip + article.css.gzip);

step('search in chromium');
const SEARCH_QUERIES = ['huisverbod', 'opvang', 'Veilig Thuis', 'femicide', 'partnergeweld', 'gegevens', 'slachtoffers', 'kamerstukken'];
const server = await startStaticServer({ root: dist, base: '/' });
const browser = await launchChromium();
try {
  // Budgets (issue #13): first search <= 100 KB gzip; keystroke -> painted <= 300 ms first, <= 100 ms warm (median).
  const firsts = [];
  for (const query of SEARCH_QUERIES) firsts.push(await firstSearch(browser, server.url('zoeken/'), query));
  for (const f of firsts) {
    const key = f.query.toLowerCase().replace(/\W+/g, '_');
    results[`search_first_${key}_kib_gzip`] = kib(f.gzip);
    results[`search_first_${key}_ms`] = round(f.ms);
  }
  results['search_first_kib_gzip_max'] = kib(Math.max(...firsts.map((f) => f.gzip)));
  results['search_first_ms_median'] = round(median(firsts.map((f) => f.ms)));
  const pasted = [];
  for (const query of SEARCH_QUERIES) pasted.push(await firstSearch(browser, server.url('zoeken/'), query, true));
  results['search_first_pasted_ms_median'] = round(median(pasted.map((f) => f.ms)));
  results['search_first_pasted_ms_max'] = round(Math.max(...pasted.map((f) => f.ms)));
  results['search_first_pasted_kib_gzip_max'] = kib(Math.max(...pasted.map((f) => f.gzip)));
  const fromLink = [];
  for (const query of SEARCH_QUERIES) fromLink.push(await searchFromLink(browser, server.url('zoeken/'), query));
  results['search_from_link_ms_median'] = round(median(fromLink));
  results['search_first_files_' + firsts[0]!.query] = firsts[0]!.files.map((f) => `${f.path.replace(/^.*\//, '')} ${kib(f.gzip)}`).join(', ');
  const warm = await warmSearches(browser, server.url('zoeken/'), SEARCH_QUERIES);
  results['search_warm_ms_median'] = round(median(warm));
  results['search_warm_ms_max'] = round(Math.max(...warm));
  step('lighthouse on an article page');
  const lighthouse = await lighthouseScores(server.url('artikelen/52/'));
  if (!lighthouse) results['lighthouse'] = 'not installed';
  else {
    for (const [category, score] of Object.entries(lighthouse.scores)) results[`lighthouse_${category}`] = score;
    results['lighthouse_shortfalls'] = lighthouse.shortfalls.join('; ') || 'none';
  }
} finally {
  await browser.close();
  await server.close();
}

step('reference build');
const report = parseReport(bytes, { slug: 'bench', source: 'seed' }).report;
const pages = 26;
const reference = referenceBuild(root, resolve(root, 'bench/work/reference'), referencePages(report, pages));
results['reference_md_pages'] = pages;
results['reference_md_build_ms'] = reference.ok ? round(reference.ms) : null;
results['ratio_build_clean_vs_reference'] = reference.ok ? round(clean.ms / reference.ms, 2) : null;

const scaleScript = resolve(root, 'scripts/bench-scale.ts');
if (existsSync(scaleScript) && !process.argv.includes('--no-scale')) {
  step('scale (1, 10, 100 reports)');
  const scale = runCommand(process.execPath, ['--import', 'tsx', scaleScript], root);
  const json = scale.output.match(/^\{[\s\S]*\}$/m)?.[0] ?? scale.output.split('\n').filter((l) => l.startsWith('{')).join('\n');
  results['scale'] = scale.ok ? json : `failed: ${scale.output.slice(-500)}`;
}

mkdirSync(resolve(root, 'bench'), { recursive: true });
writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify({ measured: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
console.table(Object.entries(results).filter(([k]) => k !== 'scale').map(([metric, value]) => ({ metric, value })));
if (results['scale']) console.log(results['scale']);
