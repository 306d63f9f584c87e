'use strict';
// moveMessagePortToContext(): the port's end of the channel becomes a port
// of a vm context. What it receives is read into that context (values,
// the event and the ports it carries), it answers with its own
// postMessage, its clone errors are that context's DOMException, and
// closing it there closes the channel.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');
const { MessageChannel, moveMessagePortToContext } = require('worker_threads');

assert.throws(() => moveMessagePortToContext({}, vm.createContext()), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "port" argument must be a MessagePort instance',
});
for (const bad of [{}, 1, null]) {
  assert.throws(() => moveMessagePortToContext(new MessageChannel().port1, bad),
                { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
                  message: 'Invalid context argument' });
}
{
  const { port1 } = new MessageChannel();
  port1.close();
  // Closed comes before the context is looked at.
  assert.throws(() => moveMessagePortToContext(port1, 'nope'), {
    code: 'ERR_CLOSED_MESSAGE_PORT', name: 'Error',
    message: 'Cannot send data on closed MessagePort',
  });
}

const context = vm.createContext({ results: [] });
const { port1, port2 } = new MessageChannel();
const moved = moveMessagePortToContext(port1, context);
assert.strictEqual(moved instanceof Object, false);
assert.strictEqual(typeof moved.postMessage, 'function');
assert.strictEqual(moved.onmessage, undefined);
// The old object is spent.
assert.strictEqual(port1.hasRef(), false);
context.port = moved;

vm.runInContext(`
  results.push(Object.getPrototypeOf(port) !== null &&
               port instanceof Object && port.postMessage instanceof Function);
  try {
    port.postMessage(function notCloneable() {});
  } catch (err) {
    results.push([err instanceof Error, err.constructor.name, err.name,
                  err.code]);
  }
  port.onmessage = (event) => {
    const { data, ports, type } = event;
    results.push([type, data instanceof Object, Array.isArray(ports),
                  ports instanceof Array, ports.length, ports[0] === data.reply,
                  data.list instanceof Array]);
    data.reply.postMessage({ sum: data.list.reduce((a, b) => a + b, 0) });
    data.reply.close();
    port.postMessage('done');
  };
  port.start();
`, context);
// Arrays of the context: compared as JSON.
assert.strictEqual(JSON.stringify(context.results),
                   '[true,[true,"DOMException","DataCloneError",25]]');

const answers = new MessageChannel();
answers.port1.on('message', common.mustCall((msg) => {
  assert.deepStrictEqual(msg, { sum: 6 });
  answers.port1.close();
}));
port2.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg, 'done');
  assert.strictEqual(JSON.stringify(context.results[2]),
                     '["message",true,true,true,1,true,true]');
  vm.runInContext('port.close()', context);
}));
port2.on('close', common.mustCall());
port2.postMessage({ list: [1, 2, 3], reply: answers.port2 }, [answers.port2]);
