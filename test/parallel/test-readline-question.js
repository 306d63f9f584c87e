'use strict';
// rl.question(query, cb): writes the query, passes the next line to cb
// (not to 'line'), then restores the prompt; a question asked while one is
// pending only prompts again and its callback is never called.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.setEncoding('utf8');
output.on('data', (data) => { written += data; });
const rl = readline.createInterface({ input, output, prompt: '$ ' });
assert.strictEqual(rl.terminal, false);

const lines = [];
rl.on('line', (line) => lines.push(line));

rl.question('Name? ', common.mustCall((answer) => {
  assert.strictEqual(answer, 'Ada');
  assert.strictEqual(rl.getPrompt(), '$ ');
  assert.deepStrictEqual(lines, []);
}));
assert.strictEqual(rl.getPrompt(), 'Name? ');
rl.question('Ignored? ', common.mustNotCall());
// With options (no signal) and a callback.
input.write('Ada\nnext\n');
rl.question('Age? ', {}, common.mustCall((answer) => {
  assert.strictEqual(answer, '36');
}));
input.write('36\n');
// Without a callback nothing is asked.
rl.question('Nothing? ');
input.end('last\n');

rl.on('close', common.mustCall(() => {
  assert.deepStrictEqual(lines, ['next', 'last']);
  assert.strictEqual(written, 'Name? Name? Age? ');
}));
