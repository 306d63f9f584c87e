'use strict';

// require('module'): the CommonJS Module class and its statics.
module.exports = require('internal/modules/cjs/loader').Module;

// module.SourceMap, on the Module class as node has it (its code loads with
// require('module'), not at start-up).
module.exports.SourceMap =
  require('internal/source_map/source_map').SourceMap;
