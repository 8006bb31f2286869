// TypeScript declarations of Newsmark's JS API (web/dist/newsmark.mjs; the classic script
// web/dist/newsmark.js sets the same Newsmark class as self.Newsmark).

/** A half-open span [start, end) in UTF-16 code units of the analyzed text. */
export type Span = [number, number];

export interface SentenceResult {
  span: Span;
  checkworthy: number;
  hedge: number;
}

export interface PersonResult {
  id: number;
  name: string;
  mentions: Span[];
  descriptors: Span[];
}

export type ClaimKind = 'direct' | 'indirect' | 'mixed' | 'according-to' | 'checkworthy';
export type SourceType = 'person' | 'organization' | 'document' | 'anonymous' | 'pronoun' | 'none';

export interface ClaimResult {
  kind: ClaimKind;
  source: Span | null;
  source_type: SourceType;
  person: number | null;
  cue: Span | null;
  cue_class: string;
  content: Span | null;
}

export interface HedgeResult {
  span: Span;
  type: string;
  explanation: string;
}

/** The result format shared by the CLI and the JS API (schema 1). */
export interface NewsmarkResult {
  schema: number;
  id: unknown;
  length: number;
  stats: { words: number; hedge_density: number };
  sentences: SentenceResult[];
  people: PersonResult[];
  claims: ClaimResult[];
  hedges: HedgeResult[];
}

export interface Progress {
  /** 'start' (worker picked the request up), 'analyze' (a stage begins), 'done'. */
  phase: 'start' | 'analyze' | 'done';
  stage: string;
  index: number;
  count: number;
  /** 0..1: the share of pipeline stages finished. */
  fraction: number;
}

export interface AnalyzeOptions {
  /** Echoed as result.id. */
  id?: unknown;
  onProgress?: (progress: Progress) => void;
  /** Cancels the analysis (in worker mode a running analysis stops at once). */
  signal?: AbortSignal;
}

export interface LoadOptions {
  /** Where newsmark.wasm is, when it is not beside the module. */
  wasmUrl?: string | URL;
  /** The wasm bytes, when the caller has them already. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Analyze in a Worker; analyze() and highlight() then return promises. */
  worker?: boolean;
}

export type Category = 'person' | 'claim' | 'hedge';

export interface PaintOptions {
  people?: boolean;
  claims?: boolean;
  hedges?: boolean;
  /** Show hedges of type "conditional" (if, whether, unless). Default false. */
  conditional?: boolean;
  /** Tooltips on hover and keyboard focus. Default true. */
  tooltips?: boolean;
  /** 'highlights' (CSS Custom Highlight API), 'elements' (wrapping fallback) or 'auto'. */
  mode?: 'auto' | 'highlights' | 'elements';
  /** Colour scheme of the page behind the text; 'auto' reads its background. */
  scheme?: 'auto' | 'light' | 'dark';
  /** Prefix of the CSS highlight names. Default 'newsmark'. */
  prefix?: string;
  /** Colour slot of a person (default: its id, so colours survive filtering the result). */
  personSlot?: (person: PersonResult, index: number) => number;
}

export type HighlightOptions = PaintOptions & AnalyzeOptions;

/** Maps offsets of the extracted text to the live DOM text nodes. */
export declare class TextMap {
  readonly text: string;
  readonly nodes: Text[];
  readonly starts: number[];
  readonly lengths: number[];
  /** The Document and every open ShadowRoot the text came from. */
  readonly roots: (Document | ShadowRoot)[];
  readonly length: number;
  locate(start: number, end: number): {
    startNode: Text; startOffset: number; endNode: Text; endOffset: number; first: number; last: number;
  } | null;
  range(start: number, end: number): Range | null;
  offsetOf(node: Node, offset: number): number;
}

export interface PaintedItem {
  category: Category;
  /** 'person:<id>', 'claim:<index>' or 'hedge:<index>'. */
  key: string;
  index: number;
  start: number;
  end: number;
  data: PersonResult | ClaimResult | HedgeResult;
  person: number | null;
  slot: number;
}

export interface Counts {
  /** Distinct people painted. */
  people: number;
  /** Person mentions painted. */
  mentions: number;
  claims: number;
  hedges: number;
}

export interface Description {
  category: Category;
  title: string;
  lines: string[];
}

