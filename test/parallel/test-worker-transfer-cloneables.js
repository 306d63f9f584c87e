'use strict';
// Objects postMessage and structuredClone clone (BlockList, histograms,
// KeyObject, CryptoKey) or transfer (AbortSignal made transferable): what
// the copy is, within a thread and to a worker.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { BlockList } = require('net');
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');
const { transferableAbortController, transferableAbortSignal } =
  require('util');
const { MessageChannel, Worker, isMainThread, parentPort } =
  require('worker_threads');

if (!isMainThread) {
  parentPort.once('message', ({ list, histogram, secret, publicKey,
                                privateKey, cryptoKey }) => {
    parentPort.postMessage({
      list: [list.constructor.name, list.rules, list.check('10.1.2.3')],
      histogram: [histogram.constructor.name, histogram.count,
                  histogram.min, histogram.max],
      secret: secret.export().toString('hex'),
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }),
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      cryptoKey: [cryptoKey.constructor.name, cryptoKey.algorithm.name,
                  cryptoKey.usages, cryptoKey.extractable],
    });
  });
  return;
}

// BlockList: a clone on the same thread shares the rules.
{
  const list = new BlockList();
  list.addAddress('1.2.3.4');
  list.addRange('::1', '::f', 'ipv6');
  list.addSubnet('10.0.0.0', 8);
  const copy = structuredClone(list);
  assert.notStrictEqual(copy, list);
  assert.ok(copy instanceof BlockList);
  assert.deepStrictEqual(copy.rules, list.rules);
  assert.ok(copy.check('10.9.9.9'));
  assert.ok(copy.check('::a', 'ipv6'));
  assert.ok(!copy.check('11.0.0.1'));
  copy.addAddress('5.5.5.5');
  assert.ok(list.check('5.5.5.5'));
  // Listed in the transfer list, it is cloned all the same.
  assert.ok(structuredClone(list, { transfer: [list] }).check('1.2.3.4'));
}

// Histograms: a RecordableHistogram's clone records into the same data;
// any other histogram's clone is a plain Histogram.
{
  const h = createHistogram();
  h.record(5);
  const copy = structuredClone(h);
  assert.strictEqual(copy.constructor.name, 'RecordableHistogram');
  assert.deepStrictEqual(Object.keys(copy), ['constructor']);
  copy.record(7);
  assert.strictEqual(h.count, 2);
  assert.strictEqual(h.max, 7);
  const delay = structuredClone(monitorEventLoopDelay());
  assert.strictEqual(delay.constructor.name, 'Histogram');
  assert.strictEqual(delay.enable, undefined);
  assert.strictEqual(delay.record, undefined);
}

// KeyObject and CryptoKey.
const secret = crypto.createSecretKey(Buffer.from('00112233', 'hex'));
const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', {
  namedCurve: 'P-256',
});
{
  const copy = structuredClone(secret);
  assert.strictEqual(copy.constructor.name, 'SecretKeyObject');
  assert.ok(copy.equals(secret));
  assert.strictEqual(structuredClone(publicKey, { transfer: [publicKey] })
    .constructor.name, 'PublicKeyObject');
  const priv = structuredClone(privateKey);
  assert.strictEqual(priv.asymmetricKeyType, 'ec');
  assert.ok(priv.equals(privateKey));
}

(async () => {
  const cryptoKey = await globalThis.crypto.subtle.generateKey(
    { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  const copy = structuredClone(cryptoKey);
  assert.notStrictEqual(copy, cryptoKey);
  assert.ok(copy instanceof CryptoKey);
  assert.deepStrictEqual(copy.algorithm, cryptoKey.algorithm);
  assert.deepStrictEqual(copy.usages, ['sign', 'verify']);
  assert.strictEqual(copy.extractable, true);
  const data = Buffer.from('data');
  assert.deepStrictEqual(
    Buffer.from(await globalThis.crypto.subtle.sign('HMAC', copy, data)),
    Buffer.from(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, data)));

  // All of them to a worker (a copy of the list and the histogram there).
  const list = new BlockList();
  list.addSubnet('10.0.0.0', 8);
  const histogram = createHistogram();
  histogram.record(3);
  histogram.record(9);
  const worker = new Worker(__filename);
  worker.postMessage({ list, histogram, secret, publicKey, privateKey,
                       cryptoKey });
  worker.once('message', common.mustCall((reply) => {
    assert.deepStrictEqual(reply, {
      list: ['BlockList', ['Subnet: IPv4 10.0.0.0/8'], true],
      histogram: ['RecordableHistogram', 2, 3, 9],
      secret: '00112233',
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }),
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      cryptoKey: ['CryptoKey', 'HMAC', ['sign', 'verify'], true],
    });
  }));
})().then(common.mustCall());

// A transferable AbortSignal: each transferred copy aborts with it.
{
  const controller = transferableAbortController();
  const { port1, port2 } = new MessageChannel();
  let received = 0;
  port1.onmessage = common.mustCall(({ data }) => {
    assert.ok(data instanceof AbortSignal);
    assert.strictEqual(data.aborted, false);
    data.onabort = common.mustCall(() => {
      assert.strictEqual(data.reason, 'stop');
    });
    if (++received === 2) {
      port1.close();
      controller.abort('stop');
    }
  }, 2);
  port2.postMessage(controller.signal, [controller.signal]);
  port2.postMessage(controller.signal, [controller.signal]);
  assert.strictEqual(controller.signal.aborted, false);

  const signal = transferableAbortSignal(AbortSignal.abort('early'));
  const copy = structuredClone(signal, { transfer: [signal] });
  assert.ok(copy.aborted);
  assert.strictEqual(copy.reason, 'early');
}

// A BroadcastChannel carries a cloneable to one other channel of its name,
// not to several (node's "Message could not be posted.").
{
  const list = new BlockList();
  list.addAddress('7.7.7.7');
  const sender = new BroadcastChannel('transfer-cloneables');
  const receiver = new BroadcastChannel('transfer-cloneables');
  receiver.onmessage = common.mustCall(({ data }) => {
    assert.ok(data.check('7.7.7.7'));
    receiver.onmessage = null;
    const third = new BroadcastChannel('transfer-cloneables');
    assert.throws(() => sender.postMessage(list), {
      name: 'Error',
      message: 'Message could not be posted.',
    });
    sender.postMessage('plain values still go');
    third.onmessage = common.mustCall(() => {
      sender.close();
      receiver.close();
      third.close();
    });
  });
  sender.postMessage(list);
}
