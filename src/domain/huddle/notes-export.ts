import { huddleDocument, huddleTitle, type HuddleExportInput, type NotesBlock } from './notes-document'

export type { HuddleExportInput } from './notes-document'

// ---------------------------------------------------------------- Markdown

/**
 * User text as literal inline Markdown: markup characters (`\ \` * _ [ ] < >`) are
 * backslash-escaped, so `<script>` or `[link](…)` stay text, as does `&` before what reads as an
 * entity (`&lt;`). Letters, digits, quotes, a lone `&` and other punctuation are left alone so the
 * result still reads well pasted into an email.
 */
export function markdownInline(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&')
}

/**
 * A line that starts a block (a list item or a line of notes): also escapes what would turn it
 * into a heading, list item, quote or rule (`# `, `- `, `+ `, `1. `, `---`, `===`).
 */
export function markdownText(line: string): string {
  return markdownInline(line)
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^([-=])(?=[-=\s]*$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim()

/** A table cell: one line, with `|` escaped so it cannot split the cell. */
export function markdownCell(text: string): string {
  return markdownInline(oneLine(text)).replace(/\|/g, '\\|')
}

function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0)
}

function blockToMarkdown(block: NotesBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${markdownInline(oneLine(block.text))}`
    case 'fields':
      return block.fields
        .map(([label, value]) => `- **${markdownInline(label)}:** ${markdownInline(oneLine(value))}`)
        .join('\n')
    case 'table': {
      const row = (cells: string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`
      const rule = `| ${block.numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`
      return [row(block.head), rule, ...block.rows.map(row)].join('\n')
    }
    case 'list':
      return block.items.map((item) => `- ${markdownText(oneLine(item))}`).join('\n')
    case 'text': {
      // Two trailing spaces keep the writer's line breaks when the Markdown is rendered.
      const body = paragraphs(block.text).map((lines) => lines.map(markdownText).join('  \n'))
      return [...(block.label ? [`**${markdownInline(block.label)}**`] : []), ...body].join('\n\n')
    }
    case 'remark':
      return `_${markdownInline(oneLine(block.text))}_`
  }
}

export function huddleToMarkdown(input: HuddleExportInput): string {
  return `${huddleDocument(input).map(blockToMarkdown).join('\n\n')}\n`
}

// ---------------------------------------------------------------- HTML

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)
}

function blockToHtml(block: NotesBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`
    case 'fields':
      return `<dl class="fields">${block.fields
        .map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`)
        .join('')}</dl>`
    case 'table': {
      // A date never breaks at its hyphens (a due date wrapped over two lines in a narrow column).
      const classOf = (text: string, i: number): string =>
        block.numeric[i] ? ' class="num"' : /^\d{4}-\d{2}-\d{2}$/.test(text) ? ' class="date"' : ''
      const cell = (tag: 'th' | 'td', text: string, i: number): string =>
        `<${tag}${classOf(text, i)}>${escapeHtml(text)}</${tag}>`
      const head = `<thead><tr>${block.head.map((h, i) => cell('th', h, i)).join('')}</tr></thead>`
      const body = block.rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('\n')
      return `<table>${head}<tbody>\n${body}\n</tbody></table>`
    }
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    case 'text': {
      const label = block.label ? `<p class="label">${escapeHtml(block.label)}</p>` : ''
      const body = paragraphs(block.text)
        .map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`)
        .join('')
      return `<div class="text">${label}${body}</div>`
    }
    case 'remark':
      return `<p class="remark">${escapeHtml(block.text)}</p>`
  }
}

const STYLE = `
  :root { color-scheme: light; }
  body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a;
    max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6em; margin: 0 0 .5rem; }
  h2 { font-size: 1.25em; margin: 1.75rem 0 .5rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
  h3 { font-size: 1.05em; margin: 1.1rem 0 .4rem; }
  dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; }
  dl.fields div { display: contents; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  table { border-collapse: collapse; margin: .5rem 0; }
  th, td { border: 1px solid #bbb; padding: .25rem .6rem; text-align: left; vertical-align: top; }
  th { background: #f2f2f2; }
  .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .date { white-space: nowrap; font-variant-numeric: tabular-nums; }
  .label { font-weight: 600; margin-bottom: .2rem; }
  .text p { white-space: normal; overflow-wrap: anywhere; }
  .remark { font-style: italic; color: #555; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10pt; }
    @page { margin: 16mm; }
    h2, h3 { break-after: avoid; }
    tr, li, .text p { break-inside: avoid; }
    th { background: none; }
  }
`

/** A complete standalone HTML document for sharing or printing to PDF; scripts are not allowed. */
export function huddleToHtml(input: HuddleExportInput): string {
  const body = huddleDocument(input).map(blockToHtml).join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(huddleTitle(input))}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`
}
