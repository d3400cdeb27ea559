/**
 * A parsed report → a flat ODT document (`.fodt`, plain XML) laid out as a ministry's word
 * processor would: real footnotes at the page foot, lists with labels and hanging indents,
 * justified or ragged text, paragraph spacing or first-line indents, a running header and a page
 * footer. LibreOffice turns it into a PDF (`convert-to-pdf.ts`), so the tests read PDFs made by a
 * real word processor from content whose records are known. Report text only ever goes into XML
 * text nodes, escaped.
 */
import type { Block, ParsedReport } from '../../../src/schema/report.ts';
import { footnoteMarkers } from '../../../src/schema/footnote-marker.ts';

export interface WordLayout {
  name: string;
  /** A font installed with fonts-liberation. */
  font: 'Liberation Serif' | 'Liberation Sans';
  /** Body size in pt; footnotes are set two or three points smaller. */
  size: number;
  noteSize: number;
  align: 'justify' | 'start';
  /** Paragraphs apart by space after them, or by a first-line indent and no space. */
  paragraphs: 'spacing' | 'indent';
  header: 'none' | 'running-title';
  footer: 'none' | 'pagina-n-van-m' | 'number' | 'dashed-number';
  /** Page size in cm: smaller pages give more page breaks inside paragraphs and notes. */
  pageWidth: number;
  pageHeight: number;
}

export const WORD_LAYOUTS: readonly WordLayout[] = [
  { name: 'serif-spacing-pagina', font: 'Liberation Serif', size: 12, noteSize: 9, align: 'justify', paragraphs: 'spacing', header: 'none', footer: 'pagina-n-van-m', pageWidth: 21, pageHeight: 29.7 },
  { name: 'sans-indent-title', font: 'Liberation Sans', size: 10, noteSize: 8, align: 'justify', paragraphs: 'indent', header: 'running-title', footer: 'number', pageWidth: 21, pageHeight: 29.7 },
  { name: 'serif-indent-ragged', font: 'Liberation Serif', size: 11, noteSize: 8, align: 'start', paragraphs: 'indent', header: 'running-title', footer: 'dashed-number', pageWidth: 21, pageHeight: 21 },
  { name: 'sans-spacing-bare', font: 'Liberation Sans', size: 11, noteSize: 8, align: 'justify', paragraphs: 'spacing', header: 'none', footer: 'none', pageWidth: 14.8, pageHeight: 18 },
];

export const RUNNING_TITLE = 'Beleidsreactie GREVIO – eerste thematische evaluatie';

export function recordsToFodt(parsed: ParsedReport, layout: WordLayout): string {
  const notes = new Map(parsed.footnotes.map((n) => [n.number, n.text]));
  const body: string[] = [];
  const para = (style: string, content: string) => body.push(`<text:p text:style-name="${style}">${content}</text:p>`);
  const pages = new Map<number, string[]>();
  for (const part of parsed.report.cover) pages.set(part.page, [...(pages.get(part.page) ?? []), part.text]);
  for (const [page, texts] of [...pages.entries()].sort((a, b) => a[0] - b[0])) {
    texts.forEach((text, i) => para(page > 1 && i === 0 ? 'CoverBreak' : 'Cover', inline(text, notes)));
  }
  for (const rec of parsed.recommendations) {
    para('Topic', `Onderwerp aanbeveling: ${inline(rec.topic, notes)}`);
    para('Structure', `Artikel Verdrag van Istanbul: ${articleList(rec.articles)}`);
    para('Structure', 'Omschrijving');
    body.push(...blocks(rec.grevio, notes));
    para('Structure', 'Beleidsreactie');
    body.push(...blocks(rec.response, notes));
  }
  return document(layout, body.join('\n'));
}

/** As reports print them: `3`, `49 en 50`, `52, 53 en 54`. */
function articleList(articles: number[]): string {
  return articles.length === 1 ? String(articles[0]) : `${articles.slice(0, -1).join(', ')} en ${articles.at(-1)}`;
}

function blocks(list: Block[], notes: Map<number, string>): string[] {
  return list.map((block) => {
    if (block.kind === 'paragraph') return `<text:p text:style-name="Body">${block.label ? `${escapeXml(block.label)} ` : ''}${inline(block.text, notes)}</text:p>`;
    // A list whose labels change form (`(3).` then `(4)`) is printed as consecutive lists, the
    // later one numbered on from the earlier, as a word processor does it.
    const runs: Array<{ style: string; start: number; items: string[] }> = [];
    block.items.forEach((item, i) => {
      const style = labelStyle(block.style, item.label);
      const xml = `<text:p text:style-name="Item">${inline(item.text, notes)}</text:p>`;
      if (runs.at(-1)?.style === style) runs.at(-1)!.items.push(xml);
      else runs.push({ style, start: i + 1, items: [xml] });
    });
    return runs
      .map((run) => `<text:list text:style-name="${run.style}">${run.items.map((xml, i) => `<text:list-item${i === 0 && run.start > 1 ? ` text:start-value="${run.start}"` : ''}>${xml}</text:list-item>`).join('')}</text:list>`)
      .join('');
  });
}

