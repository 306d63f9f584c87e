# `only` with and without --test-only, and --test-name-pattern.
cd ../fixtures/test-runner
$NODE only.js 2>&1 | sed -E -f mask.sed
$NODE --test-only only.js 2>&1 | sed -E -f mask.sed
$NODE --test-name-pattern=match only.js 2>&1 | sed -E -f mask.sed
$NODE --test-name-pattern=/MATCH/i --test-name-pattern=plain only.js 2>&1 | sed -E -f mask.sed
