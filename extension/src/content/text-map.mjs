// The text sent to the core, and the way back from its offsets to DOM positions (the web API's
// TextMap, so the web highlighter paints it). Unlike the web API's extractText(element), which
// reads everything under one element, this reads a chosen set of text nodes: the article's.
//
// Each article text node contributes its data with every whitespace character replaced by a
// plain space (same length, so offsets inside a node map 1:1, and the source's line breaks do not
// read as paragraph breaks). Blocks (paragraphs, headings, list items...) are joined with "\n\n",
// which the core reads as paragraph breaks; separators map to no node.
import { TextMap } from '../../../web/src/text-extract.mjs';

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'BR', 'BODY']);

// The nearest block-level ancestor: two text nodes in the same block are joined directly.
export function blockOf(node) {
  let el = node.parentElement;
  while (el && !BLOCK.has(el.tagName)) el = el.parentElement;
  return el;
}

// nodes: text nodes in document order. Returns { text, map } with map a TextMap of the web
// API (web/src/text-extract.mjs), which paint() takes.
export function buildText(nodes, doc = document) {
  const parts = [];
  const mapped = [];
  const starts = [];
  let length = 0;
  let lastBlock = null;
  let lastNode = null;
  for (const node of nodes) {
    const data = node.data;
    if (!/\S/.test(data)) continue;
    const block = blockOf(node);
    if (lastNode && (block !== lastBlock || brBetween(lastNode, node))) {
      parts.push('\n\n');
      length += 2;
    }
    parts.push(data.replace(/\s/g, ' '));
    mapped.push(node);
    starts.push(length);
    length += data.length;
    lastBlock = block;
    lastNode = node;
  }
  const text = parts.join('');
  return { text, map: new TextMap(text, mapped, starts, [doc]) };
}

// A <br> between two text nodes of one block is a line break the reader sees.
function brBetween(a, b) {
  for (let n = next(a); n && n !== b; n = next(n)) if (n.nodeName === 'BR') return true;
  return false;
}
function next(n) {
  if (n.firstChild) return n.firstChild;
  while (n && !n.nextSibling) n = n.parentNode;
  return n ? n.nextSibling : null;
}
