'use strict';
// process.stdin over a pipe: a net.Socket that reads nothing until asked
// (so an unused stdin never keeps the process alive, even while the other
// end stays open), delivers every byte in order, ends on EOF, then closes.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

// Order-sensitive, so that a lost, repeated or swapped piece shows.
function checksum(bytes, sum = 0) {
  for (let i = 0; i < bytes.length; i++) sum = (sum * 31 + bytes[i]) % 1000000007;
  return sum;
}

if (process.argv[2] === 'child') {
  const { stdin } = process;
  switch (process.argv[3]) {
    case 'unused':
      console.log(`flowing ${stdin.readableFlowing} ${stdin instanceof require('net').Socket}`);
      break;
    case 'count': {
      let bytes = 0;
      let sum = 0;
      stdin.on('data', (chunk) => {
        bytes += chunk.length;
        sum = checksum(chunk, sum);
      });
      stdin.on('end', common.mustCall(() => {
        console.log(`${bytes} ${sum}`);
      }));
      stdin.on('close', common.mustCall());
      break;
    }
  }
  return;
}

// Unused stdin, never closed by the parent: the child still exits.
{
  const child = spawn(process.execPath, [__filename, 'child', 'unused']);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'flowing null true\n');
    child.stdin.destroy();
  }));
}

// 5 MiB in odd-sized pieces, all of it arrives.
{
  const data = Buffer.alloc(5 * 1024 * 1024 + 7);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
  const child = spawn(process.execPath, [__filename, 'child', 'count']);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  for (let offset = 0; offset < data.length; offset += 100003) {
    child.stdin.write(data.subarray(offset, offset + 100003));
  }
  child.stdin.end();
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, `${data.length} ${checksum(data)}\n`);
  }));
}
