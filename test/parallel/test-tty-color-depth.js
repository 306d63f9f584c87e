'use strict';
// tty.WriteStream#getColorDepth(env) and #hasColors(count, env): node's
// rules over FORCE_COLOR, NO_COLOR, NODE_DISABLE_COLORS, TERM, TMUX, CI
// variables, TERM_PROGRAM and COLORTERM; hasColors validates its count.
const common = require('../common');
const assert = require('assert');
const { WriteStream } = require('tty');

const { getColorDepth, hasColors } = WriteStream.prototype;

const cases = [
  [{}, 1],
  [{ TERM: 'dumb' }, 1],
  [{ TERM: 'xterm' }, 4],
  [{ TERM: 'xterm-256color' }, 8],
  [{ TERM: 'screen' }, 4],
  [{ TERM: 'linux' }, 4],
  [{ TERM: 'rxvt-unicode-24bit' }, 24],
  [{ TERM: 'xterm-kitty' }, 4],
  [{ TERM: 'vt220' }, 1],
  [{ TERM: 'screen-256color' }, 4],
  [{ TERM: 'mosh' }, 24],
  [{ TERM: 'cons25' }, 4],
  [{ TERM: 'fancy-unknown' }, 1],
  [{ COLORTERM: '1' }, 4],
  [{ COLORTERM: 'truecolor' }, 24],
  [{ COLORTERM: '24bit', TERM: 'dumb' }, 1],
  [{ TMUX: '1' }, 8],
  [{ CI: '1' }, 1],
  [{ CI: '1', GITHUB_ACTIONS: '1' }, 8],
  [{ CI: '1', CI_NAME: 'codeship' }, 8],
  [{ TEAMCITY_VERSION: '9.1.0' }, 4],
  [{ TEAMCITY_VERSION: '8.0.0' }, 1],
  [{ TERM_PROGRAM: 'iTerm.app' }, 8],
  [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0' }, 24],
  [{ TERM_PROGRAM: 'Apple_Terminal' }, 8],
  [{ TERM_PROGRAM: 'HyperTerm' }, 24],
  [{ NO_COLOR: '1', TERM: 'xterm-256color' }, 1],
  [{ NO_COLOR: '', TERM: 'xterm-256color' }, 1],
  [{ NODE_DISABLE_COLORS: '1', TERM: 'xterm' }, 1],
  [{ FORCE_COLOR: '' }, 4],
  [{ FORCE_COLOR: '1', TERM: 'dumb' }, 4],
  [{ FORCE_COLOR: 'true' }, 4],
  [{ FORCE_COLOR: '2' }, 8],
  [{ FORCE_COLOR: '3' }, 24],
  [{ FORCE_COLOR: '0', TERM: 'xterm-256color' }, 1],
  [{ FORCE_COLOR: 'false' }, 1],
];
for (const [env, depth] of cases) {
  assert.strictEqual(getColorDepth(env), depth, JSON.stringify(env));
}

assert.strictEqual(hasColors({ TERM: 'xterm' }), true);
assert.strictEqual(hasColors({}), false);
assert.strictEqual(hasColors(256, { TERM: 'xterm-256color' }), true);
assert.strictEqual(hasColors(257, { TERM: 'xterm-256color' }), false);
assert.strictEqual(hasColors(2 ** 24, { COLORTERM: 'truecolor' }), true);
assert.strictEqual(hasColors(2, {}), true);
assert.throws(() => hasColors('16', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => hasColors(1, {}), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => hasColors(1.5, {}), { code: 'ERR_OUT_OF_RANGE' });

// FORCE_COLOR wins over NO_COLOR / NODE_DISABLE_COLORS, with one warning.
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.message, "The 'NODE_DISABLE_COLORS' and " +
    "'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set.");
}));
assert.strictEqual(getColorDepth(
  { FORCE_COLOR: '1', NO_COLOR: '1', NODE_DISABLE_COLORS: '1' }), 4);
assert.strictEqual(getColorDepth({ FORCE_COLOR: '2', NO_COLOR: '1' }), 8);

// On Windows the console's version decides (this kernel's release number
// is below 10, which counts as an old console: 16 colours).
{
  const platform = Object.getOwnPropertyDescriptor(process, 'platform');
  assert.strictEqual(getColorDepth({}), 1);
  Object.defineProperty(process, 'platform', { value: 'win32' });
  const release = require('os').release().split('.');
  assert.strictEqual(getColorDepth({}), +release[0] >= 10 ? 8 : 4);
  assert.strictEqual(getColorDepth({ TERM: 'dumb' }), 1);
  Object.defineProperty(process, 'platform', platform);
}
