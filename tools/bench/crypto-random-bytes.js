'use strict';
// randomBytes(32), synchronously, 100,000 times (tokens, nonces).
const crypto = require('crypto');

let check = 0;
for (let i = 0; i < 100000; i++) check += crypto.randomBytes(32).length;
if (check !== 3200000) throw new Error('bad sizes');
