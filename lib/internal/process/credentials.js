'use strict';

// process.get*id/getgroups, and the setters: ids as uint32 numbers or as
// user/group names, node's ERR_UNKNOWN_CREDENTIAL for an unknown name (the
// binding reports which), errno errors from the system calls. Workers
// replace the setters (internal/main/worker_thread).

const binding = internalBinding('credentials');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_CREDENTIAL },
} = require('internal/errors');
const { validateArray, validateUint32 } = require('internal/validators');

function validateId(id, name) {
  if (typeof id === 'number') {
    validateUint32(id, name);
  } else if (typeof id !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
  }
}

function idSetter(kind, set) {
  return function(id) {
    validateId(id, 'id');
    if (set(id) === 1) throw new ERR_UNKNOWN_CREDENTIAL(kind, id);
  };
}

function setgroups(groups) {
  validateArray(groups, 'groups');
  for (let i = 0; i < groups.length; i++) {
    validateId(groups[i], `groups[${i}]`);
  }
  const unknown = binding.setgroups(groups);
  if (unknown > 0) {
    throw new ERR_UNKNOWN_CREDENTIAL('Group', groups[unknown - 1]);
  }
}

function initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
  const result = binding.initgroups(user, extraGroup);
  if (result === 1) throw new ERR_UNKNOWN_CREDENTIAL('User', user);
  if (result === 2) throw new ERR_UNKNOWN_CREDENTIAL('Group', extraGroup);
}

module.exports = {
  getuid: binding.getuid,
  geteuid: binding.geteuid,
  getgid: binding.getgid,
  getegid: binding.getegid,
  getgroups: binding.getgroups,
  setuid: idSetter('User', binding.setuid),
  seteuid: idSetter('User', binding.seteuid),
  setgid: idSetter('Group', binding.setgid),
  setegid: idSetter('Group', binding.setegid),
  setgroups,
  initgroups,
};
