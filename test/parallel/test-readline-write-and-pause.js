'use strict';
// rl.write(data) feeds data to the interface as if it came from the input;
// pause()/resume() pause the input and emit 'pause'/'resume' once per
// change of state, and write() and prompt() resume a paused interface.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
const rl = readline.createInterface({ input, output });
const events = [];
rl.on('line', (line) => events.push(`line ${line}`));
rl.on('pause', () => events.push('pause'));
rl.on('resume', () => events.push('resume'));

rl.write('typed\nhalf');
assert.deepStrictEqual(events, ['line typed']);
rl.write(' done\n');
assert.deepStrictEqual(events, ['line typed', 'line half done']);
events.length = 0;

assert.strictEqual(rl.pause(), rl);
assert.strictEqual(rl.pause(), undefined);
assert.strictEqual(input.isPaused(), true);
assert.strictEqual(rl.paused, true);
assert.strictEqual(rl.resume(), rl);
assert.strictEqual(rl.resume(), undefined);
assert.strictEqual(input.isPaused(), false);
rl.pause();
rl.write('again\n');
rl.pause();
rl.prompt();
assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'resume',
                                'line again', 'pause', 'resume']);
rl.on('close', common.mustCall());
rl.close();
