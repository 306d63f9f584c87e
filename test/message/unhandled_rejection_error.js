'use strict';
// An unhandled rejection with an Error points at where it was created.
async function work() {
  await null;
  throw new Error('async failure');
}
work();
