import { convert } from 'html-to-text';

// Links keep their words, not their targets (a `javascript:` href must not survive as text
// that looks like a link); images and headings' shouting are dropped; tables stay readable.
const options = {
  wordwrap: false as const,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'table', format: 'dataTable' },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => ({
      selector: h,
      options: { uppercase: false, leadingLineBreaks: 1, trailingLineBreaks: 1 },
    })),
  ],
};

/**
 * Reduces an HTML mail body to plain text with html-to-text (a real HTML parser: scripts,
 * styles and comments dropped, entities decoded, lists and tables laid out). The result is
 * only ever shown as text, so nothing of the markup can act in an operator's browser.
 */
export function htmlToPlainText(html: string): string {
  return convert(html, options)
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
