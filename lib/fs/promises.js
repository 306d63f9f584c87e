'use strict';

// fs/promises (also fs.promises): see lib/internal/fs/promises.js.

module.exports = require('internal/fs/promises').exports;
