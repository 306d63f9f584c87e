'use strict';
// readFileSync of a 1 MiB file, 1,000 times.
const fs = require('fs');
const path = require('path');

const file = path.join(process.env.NODUS_BENCH_FIXTURES, 'one-mib.bin');
if (!fs.existsSync(file)) fs.writeFileSync(file, Buffer.alloc(1 << 20, 1));
let total = 0;
for (let i = 0; i < 1000; i++) total += fs.readFileSync(file).length;
if (total !== 1000 << 20) throw new Error('total');
