'use strict';

// The clocks of perf_hooks, from internalBinding('performance'): now() (ms
// since the process started, performance.now()), the time origin, the loop's
// idle time and node's start-up milestones by name (-1 until reached).

const binding = internalBinding('performance');

// Indices into binding.getMilestones().
const kMilestoneIndex = {
  __proto__: null,
  nodeStart: 0,
  v8Start: 1,
  environment: 2,
  bootstrapComplete: 3,
  loopStart: 4,
  loopExit: 5,
};

function now() {
  return binding.now();
}

function getTimeOrigin() {
  return binding.timeOrigin;
}

function loopIdleTime() {
  return binding.loopIdleTime();
}

// `name` is one of the keys of kMilestoneIndex.
function getMilestone(name) {
  return binding.getMilestones()[kMilestoneIndex[name]];
}

function isMilestoneName(name) {
  return kMilestoneIndex[name] !== undefined;
}

// libuv's loop metrics when the binding has them (uv_metrics_info).
function getUvMetricsInfo() {
  return typeof binding.uvMetricsInfo === 'function' ?
    binding.uvMetricsInfo() : undefined;
}

module.exports = {
  getMilestone,
  getTimeOrigin,
  getUvMetricsInfo,
  isMilestoneName,
  loopIdleTime,
  now,
};
