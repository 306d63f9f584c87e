#!/bin/sh
# nodus may use only the v8:: and cppgc:: API of libnode: every undefined
# symbol of the binary that libnode defines must be one of those.
set -eu
bin="$1"
lib="$2"
defined=$(mktemp)
trap 'rm -f "$defined"' EXIT
nm -D --defined-only "$lib" | awk '{print $3}' | sort -u > "$defined"
bad=$(nm -D --undefined-only "$bin" | awk '{print $2}' | sed 's/@.*//' | sort -u |
  comm -12 - "$defined" | c++filt | grep -Ev '^(v8::|cppgc::)' || true)
if [ -n "$bad" ]; then
  echo "out/nodus uses libnode symbols outside v8::/cppgc:::"
  echo "$bad"
  exit 1
fi
echo "libnode symbols: only v8:: and cppgc:: used"
