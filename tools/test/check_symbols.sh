#!/bin/sh
# nodus may use only the v8:: and cppgc:: API of libnode: every undefined
# symbol of the binary that libnode defines must be one of those.
# And nodus must not define a strong symbol of libnode: it would interpose
# libnode's own, which deps/bind_local_symbols.py binds ahead of time.
set -eu
bin="$1"
lib="$2"
symbols=$(mktemp)
defined=$(mktemp)
strong=$(mktemp)
trap 'rm -f "$symbols" "$defined" "$strong"' EXIT
nm -D --defined-only "$lib" > "$symbols"
awk '{print $3}' "$symbols" | sort -u > "$defined"
awk '$2 ~ /^[TDBR]$/ {print $3}' "$symbols" | sort -u > "$strong"
bad=$(nm -D --undefined-only "$bin" | awk '{print $2}' | sed 's/@.*//' | sort -u |
  comm -12 - "$defined" | c++filt | grep -Ev '^(v8::|cppgc::)' || true)
if [ -n "$bad" ]; then
  echo "out/nodus uses libnode symbols outside v8::/cppgc:::"
  echo "$bad"
  exit 1
fi
clash=$(nm -D --defined-only "$bin" | awk '{print $3}' | sed 's/@.*//' | sort -u |
  comm -12 - "$strong" | c++filt)
if [ -n "$clash" ]; then
  echo "out/nodus defines strong symbols of libnode (they would interpose):"
  echo "$clash"
  exit 1
fi
echo "libnode symbols: only v8:: and cppgc:: used; none interposed"
