'use strict';
// readline/promises: the completer is called with the line only and may
// return its result or a promise of it; a rejection is written as a
// "Tab completion error".
const common = require('../common');
const assert = require('assert');
const readlinePromises = require('readline/promises');
const { PassThrough, Writable } = require('stream');

function terminal(completer) {
  const output = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      output.written += chunk;
      cb();
    },
  });
  output.written = '';
  output.isTTY = true;
  output.columns = 80;
  const input = new PassThrough();
  const rl = readlinePromises.createInterface({ input, output, completer });
  return { input, output, rl };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

(async () => {
  {
    const { input, rl } = terminal(common.mustCall(async (line) => {
      assert.strictEqual(line, 'wor');
      return [['world'], line];
    }));
    input.write('wor');
    input.write('\t');
    await tick();
    assert.strictEqual(rl.line, 'world');
    rl.close();
  }
  {
    const { input, rl } = terminal(common.mustCall((line) => [['x1'], 'x']));
    input.write('x');
    input.write('\t');
    await tick();
    assert.strictEqual(rl.line, 'x1');
    rl.close();
  }
  {
    const { input, output, rl } = terminal(common.mustCall(async () => {
      throw new TypeError('broken');
    }));
    input.write('q');
    output.written = '';
    input.write('\t');
    await tick();
    assert.match(output.written, /^Tab completion error: TypeError: broken\n/);
    assert.strictEqual(rl.line, 'q');
    rl.close();
  }
})().then(common.mustCall());
