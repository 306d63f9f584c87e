'use strict';
// On a terminal, process.stdin is a tty.ReadStream and stdout/stderr are
// tty.WriteStreams (net.Sockets) with the terminal's size; raw mode turns
// on and off; the SIGWINCH listeners come with stdout and stderr.
const common = require('../common');
const assert = require('assert');
const { hasPty, runInPty, selfCommand } = require('../common/pty');

if (process.argv[2] === 'child') {
  const tty = require('tty');
  const net = require('net');
  const report = {};
  const { stdin, stdout, stderr } = process;
  // One each for stdout and stderr.
  report.sigwinch = process.listenerCount('SIGWINCH');
  report.isatty = [0, 1, 2].map((fd) => tty.isatty(fd));
  report.classes = [stdin instanceof tty.ReadStream,
                    stdout instanceof tty.WriteStream,
                    stderr instanceof tty.WriteStream,
                    stdout instanceof net.Socket];
  report.types = [stdin._type, stdout._type, stderr._type];
  report.fds = [stdin.fd, stdout.fd, stderr.fd];
  report.isTTY = [stdin.isTTY, stdout.isTTY, stderr.isTTY];
  report.size = [stdout.columns, stdout.rows, stderr.columns, stderr.rows];
  report.windowSize = stdout.getWindowSize();
  report.rawBefore = stdin.isRaw;
  report.setRawReturnsThis = stdin.setRawMode(true) === stdin;
  report.rawOn = stdin.isRaw;
  stdin.setRawMode(false);
  report.rawOff = stdin.isRaw;
  report.hasColors = typeof stdout.hasColors() === 'boolean';
  report.readableHighWaterMark = stdin.readableHighWaterMark;
  console.log(`REPORT${JSON.stringify(report)}END`);
  return;
}

if (!hasPty()) {
  console.log('1..0 # Skipped: no pseudo-terminal (script) here');
  return;
}

const run = runInPty(selfCommand(__filename, 'child'), { cols: 91, rows: 17 });
run.done.then(common.mustCall(({ code, output }) => {
  assert.strictEqual(code, 0, output);
  const report = JSON.parse(/REPORT(.*)END/.exec(output)[1]);
  assert.deepStrictEqual(report, {
    sigwinch: 2,
    isatty: [true, true, true],
    classes: [true, true, true, true],
    types: [null, 'tty', 'tty'],  // stdin has no _type
    fds: [0, 1, 2],
    isTTY: [true, true, true],
    size: [91, 17, 91, 17],
    windowSize: [91, 17],
    rawBefore: false,
    setRawReturnsThis: true,
    rawOn: true,
    rawOff: false,
    hasColors: true,
    readableHighWaterMark: 0,
  });
}));
