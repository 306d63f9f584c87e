#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs nodus' build dependencies from Debian and unpacks V8 (libnode108 +
# libnode-dev) into deps/v8. Idempotent: does nothing when all is present.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

# tmux: a terminal that tests can drive (the REPL's; tty tests use `script`).
packages=(build-essential cmake ninja-build pkg-config libuv1-dev libssl-dev
  zlib1g-dev libbrotli-dev libc-ares-dev libgtest-dev libicu72 node-llhttp
  node-acorn node-cjs-module-lexer dnsmasq-base tmux
  brotli)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$p")
done

sudo_cmd=()
[ "$(id -u)" = 0 ] || sudo_cmd=(sudo)

if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  # node-* packages are pure data (JS / C sources); install without pulling
  # Debian's nodejs, which would conflict with a node already on the machine.
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# V8 lives inside libnode; libnode-dev conflicts with the machine's nodejs, so
# it is unpacked, not installed.
v8="$here/v8"
if [ ! -f "$v8/.stamp" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && apt-get download libnode108 libnode-dev >/dev/null 2>&1) || {
    "${sudo_cmd[@]}" apt-get update -qq
    (cd "$tmp" && apt-get download libnode108 libnode-dev)
  }
  rm -rf "$v8"
  mkdir -p "$v8"
  for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$v8"; done
  ls "$tmp"/*.deb | xargs -n1 basename > "$v8/.stamp"
fi

# Bind libnode's references to its own symbols ahead of time (as -Bsymbolic
# would have): saves ~20 ms of each start. See deps/bind_local_symbols.py.
lib="$v8/usr/lib/x86_64-linux-gnu/libnode.so.108"
if [ "$(uname -m)" = x86_64 ] && [ ! -f "$v8/.bound" ]; then
  python3 "$here/bind_local_symbols.py" "$lib" > "$v8/.bound.tmp"
  mv "$v8/.bound.tmp" "$v8/.bound"
  cat "$v8/.bound"
fi
