'use strict';
// Runs a command line in a pseudo-terminal, through util-linux's `script`,
// for tests of terminal behaviour (tty streams, raw mode, readline). The
// terminal gets the size asked for (stty) before the command starts, and a
// known TERM (xterm-256color) and shell (/bin/sh), whatever the caller's
// environment has: CI runs with neither set. The variables that turn colours
// off (CI, NO_COLOR, NODE_DISABLE_COLORS, FORCE_COLOR) are dropped, so a
// terminal has colours here as on a developer's machine; CI sets CI=true.
// A run that stops producing output for a minute is ended and reported
// with what it printed, rather than left to the test runner's timeout.
// Output arrives with the terminal's \r\n line ends.

const { spawn, spawnSync } = require('child_process');

// Whether `script` can give us a terminal here.
function hasPty() {
  const result = spawnSync('script', ['-qec', 'true', '/dev/null']);
  return result.status === 0;
}

// Quotes a word for sh.
function shellQuote(word) {
  return `'${String(word).replace(/'/g, "'\\''")}'`;
}

const kColourSwitches = ['CI', 'NO_COLOR', 'NODE_DISABLE_COLORS',
                         'FORCE_COLOR'];

function colourlessEnv() {
  const env = { ...process.env };
  for (const name of kColourSwitches) delete env[name];
  return env;
}

const kStallMs = 60_000;

// Starts `shellLine` in a terminal of cols x rows. Returns
// { child, waitFor(text) -> Promise<output so far>, write(keys), done ->
// Promise<{ code, output }> }.
function runInPty(shellLine, { cols = 80, rows = 24, env = {} } = {}) {
  const child = spawn('script', [
    '-qec', `stty cols ${cols} rows ${rows}; ${shellLine}`, '/dev/null',
  ], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...colourlessEnv(), TERM: 'xterm-256color', SHELL: '/bin/sh',
           ...env },
  });
  let output = '';
  const waiters = [];
  child.stdout.setEncoding('utf8');
  // Ends a run whose awaited text never comes.
  const stall = setTimeout(() => {
    process.stderr.write(`pty: no progress, waiting for ${
      JSON.stringify(waiters.map((w) => w.text))} after ${
      JSON.stringify(output)}\n`);
    child.kill('SIGKILL');
  }, kStallMs);
  stall.unref();
  child.stdout.on('data', (data) => {
    stall.refresh();
    output += data;
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (output.includes(waiters[i].text, waiters[i].from)) {
        waiters[i].resolve(output);
        waiters.splice(i, 1);
      }
    }
  });
  const done = new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(stall);
      for (const waiter of waiters) {
        waiter.reject(new Error(`never saw ${JSON.stringify(waiter.text)} ` +
          `in ${JSON.stringify(output)}`));
      }
      child.stdin.end();
      resolve({ code, output });
    });
  });
  let seen = 0;
  return {
    child,
    // Resolves once `text` appears after what earlier waits consumed.
    waitFor(text) {
      return new Promise((resolve, reject) => {
        const from = seen;
        const settle = (out) => {
          seen = out.indexOf(text, from) + text.length;
          resolve(out);
        };
        if (output.includes(text, from)) return settle(output);
        waiters.push({ text, from, resolve: settle, reject });
      });
    },
    write(keys) {
      child.stdin.write(keys);
    },
    done,
  };
}

// The command line that runs this test file again under the same runtime
// with `args`.
function selfCommand(file, ...args) {
  return [process.execPath, file, ...args].map(shellQuote).join(' ');
}

module.exports = { hasPty, runInPty, selfCommand, shellQuote };
