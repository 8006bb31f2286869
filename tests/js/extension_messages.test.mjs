// sendToBackground (extension/src/shared/messages.mjs): retried while the background restarts,
// never for other errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { sendToBackground } from '../../extension/src/shared/messages.mjs';

const noReceiver = () => new Error('Could not establish connection. Receiving end does not exist.');

function fakeChrome(failures, error = noReceiver) {
  const sent = [];
  globalThis.chrome = {
    runtime: {
      async sendMessage(msg) {
        sent.push(msg);
        if (sent.length <= failures) throw error();
        return { ok: true, got: msg.type };
      },
    },
  };
  return sent;
}

test('a message sent while the worker restarts reaches the new one', async () => {
  const sent = fakeChrome(2);
  assert.deepEqual(await sendToBackground({ type: 'enable' }, { delays: [1, 1, 1] }), { ok: true, got: 'enable' });
  assert.equal(sent.length, 3);
});

test('gives up after its last try, with the browser error', async () => {
  const sent = fakeChrome(10);
  await assert.rejects(sendToBackground({ type: 'stats' }, { delays: [1, 1] }), /Receiving end does not exist/);
  assert.equal(sent.length, 3);
});

test('other errors are not retried', async () => {
  const sent = fakeChrome(1, () => new Error('Extension context invalidated.'));
  await assert.rejects(sendToBackground({ type: 'analyze' }), /context invalidated/);
  assert.equal(sent.length, 1);
  delete globalThis.chrome;
});
