'use strict';

// Colour decisions for streams: shouldColorize(stream) (FORCE_COLOR, else a
// TTY with more than 2 bits of colour depth), and the escape strings used by
// the REPL and the test reporters, set by refresh() from process.stderr.

let internalTty;
const lazyInternalTty = () => (internalTty ??= require('internal/tty'));

const colors = {
  blue: '',
  green: '',
  white: '',
  red: '',
  gray: '',
  clear: '',
  reset: '',
  hasColors: false,
  shouldColorize(stream) {
    if (process.env.FORCE_COLOR !== undefined) {
      return lazyInternalTty().getColorDepth() > 2;
    }
    if (!stream?.isTTY) return stream?.isTTY;
    return typeof stream.getColorDepth === 'function' ?
      stream.getColorDepth() > 2 : true;
  },
  refresh() {
    if (!process.stderr.isTTY) return;
    const on = colors.shouldColorize(process.stderr);
    const code = (sequence) => (on ? sequence : '');
    colors.blue = code('\u001b[34m');
    colors.green = code('\u001b[32m');
    colors.white = code('\u001b[39m');
    colors.yellow = code('\u001b[33m');
    colors.red = code('\u001b[31m');
    colors.gray = code('\u001b[90m');
    colors.clear = code('\u001bc');
    colors.reset = code('\u001b[0m');
    colors.hasColors = on;
  },
};

module.exports = colors;
colors.refresh();
