// The text sent to the core, and the way back from its offsets to DOM positions.
//
// Each article text node contributes its data with every whitespace character replaced by a
// plain space (same length, so offsets inside a node map 1:1, and the source's line breaks do not
// read as paragraph breaks). Blocks (paragraphs, headings, list items...) are joined with "\n\n",
// which the core reads as paragraph breaks; separators map to no node.
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'BR', 'BODY']);

// The nearest block-level ancestor: two text nodes in the same block are joined directly.
export function blockOf(node) {
  let el = node.parentElement;
  while (el && !BLOCK.has(el.tagName)) el = el.parentElement;
  return el;
}

// nodes: text nodes in document order. Returns { text, map } where map.segments are
// { node, start, end } (offsets into text; node offset = offset - start).
export function buildText(nodes) {
  const parts = [];
  const segments = [];
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
    segments.push({ node, start: length, end: length + data.length });
    length += data.length;
    lastBlock = block;
    lastNode = node;
  }
  return { text: parts.join(''), map: { segments } };
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

// A live Range for [start, end) of the text, or null when the span lies in separators only or
// its nodes left the document.
export function rangeFor(map, start, end) {
  const segs = map.segments;
  const a = findSegment(segs, start, false);
  const b = findSegment(segs, end, true);
  if (a < 0 || b < 0 || a > b) return null;
  const sa = segs[a];
  const sb = segs[b];
  if (!sa.node.isConnected || !sb.node.isConnected) return null;
  const range = new Range();
  range.setStart(sa.node, Math.max(0, Math.min(start - sa.start, sa.node.length)));
  range.setEnd(sb.node, Math.max(0, Math.min(end - sb.start, sb.node.length)));
  return range.collapsed ? null : range;
}

// The segment holding `offset` (for an end offset, the one ending at or after it); a start that
// falls in a separator moves to the next segment, an end to the previous one.
function findSegment(segs, offset, isEnd) {
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid];
    if (isEnd ? s.start < offset : s.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (isEnd) {
    if (found < 0) return -1;
    if (offset > segs[found].end) { /* end in a separator: clamp to this segment's end */ }
    return found;
  }
  if (found >= 0 && offset < segs[found].end) return found;
  return found + 1 < segs.length ? found + 1 : -1;
}
