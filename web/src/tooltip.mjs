// The tooltip that explains a highlight. It lives in its own shadow root (page styles can
// neither hide nor restyle it) and every string goes in through textContent: article text
// is data, never markup.

const CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; }
:host([hidden]) { display: none; }
.box { max-width: min(28rem, 90vw); padding: .5rem .7rem; border-radius: .4rem;
  background: #1d1f23; color: #f4f4f4; border: 1px solid #5c6370;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  box-shadow: 0 4px 14px rgba(0,0,0,.35); }
.entry + .entry { margin-top: .4rem; padding-top: .4rem; border-top: 1px solid #444a55; }
.title { font-weight: 600; }
.person .title::before { content: "● "; color: #ffa94d; }
.claim .title::before { content: "❝ "; color: #8ab4ff; }
.hedge .title::before { content: "≈ "; color: #ffd43b; }
.line { color: #d0d4da; }
`;

export class Tooltip {
  #doc;
  #host = null;
  #box = null;

  constructor(doc) {
    this.#doc = doc;
  }

  #ensure() {
    if (this.#host?.isConnected) return;
    const doc = this.#doc;
    this.#host = doc.createElement('newsmark-tooltip');
    this.#host.setAttribute('role', 'tooltip');
    this.#host.id = `newsmark-tooltip-${Math.random().toString(36).slice(2, 9)}`;
    const root = this.#host.attachShadow({ mode: 'open' });
    this.#box = doc.createElement('div');
    this.#box.className = 'box';
    this.#box.setAttribute('part', 'box');
    root.append(this.#box);
    // A constructed stylesheet, not a <style> element: pages whose CSP has no
    // 'unsafe-inline' for styles still show the tooltip styled.
    const view = doc.defaultView;
    if (view?.CSSStyleSheet && 'adoptedStyleSheets' in root) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      const style = doc.createElement('style');
      style.textContent = CSS;
      root.prepend(style);
    }
    this.#host.hidden = true;
    (doc.body ?? doc.documentElement).append(this.#host);
  }

  get element() {
    return this.#host;
  }

  get visible() {
    return !!this.#host && !this.#host.hidden;
  }

  // The text shown now (for tests and assistive checks).
  get text() {
    return this.visible ? this.#box.textContent : '';
  }

  // descriptions: [{ category, title, lines }]; at: { x, y } (viewport) or a DOMRect to sit under.
  show(descriptions, at) {
    if (!descriptions.length) return this.hide();
    this.#ensure();
    const doc = this.#doc;
    const entries = descriptions.map((d) => {
      const entry = doc.createElement('div');
      entry.className = `entry ${d.category}`;
      const title = doc.createElement('div');
      title.className = 'title';
      title.textContent = d.title;
      entry.append(title);
      for (const line of d.lines) {
        const l = doc.createElement('div');
        l.className = 'line';
        l.textContent = line;
        entry.append(l);
      }
      return entry;
    });
    this.#box.replaceChildren(...entries);
    this.#host.hidden = false;
    this.#place(at);
  }

  #place(at) {
    const view = this.#doc.defaultView;
    const w = this.#box.offsetWidth;
    const h = this.#box.offsetHeight;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    let x;
    let y;
    if ('bottom' in at) {  // under (or above) a rectangle
      x = at.left;
      y = at.bottom + 6;
      if (y + h > vh - 4) y = at.top - h - 6;
    } else {
      x = at.x + 12;
      y = at.y + 16;
      if (y + h > vh - 4) y = at.y - h - 10;
    }
    x = Math.max(4, Math.min(x, vw - w - 4));
    y = Math.max(4, y);
    this.#host.style.left = `${Math.round(x)}px`;
    this.#host.style.top = `${Math.round(y)}px`;
  }

  hide() {
    if (this.#host) this.#host.hidden = true;
  }

  remove() {
    this.#host?.remove();
    this.#host = null;
  }
}
