// chrome.runtime.sendMessage to the background, retried while the background is restarting.
//
// Chrome stops an idle extension service worker; a message sent while it is stopping (or before
// a fresh one has registered its listener) fails at once with "Could not establish connection.
// Receiving end does not exist." instead of waking it. No listener saw such a message, so
// sending it again is safe: a few tries, a little later each time, reach the new worker.

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/;
const DELAYS_MS = [25, 50, 100, 200, 400];

export async function sendToBackground(msg, { delays = DELAYS_MS } = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await chrome.runtime.sendMessage(msg);
    } catch (error) {
      if (attempt >= delays.length || !NO_RECEIVER.test(String(error?.message ?? error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
}