export declare class Highlighter {
  readonly mode: 'highlights' | 'elements' | 'none';
  readonly counts: Counts;
  readonly items: PaintedItem[];
  readonly options: Required<Omit<PaintOptions, 'personSlot'>> & Pick<PaintOptions, 'personSlot'>;
  readonly result: NewsmarkResult;
  readonly map: TextMap;
  readonly scheme: 'light' | 'dark';
  /** The element Newsmark#highlight read (null for paint()). */
  element: Element | null;
  /** Re-runs after DOM changes; from Newsmark#highlight it re-reads and re-analyzes. Returns this highlighter. */
  update(next?: { map?: TextMap; result?: NewsmarkResult; options?: PaintOptions }): Highlighter | Promise<Highlighter>;
  /** Changes options (toggles categories) and repaints without a new analysis. */
  setOptions(options: PaintOptions): this;
  /** Removes every trace of the highlighter. */
  clear(): void;
  targetsOf(item: PaintedItem): (Range | Element)[];
  itemsAtPoint(x: number, y: number): PaintedItem[];
  itemsAtNode(node: Node, offset: number): PaintedItem[];
  describe(items: PaintedItem[]): Description[];
  showTooltip(items: PaintedItem[], at?: { x: number; y: number } | DOMRect): void;
  /** Scrolls to an item (or the first with a key such as 'person:2'), flashes it, shows its tooltip. */
  reveal(item: PaintedItem | string, options?: { flash?: boolean; tooltip?: boolean }): PaintedItem | null;
  next(key?: string): PaintedItem | null;
  previous(key?: string): PaintedItem | null;
}

export declare function extractText(element: Element | Document | DocumentFragment): { text: string; map: TextMap };
export declare function paint(map: TextMap, result: NewsmarkResult, options?: PaintOptions): Highlighter;

/** Newsmark on the calling thread: analyze() and highlight() return at once. */
export declare class Newsmark {
  /** With { worker: true } the analysis runs in a Worker and the methods return promises. */
  static load(options: LoadOptions & { worker: true }): Promise<NewsmarkWorker>;
  static load(options?: LoadOptions & { worker?: false }): Promise<Newsmark>;
  static load(options?: LoadOptions): Promise<Newsmark | NewsmarkWorker>;
  static extractText: typeof extractText;
  static paint: typeof paint;
  readonly worker: false;
  readonly version: string;
  analyze(text: string, options?: AnalyzeOptions): NewsmarkResult;
  highlight(element: Element, options?: HighlightOptions): Highlighter;
  /** Frees the wasm module and clears the highlighters highlight() made. */
  dispose(): void;
}

/** Newsmark with the analysis in a Worker (Newsmark.load({ worker: true })). */
export interface NewsmarkWorker {
  readonly worker: true;
  readonly version: string;
  analyze(text: string, options?: AnalyzeOptions): Promise<NewsmarkResult>;
  highlight(element: Element, options?: HighlightOptions): Promise<Highlighter>;
  /** Terminates the worker and clears the highlighters highlight() made. */
  dispose(): void;
}

export declare const DEFAULT_OPTIONS: Readonly<Required<Omit<PaintOptions, 'personSlot'>>>;
export type SourceGroup = 'named' | 'anonymous' | 'document' | 'unattributed';
export declare const SOURCE_GROUPS: SourceGroup[];
export declare const SOURCE_GROUP_LABEL: Record<SourceGroup, string>;
export declare function sourceGroup(claim: ClaimResult): SourceGroup;
export declare function claimSourceName(result: NewsmarkResult, text: string, claim: ClaimResult): string;
export declare function describePerson(result: NewsmarkResult, text: string, person: PersonResult): Description;
export declare function describeClaim(result: NewsmarkResult, text: string, claim: ClaimResult): Description;
export declare function describeHedge(result: NewsmarkResult, text: string, hedge: HedgeResult): Description;
export declare function describeItem(result: NewsmarkResult, text: string, item: PaintedItem): Description;
export declare function claimSpan(claim: ClaimResult): Span | null;
export declare function hedgeShown(hedge: HedgeResult, options: PaintOptions): boolean;
export declare function contrastRatio(a: string, b: string): number;
export declare function contrastPairs(): { what: string; scheme: 'light' | 'dark'; fg: string; bg: string; min: number; ratio: number }[];
export declare function detectScheme(element: Node): 'light' | 'dark';
export declare function swatchStyle(category: Category | 'flash', scheme: 'light' | 'dark', slot?: number): string;
export declare const CATEGORY_LABEL: Record<Category, string>;
export declare const CATEGORY_DESCRIPTION: Record<Category, string>;
export declare const PERSON_PALETTE: { light: string; dark: string; line: { light: string; dark: string } }[];

export default Newsmark;
