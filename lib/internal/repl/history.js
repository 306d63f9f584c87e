'use strict';

// repl.setupHistory(path, ready): the REPL's persistent history, as node
// keeps it. `path` empty or blank disables it (the up key then says so,
// once, while the history is empty); undefined means
// ~/.nodus_repl_history. The file is read (newest entry first, at most
// historySize entries), truncated, and written again 15 ms after each
// line; it is created with mode 0600. A file that cannot be opened is
// reported on the output and the session goes on without it.

const {
  ArrayPrototypeJoin,
  Boolean,
  RegExpPrototypeSymbolSplit,
  StringPrototypeTrim,
} = primordials;

const fs = require('fs');
const os = require('os');
const path = require('path');
const { clearTimeout, setTimeout } = require('timers');

const kDebounceMs = 15;

function noop() {}

function writeMessage(repl, message) {
  repl._writeToOutput(message);
  repl._refreshLine();
}

// The up key of a REPL without persistent history: a hint, then the
// ordinary behaviour.
function historyDisabledHint() {
  if (this.history.length === 0) {
    writeMessage(this, '\nPersistent history support disabled. ' +
                 'Set the NODE_REPL_HISTORY environment\nvariable to ' +
                 'a valid, user-writable path to enable.\n');
  }
  const { Interface } = require('readline');
  this._historyPrev = Interface.prototype._historyPrev;
  return this._historyPrev();
}

function setupHistory(repl, historyPath, ready) {
  if (typeof historyPath === 'string') {
    historyPath = StringPrototypeTrim(historyPath);
  }
  if (historyPath === '') {
    repl._historyPrev = historyDisabledHint;
    return ready(null, repl);
  }
  if (!historyPath) {
    try {
      historyPath = path.join(os.homedir(), '.nodus_repl_history');
    } catch {
      writeMessage(repl, '\nError: Could not get the home directory.\n' +
                   'REPL session history will not be persisted.\n');
      repl._historyPrev = historyDisabledHint;
      return ready(null, repl);
    }
  }

  let timer = null;
  let writing = false;
  let pending = false;
  repl.pause();
  fs.open(historyPath, 'a+', 0o600, (err, fd) => {
    if (err) {
      writeMessage(repl, '\nError: Could not open history file.\n' +
                   'REPL session history will not be persisted.\n');
      repl._historyPrev = historyDisabledHint;
      repl.resume();
      return ready(null, repl);
    }
    fs.close(fd, onclose);
  });

  function onclose(err) {
    if (err) return ready(err);
    fs.readFile(historyPath, 'utf8', onread);
  }

  function onread(err, data) {
    if (err) return ready(err);
    repl.history = data ?
      RegExpPrototypeSymbolSplit(/[\n\r]+/, data, repl.historySize) : [];
    fs.open(historyPath, 'r+', onhandle);
  }

  function onhandle(err, fd) {
    if (err) return ready(err);
    fs.ftruncate(fd, 0, () => {
      repl._historyHandle = fd;
      repl.on('line', online);
      repl.once('exit', onexit);
      // The file was emptied: write what was read back.
      repl.once('flushHistory', () => {
        repl.resume();
        ready(null, repl);
      });
      flushHistory();
    });
  }

  function online() {
    repl._flushing = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flushHistory, kDebounceMs);
  }

  function flushHistory() {
    timer = null;
    if (writing) {
      pending = true;
      return;
    }
    writing = true;
    const data = ArrayPrototypeJoin(repl.history, os.EOL);
    fs.write(repl._historyHandle, data, 0, 'utf8', onwritten);
  }

  function onwritten() {
    writing = false;
    if (pending) {
      pending = false;
      online();
    } else {
      repl._flushing = Boolean(timer);
      if (!repl._flushing) repl.emit('flushHistory');
    }
  }

  function onexit() {
    if (repl._flushing) {
      repl.once('flushHistory', onexit);
      return;
    }
    repl.off('line', online);
    fs.close(repl._historyHandle, noop);
  }
}

module.exports = { setupHistory };