/** The list style that prints this label: `a.`, `(1).`, `(1)`, `-`. */
function labelStyle(style: Extract<Block, { kind: 'list' }>['style'], label: string): string {
  if (style === 'lettered') return 'Lettered';
  if (style === 'dash') return 'Dashed';
  return label.endsWith('.') ? 'NumberedDot' : 'Numbered';
}

/** Report text with `[^N]` → XML with a real footnote at that place. */
function inline(text: string, notes: Map<number, string>): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(footnoteMarkers())) {
    out += escapeXml(text.slice(last, m.index));
    const n = Number(m[1]);
    const note = notes.get(n);
    if (note === undefined) throw new Error(`footnote ${n} has no text`);
    out += `<text:note text:id="ftn${n}" text:note-class="footnote"><text:note-citation>${n}</text:note-citation><text:note-body><text:p text:style-name="Footnote">${escapeXml(note)}</text:p></text:note-body></text:note>`;
    last = m.index + m[0].length;
  }
  return keepHyphenSpace(out + escapeXml(text.slice(last)));
}

/**
 * The one thing a PDF cannot tell: a line that ends in a hyphen after which the author typed a
 * space (`MfN- register`) looks exactly like a word split after its hyphen (`MfN-` + `register`),
 * and the shared rule joins it; likewise `specifieke -en` broken after its `-` reads `- en`. So
 * the test documents keep such places from breaking, as an author would: a no-break space after
 * the hyphen (the extracted no-break space becomes a space again by the logged `collapse-spaces`
 * repair), a word joiner after a `-` that opens a word (it is not in the extracted text).
 * `tests/pipeline/consistency-guards.test.ts` shows the join that happens otherwise.
 */
export function keepHyphenSpace(text: string): string {
  return text.replace(/(?<=\p{L}-) (?!(?:en|of|tot)(?=$|[\s,.;:)]))(?=\p{L})/gu, '\u00a0').replace(/(?<=(?:^|\s)-)(?=\p{L})/gu, '\u2060');
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function listLevel(kind: 'number' | 'bullet', attrs: string): string {
  const alignment =
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.5cm" fo:text-indent="-1cm" fo:margin-left="1.5cm"/></style:list-level-properties>';
  return kind === 'number'
    ? `<text:list-level-style-number text:level="1" ${attrs}>${alignment}</text:list-level-style-number>`
    : `<text:list-level-style-bullet text:level="1" ${attrs}>${alignment}</text:list-level-style-bullet>`;
}

function document(layout: WordLayout, body: string): string {
  const spacing = layout.paragraphs === 'spacing' ? 'fo:margin-top="0cm" fo:margin-bottom="0.3cm" fo:text-indent="0cm"' : 'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-indent="0.75cm"';
  const header =
    layout.header === 'running-title' ? `<style:header><text:p text:style-name="HeaderText">${escapeXml(RUNNING_TITLE)}</text:p></style:header>` : '';
  const footerContent = {
    none: '',
    'pagina-n-van-m': 'Pagina <text:page-number text:select-page="current"/> van <text:page-count/>',
    number: '<text:page-number text:select-page="current"/>',
    'dashed-number': '- <text:page-number text:select-page="current"/> -',
  }[layout.footer];
  const footer = footerContent ? `<style:footer><text:p text:style-name="FooterText">${footerContent}</text:p></style:footer>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${layout.font}" svg:font-family="'${layout.font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/><style:text-properties style:font-name="${layout.font}" fo:font-size="${layout.size}pt" fo:language="nl" fo:country="NL" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="${layout.align}" ${spacing} fo:orphans="2" fo:widows="2"/></style:style>
<style:style style:name="Item" style:family="paragraph"><style:paragraph-properties fo:text-align="${layout.align}" fo:margin-top="0cm" fo:margin-bottom="${layout.paragraphs === 'spacing' ? '0.2cm' : '0cm'}"/></style:style>
<style:style style:name="Cover" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="${layout.size + 2}pt"/></style:style>
<style:style style:name="CoverBreak" style:family="paragraph" style:parent-style-name="Cover"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Topic" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Structure" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:text-align="start"/><style:text-properties fo:font-size="${layout.noteSize}pt"/></style:style>
<style:style style:name="HeaderText" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="${layout.noteSize}pt"/></style:style>
<style:style style:name="FooterText" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="${layout.noteSize}pt"/></style:style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
<text:list-style style:name="Lettered">${listLevel('number', 'style:num-format="a" style:num-suffix="."')}</text:list-style>
<text:list-style style:name="NumberedDot">${listLevel('number', 'style:num-format="1" style:num-prefix="(" style:num-suffix=")."')}</text:list-style>
<text:list-style style:name="Numbered">${listLevel('number', 'style:num-format="1" style:num-prefix="(" style:num-suffix=")"')}</text:list-style>
<text:list-style style:name="Dashed">${listLevel('bullet', 'text:bullet-char="-"')}</text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${layout.pageWidth}cm" fo:page-height="${layout.pageHeight}cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">${header}${footer}</style:master-page></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`;
}
