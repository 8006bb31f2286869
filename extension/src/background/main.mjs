// The background: the only context that runs the wasm core, the keeper of per-tab state, and the
// one place that decides to read a page (only after the user turned it on for the tab or site).
//
// Messages from extension pages (popup, options, tests, other tools):
//   { type: 'enable' | 'disable' | 'toggle', tabId }        → { ok, reason? }
//   { type: 'stats', tabId }   → { people, claims, hedges, ms, done, ... } (null when off)
//   { type: 'categories', tabId, categories: { people, claims, hedges } },
//   { type: 'scroll-to', tabId, name }, { type: 'sent', tabId }
// Messages from the content script: { type: 'analyze', text } → result; { type: 'report', stats }.
import { analyze, loadCore } from './core.mjs';
import { setTabOff, setTabOn, setTabStats, tabState } from './tabs.mjs';
import { loadSettings, originOf } from '../shared/settings.mjs';

const EXTENSION_ORIGIN = new URL(chrome.runtime.getURL('')).origin;

async function enable(tabId) {
  const tab = await chrome.tabs.get(tabId);
  const settings = await loadSettings();
  const origin = originOf(tab.url ?? '');
  if (tab.url && !origin) return { ok: false, reason: 'unsupported-page' };
  if (origin && settings.never.includes(origin)) return { ok: false, reason: 'never' };
  if ((await tabState(tabId))?.on) return { ok: true, already: true };
  try {
    await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  } catch (e) {
    // No activeTab grant and no host permission: the user has not turned this page on.
    return { ok: false, reason: 'no-access', error: String(e.message ?? e) };
  }
  await setTabOn(tabId);
  loadCore();  // start compiling while the page extracts its article
  await chrome.tabs.sendMessage(tabId, { type: 'start', options: { ...settings.categories, scheme: settings.scheme } });
  return { ok: true };
}

async function disable(tabId) {
  const was = await tabState(tabId);
  await setTabOff(tabId);
  await chrome.action.setBadgeText({ tabId, text: '' }).catch(() => {});
  if (!was) return { ok: true };
  await chrome.tabs.sendMessage(tabId, { type: 'stop' }).catch(() => {});
  return { ok: true };
}

async function toggle(tabId) {
  return (await tabState(tabId))?.on ? disable(tabId) : enable(tabId);
}

async function stats(tabId) {
  const state = await tabState(tabId);
  if (!state) return null;
  // After the worker restarted, the page still knows: ask it.
  const fresh = await chrome.tabs.sendMessage(tabId, { type: 'stats' }).catch(() => null);
  return fresh ?? state.stats ?? { people: 0, claims: 0, hedges: 0, ms: 0, done: false };
}

async function report(tabId, s) {
  if (!(await setTabStats(tabId, s))) return;
  await chrome.action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
  await chrome.action.setBadgeText({ tabId, text: s.language && !s.language.english ? 'EN?' : String(s.highlights) });
}

const fromExtensionPage = (sender) => !sender.tab || (sender.url ?? '').startsWith(EXTENSION_ORIGIN) || sender.origin === EXTENSION_ORIGIN;

async function handle(msg, sender) {
  if (sender.id !== chrome.runtime.id) return { error: 'unknown sender' };
  const tabId = sender.tab?.id;
  if (msg.type === 'analyze' && tabId !== undefined && (await tabState(tabId))?.on) return analyze(String(msg.text));
  if (msg.type === 'report' && tabId !== undefined) return report(tabId, msg.stats);
  if (!fromExtensionPage(sender)) return { error: 'not allowed from a page' };
  switch (msg.type) {
    case 'enable': return enable(msg.tabId);
    case 'disable': return disable(msg.tabId);
    case 'toggle': return toggle(msg.tabId);
    case 'stats': return stats(msg.tabId);
    case 'state': return { on: Boolean((await tabState(msg.tabId))?.on) };
    case 'categories':
    case 'scroll-to':
    case 'sent':
      return chrome.tabs.sendMessage(msg.tabId, msg).catch(() => null);
    default: return { error: `unknown message ${msg.type}` };
  }
}

chrome.runtime.onMessage.addListener((msg, sender, reply) => {
  handle(msg ?? {}, sender).then(reply, (e) => reply({ error: String(e?.message ?? e) }));
  return true;  // reply asynchronously (works in Chrome and Firefox alike)
});

chrome.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'toggle-highlights') return;
  const id = tab?.id ?? (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id !== undefined) await toggle(id);
});

// A navigation ends the page's session (a single-page site's pushState does not: its content
// script is still there and follows the article itself); on an "always on" site the new page
// starts one.
chrome.tabs.onUpdated.addListener(async (tabId, change, tab) => {
  if (change.status !== 'complete') return;
  if (await tabState(tabId)) {
    const alive = await chrome.tabs.sendMessage(tabId, { type: 'stats' }).catch(() => null);
    if (alive) return;
    await setTabOff(tabId);
    await chrome.action.setBadgeText({ tabId, text: '' }).catch(() => {});
  }
  const origin = tab.url ? originOf(tab.url) : null;
  if (!origin) return;
  const settings = await loadSettings();
  if (settings.alwaysOn.includes(origin) && !settings.never.includes(origin)) await enable(tabId).catch(() => {});
});

chrome.tabs.onRemoved.addListener((tabId) => setTabOff(tabId));
