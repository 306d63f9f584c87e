'use strict';
// A last line without a line ending is emitted when the input ends, before
// 'close'; an input that is empty or ends with '\n' emits no extra line.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

function collect(chunks, expected) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const events = [];
  rl.on('line', (line) => events.push(line));
  rl.on('close', common.mustCall(() => {
    events.push('<close>');
    assert.deepStrictEqual(events, expected);
  }));
  for (const chunk of chunks) input.write(chunk);
  input.end();
}

collect(['first\nlast'], ['first', 'last', '<close>']);
collect(['only'], ['only', '<close>']);
collect(['par', 'tial'], ['partial', '<close>']);
collect(['done\n'], ['done', '<close>']);
collect([], ['<close>']);
