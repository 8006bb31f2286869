// Per-tab state: which tabs are on, and the last stats each reported. Kept in memory and
// mirrored in storage.session (memory-only, cleared with the browser), because Chrome stops an
// idle service worker and Firefox unloads an idle event page. Stats hold counts and the names
// the popup lists, never the page's text.
const tabs = new Map();  // tabId → { on: true, stats: {...} | null }
let restored = null;

async function restore() {
  restored ??= chrome.storage.session.get('tabs').then(({ tabs: saved }) => {
    for (const [id, state] of Object.entries(saved ?? {})) if (!tabs.has(Number(id))) tabs.set(Number(id), state);
  }).catch(() => {});
  return restored;
}

function persist() {
  chrome.storage.session.set({ tabs: Object.fromEntries(tabs) }).catch(() => {});
}

export async function tabState(tabId) {
  await restore();
  return tabs.get(tabId) ?? null;
}

export async function setTabOn(tabId) {
  await restore();
  tabs.set(tabId, { on: true, stats: null });
  persist();
}

export async function setTabOff(tabId) {
  await restore();
  tabs.delete(tabId);
  persist();
}

export async function setTabStats(tabId, stats) {
  await restore();
  const state = tabs.get(tabId);
  if (!state) return false;
  state.stats = stats;
  persist();
  return true;
}
