// Reads a file the reader dropped or opened: .txt as text (UTF-8, or UTF-16 with a byte-order
// mark), .html as the text of its page. Anything else, or bytes that are not text, gets a
// message that says why it cannot be read.
import { htmlToText } from './html-to-text.mjs';

export class UnreadableFile extends Error {}

const MAX_BYTES = 50 << 20;

function decode(bytes, name) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFile(`“${name}” is not UTF-8 text: it may be a binary file (a PDF, a Word document, an image). Save the article as .txt or .html and try again.`);
  }
  if (text.includes('\u0000')) throw new UnreadableFile(`“${name}” contains binary data, not text.`);
  return text;
}

// Returns { text, kind: 'text' | 'html' }; throws UnreadableFile with a reader-facing message.
export async function readArticleFile(file) {
  const name = file.name || 'the file';
  const lower = name.toLowerCase();
  const html = /\.(html?|xhtml)$/.test(lower) || file.type === 'text/html';
  const text = /\.(txt|text|md)$/.test(lower) || file.type === 'text/plain';
  if (!html && !text) {
    throw new UnreadableFile(`Can't read “${name}”: the demo reads plain text (.txt) and web pages (.html).`);
  }
  if (file.size > MAX_BYTES) throw new UnreadableFile(`“${name}” is too large (${(file.size / (1 << 20)).toFixed(0)} MB; the demo takes up to 50 MB).`);
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    throw new UnreadableFile(`Couldn't read “${name}”: ${e?.message || 'the browser refused to open it'}.`);
  }
  let content = decode(bytes, name);
  if (html) content = htmlToText(content);
  if (!content.trim()) throw new UnreadableFile(`“${name}” has no readable text.`);
  return { text: content, kind: html ? 'html' : 'text' };
}
