// Finds the article in the live page without touching it. Mozilla's Readability (the engine of
// Firefox's Reader View, tested on hundreds of real pages) scores a *clone* of the document;
// every element of the clone is tagged first with its index among the live page's elements, so
// what Readability keeps can be mapped back to live nodes.
//
// Why an attribute and not a Map from clone nodes: Readability rebuilds the clone from
// `innerHTML` between attempts and swaps element types (div → p), which loses object identity
// (and any Map key) but keeps attributes. Losing the mapping there is what made an earlier
// version send only the headline on some pages.
import { Readability } from '@mozilla/readability';

const INDEX = 'data-newsmark-i';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'svg']);

// Returns { title, titleElement, elements: Set<Element> (live article elements whose own text
// is article text), roots: Element[] (the outermost of them) } or null when nothing scored.
export function extractArticle(doc = document) {
  const live = doc.getElementsByTagName('*');
  const liveList = Array.from(live);
  const clone = doc.cloneNode(true);
  const cloned = clone.getElementsByTagName('*');
  if (cloned.length !== liveList.length) return null;  // cannot happen for a static clone
  for (let i = 0; i < cloned.length; i++) {
    const el = cloned[i];
    el.setAttribute(INDEX, String(i));
    // Inline event handlers (onload, onerror...) stay out of the clone: Readability rebuilds
    // parts of it, and Chromium then tries to run them, which a page's CSP reports as errors.
    for (const name of el.getAttributeNames()) if (name.startsWith('on')) el.removeAttribute(name);
  }

  const article = new Readability(clone, { serializer: (el) => el }).parse();
  if (!article || !article.content) return null;

  const elements = new Set();
  const kept = [article.content, ...article.content.getElementsByTagName('*')];
  for (const el of kept) {
    const i = el.getAttribute(INDEX);
    if (i !== null) elements.add(liveList[Number(i)]);
  }
  // Outermost only: Readability may keep an element and a grandchild but not the child between.
  const roots = [...elements].filter((el) => {
    for (let a = el.parentElement; a; a = a.parentElement) if (elements.has(a)) return false;
    return true;
  });
  return { title: article.title, titleElement: findHeadline(doc, article.title, elements), elements, roots };
}

// The live headline element matching Readability's title (Readability drops it from the body
// because it shows the title separately); the headline belongs to what a reader reads.
function findHeadline(doc, title, elements) {
  const want = normalise(title);
  if (!want) return null;
  // Sites add their name to the title ("Headline – Site"): each part may be the headline's start.
  const parts = want.split(/\s[|–—:»-]\s/).filter((p) => p.length > 20);
  for (const h of doc.querySelectorAll('h1, h2')) {
    if (elements.has(h)) return null;  // already part of the content
    const got = normalise(h.textContent);
    // Sites add their name to the title ("Headline – Site") or shorten it: one contains the other.
    if (got && (got === want || (got.length > 20 && want.includes(got)) || parts.some((p) => got.includes(p)))) return h;
  }
  return null;
}

const normalise = (s) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

// May this text node's text be analyzed? Its parent must be an article element (so a share
// button inside a kept paragraph stays out when Readability removed it) and not code or a
// form control.
export function isArticleText(node, elements) {
  const parent = node.parentElement;
  if (!parent || !elements.has(parent)) return false;
  return !SKIP.has(parent.tagName);
}
