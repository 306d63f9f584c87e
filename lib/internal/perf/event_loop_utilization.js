'use strict';

// performance.eventLoopUtilization([utilization1[, utilization2]]): how much
// of the time since the loop started it spent outside its poll phase.
// Everything is 0 until the loop has started (loopStart is -1 before).

const { getMilestone, loopIdleTime, now } = require('internal/perf/utils');

function eventLoopUtilization(util1, util2) {
  const loopStart = getMilestone('loopStart');
  if (loopStart <= 0) {
    return { idle: 0, active: 0, utilization: 0 };
  }

  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }

  const idle = loopIdleTime();
  const active = now() - loopStart - idle;
  if (!util1) {
    return { idle, active, utilization: active / (idle + active) };
  }

  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return {
    idle: idleDelta,
    active: activeDelta,
    utilization: activeDelta / (idleDelta + activeDelta),
  };
}

module.exports = { eventLoopUtilization };
