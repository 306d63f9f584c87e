'use strict';
// An error thrown by a timer callback.
setTimeout(function onTimeout() {
  null.property;
}, 1);
