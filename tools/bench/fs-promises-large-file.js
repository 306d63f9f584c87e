'use strict';
// A 128 MiB file written and read back with fs.promises.
const fs = require('fs/promises');
const path = require('path');

const file = path.join(process.env.NODUS_BENCH_FIXTURES, 'large-promises.bin');
const data = Buffer.alloc(128 * 1024 * 1024, 7);
(async () => {
  await fs.writeFile(file, data);
  const back = await fs.readFile(file);
  if (back.length !== data.length) throw new Error('length');
  await fs.unlink(file);
})();
