'use strict';

// readline.cursorTo / moveCursor / clearLine / clearScreenDown: write one
// ANSI control sequence to a stream and return what stream.write returned
// (the callback goes to write). With no stream, or nothing to do, they
// return true and call the callback on the next tick.

const {
  NumberIsNaN,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CURSOR_POS,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { CSI } = require('internal/readline/utils');

const {
  kClearLine,
  kClearScreenDown,
  kClearToLineBeginning,
  kClearToLineEnd,
} = CSI;

// Nothing written: report success the way a write would, asynchronously.
function nothingToWrite(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

// Moves the cursor to column x (0-based), and to row y when y is a number.
function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (NumberIsNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (NumberIsNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    return nothingToWrite(callback);
  }
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const data = typeof y === 'number' ? CSI`${y + 1};${x + 1}H` :
    CSI`${x + 1}G`;
  return stream.write(data, callback);
}

// The sequence moving the cursor dx columns and dy rows from where it is.
function relativeMove(dx, dy) {
  let data = '';
  if (dx < 0) data += CSI`${-dx}D`;
  else if (dx > 0) data += CSI`${dx}C`;
  if (dy < 0) data += CSI`${-dy}A`;
  else if (dy > 0) data += CSI`${dy}B`;
  return data;
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return nothingToWrite(callback);
  return stream.write(relativeMove(dx, dy), callback);
}

// The sequence clearing left of the cursor (dir < 0), right of it
// (dir > 0), or the whole line.
function clearLineSequence(dir) {
  if (dir < 0) return kClearToLineBeginning;
  if (dir > 0) return kClearToLineEnd;
  return kClearLine;
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return nothingToWrite(callback);
  return stream.write(clearLineSequence(dir), callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return nothingToWrite(callback);
  return stream.write(kClearScreenDown, callback);
}

module.exports = {
  clearLine,
  clearLineSequence,
  clearScreenDown,
  cursorTo,
  moveCursor,
  relativeMove,
};
