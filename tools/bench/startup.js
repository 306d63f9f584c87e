// bench-args: -e 0
// bench-runs: 21
// Start-up: `-e 0`, wall time and peak RSS of the whole process.
