'use strict';
// A timer cleared by an earlier timer of the same list, and an immediate
// cleared by an earlier immediate, never run.
const common = require('../common');

let second;
setTimeout(common.mustCall(() => clearTimeout(second)), 5);
second = setTimeout(common.mustNotCall(), 5);

let laterImmediate;
setImmediate(common.mustCall(() => clearImmediate(laterImmediate)));
laterImmediate = setImmediate(common.mustNotCall());
