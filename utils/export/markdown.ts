/**
 * Markdown export: a report a person reads. Page-derived text is escaped so a page cannot inject
 * markup (HTML, links, images) into the rendered report.
 */
import { isFlaggedStatus, type Claim, type LinkReport, type PageNotes } from '../types';
import { citedLinks, exportPages, exportTime, type ExportInput, type ExportOptions } from './pages';

/** The Markdown report of one page or many (each page its own section, under one title for many). */
export function buildMarkdownReport(input: ExportInput, options: ExportOptions = {}): string {
  const pages = exportPages(input);
  if (!Array.isArray(input)) return `${pageReport(pages[0], '#').join('\n')}\n`;
  const lines = [`# ClaimLens report: ${pages.length} ${pages.length === 1 ? 'page' : 'pages'}`, '', `Exported ${exportTime(options)}.`];
  for (const page of pages) lines.push('', ...pageReport(page, '##'));
  return `${lines.join('\n')}\n`;
}

function pageReport(page: PageNotes, level: '#' | '##'): string[] {
  const sub = `${level}#`;
  const flagged = page.links.filter((link) => isFlaggedStatus(link.status));
  const lines = [
    `${level} ${inline(page.title || page.url)}`,
    '',
    `- Page: <${angleSafe(page.url)}>`,
    `- Analysed: ${page.analyzedAt}`,
    `- Claims: ${page.claims.length} · Links: ${page.links.length} · Flagged links: ${flagged.length}`,
  ];
  if (page.stats.reason) lines.push(`- Note: ${inline(page.stats.reason)}`);

  lines.push('', `${sub} Claims`, '');
  if (page.claims.length === 0) lines.push('No claims found.');
  page.claims.forEach((claim, index) => lines.push(...claimSection(page, claim, index + 1, `${sub}#`), ''));

  while (lines[lines.length - 1] === '') lines.pop();
  lines.push('', `${sub} Flagged links`, '');
  if (flagged.length === 0) lines.push('No flagged links.');
  else lines.push(...linkTable(flagged));
  while (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function claimSection(page: PageNotes, claim: Claim, number: number, level: string): string[] {
  const lines = [`${level} Claim ${number}`, '', `> ${inline(claim.text)}`, ''];
  const facts = [`Score ${claim.score.toFixed(2)}`];
  if (claim.kinds.length > 0) facts.push(`kinds: ${claim.kinds.join(', ')}`);
  if (claim.attribution) facts.push(`source: ${inline(claim.attribution.source)} (${inline(claim.attribution.verb)})`);
  lines.push(`${facts.join(' · ')}`, '');

  if (claim.notes.length === 0) lines.push('- No notes.');
  for (const note of claim.notes) {
    const who = note.origin === 'user' ? 'your note' : note.code;
    lines.push(`- **${inline(who)}**: ${inline(note.text)}`);
    if (note.evidence) lines.push(`  - Evidence: “${inline(note.evidence)}”`);
    if (note.href) lines.push(`  - See: <${angleSafe(note.href)}>`);
  }
  const links = citedLinks(page, claim);
  if (links.length > 0) {
    lines.push(`- Cites: ${links.map((link) => `${inline(link.text || '(no text)')} (${link.status})`).join('; ')}`);
  }
  return lines;
}

function linkTable(links: readonly LinkReport[]): string[] {
  const rows = links.map((link) => {
    const where = link.inArticle ? 'article' : 'page';
    const swallowed = link.swallowedText ? ` Hidden text: “${cell(link.swallowedText)}”` : '';
    return `| ${link.status} | ${cell(link.text || '(no text)')} | ${code(link.href ?? '(none)')} | ${where} | ${cell(link.reason)}${swallowed} |`;
  });
  return ['| Status | Link text | Address | Where | Reason |', '| --- | --- | --- | --- | --- |', ...rows];
}

/**
 * Page text on one line, with what Markdown or HTML would interpret escaped: emphasis, code, links and
 * images (`[`), raw HTML (`<`, `&`), table pipes, and block markers at the start (`-`, `#`, `>`, `1.`).
 */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^[-+#=]/, (start) => `\\${start}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text for a table cell: `inline` already escapes `|`, which would otherwise end the cell. */
function cell(text: string): string {
  return inline(text);
}

/** A raw attribute value shown verbatim as inline code, fenced with more backticks than it contains. */
function code(text: string): string {
  const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  if (flat.trim() === '') return `\`${JSON.stringify(text)}\``;
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') || flat.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A URL inside `<…>` autolink brackets: spaces and brackets percent-encoded so the link cannot break out. */
function angleSafe(url: string): string {
  return url.replace(/[\s<>]/g, (char) => encodeURIComponent(char));
}
