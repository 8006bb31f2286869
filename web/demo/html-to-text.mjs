// The readable text of an HTML file, for the demo: parsed with DOMParser (an inert document:
// no script runs, nothing loads), then block elements become paragraphs. The page's markup
// is never put into the demo page itself.
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON',
  'SELECT', 'TEXTAREA', 'IFRAME', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'FIGURE']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'DL', 'DT', 'DD', 'HR', 'FIGCAPTION', 'ADDRESS']);

export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const paragraphs = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) paragraphs.push(t);
    current = '';
  };
  const walk = (node) => {
    if (node.nodeType === 3) { current += node.data; return; }
    if (node.nodeType !== 1) return;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag) || node.hidden || node.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'BR') { flush(); return; }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  if (root) walk(root);
  flush();
  const title = doc.querySelector('h1')?.textContent.trim() ?? '';
  if (!title && doc.title.trim()) paragraphs.unshift(doc.title.trim());
  return paragraphs.join('\n\n');
}
