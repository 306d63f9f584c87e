'use strict';
const path = require('path');
const fixturesDir = path.join(__dirname, '..', 'fixtures');
module.exports = {
  fixturesDir,
  path: (...args) => path.join(fixturesDir, ...args),
  readSync: (args, enc) => require('fs').readFileSync(path.join(fixturesDir, ...[].concat(args)), enc),
};
