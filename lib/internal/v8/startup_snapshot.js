'use strict';

// v8.startupSnapshot: nodus does not build startup snapshots from user
// code (node's --build-snapshot), so isBuildingSnapshot() is never true
// and the functions that only make sense while building one throw
// ERR_NOT_BUILDING_SNAPSHOT, as node's do outside a snapshot build.

const {
  codes: { ERR_NOT_BUILDING_SNAPSHOT },
} = require('internal/errors');

// node 20 answers with the 0/1 byte of its flag buffer, not a boolean.
function isBuildingSnapshot() {
  return 0;
}

function throwNotBuilding() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}

function addSerializeCallback(callback, data) {
  throwNotBuilding();
}

function addDeserializeCallback(callback, data) {
  throwNotBuilding();
}

function setDeserializeMainFunction(callback, data) {
  throwNotBuilding();
}

module.exports = {
  namespace: {
    addDeserializeCallback,
    addSerializeCallback,
    setDeserializeMainFunction,
    isBuildingSnapshot,
  },
};
