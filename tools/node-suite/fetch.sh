#!/usr/bin/env bash
# Fetches Node 20's test tree and doc/api from Debian's source package of
# nodejs 20.19.2 (trixie) into deps/node/ (git-ignored), through a private
# apt configuration: the system's apt state is untouched. Idempotent: a
# complete tree is kept (NODE_SUITE_REFRESH=1 fetches again, e.g. after a new
# point release). The Debian revision used is written to deps/node/VERSION.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dest="${NODE_SUITE_DIR:-$root/deps/node}"
if [ -z "${NODE_SUITE_REFRESH:-}" ] && [ -f "$dest/VERSION" ] &&
   [ -f "$dest/test/parallel/parallel.status" ] && [ -f "$dest/doc/api/fs.md" ]; then
  exit 0
fi

sources=/etc/apt/sources.list.d/debian.sources
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/lists/partial" "$tmp/cache/archives/partial" "$tmp/download"

# The archive URIs and keyrings this machine already trusts, as deb-src
# entries for trixie (main archive, updates, security).
python3 - "$sources" > "$tmp/sources.list" <<'PY'
import sys
stanzas, current = [], {}
for line in open(sys.argv[1]).read().splitlines() + [""]:
    if not line.strip():
        if current: stanzas.append(current); current = {}
        continue
    if line.startswith("#") or ":" not in line: continue
    key, value = line.split(":", 1)
    current[key.strip()] = value.strip()
for s in stanzas:
    uri, key = s.get("URIs", "").split()[0], s.get("Signed-By", "")
    suites = ["trixie-security"] if "security" in uri else ["trixie", "trixie-updates"]
    for suite in suites:
        print(f"deb-src [signed-by={key}] {uri} {suite} main")
PY

apt_opts=(-o "Dir::Etc::SourceList=$tmp/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
  -o "Dir::State::Lists=$tmp/lists" -o "Dir::Cache=$tmp/cache"
  -o "Dir::State::Status=/var/lib/dpkg/status" -o "APT::Sandbox::User=root")
apt-get "${apt_opts[@]}" -qq update
# The newest revision the archive offers; an index may list one whose files
# its mirror does not serve yet, so fall back to the next one.
versions=$(apt-cache "${apt_opts[@]}" showsrc nodejs |
  awk '/^Version: 20\.19\.2\+dfsg-1\+deb13u/ {print $2}' | sort -uVr)
version=
for candidate in $versions; do
  rm -rf "$tmp/download"/*
  if (cd "$tmp/download" &&
      apt-get "${apt_opts[@]}" -qq source --download-only "nodejs=$candidate" \
        >/dev/null 2>&1); then
    version=$candidate
    break
  fi
  echo "node-suite: nodejs $candidate listed but not downloadable; trying older" >&2
done
if [ -z "$version" ]; then
  echo "node-suite: no nodejs 20.19.2+dfsg-1+deb13u* source could be fetched" >&2
  exit 1
fi
orig=$(ls "$tmp/download"/nodejs_*.orig.tar.* | head -1)
# Only the tarball's own test/ (all of it) and doc/api/: not deps/*/test or
# lib/internal/test, which a */test/* pattern would also match.
top=$(tar -tf "$orig" | head -1 | cut -d/ -f1 || true)
rm -rf "$dest.partial"
mkdir -p "$dest.partial"
tar -xf "$orig" -C "$dest.partial" --strip-components=1 "$top/test" "$top/doc/api"
echo "$version" > "$dest.partial/VERSION"
rm -rf "$dest"
mv "$dest.partial" "$dest"
echo "node-suite: Node's test/ and doc/api/ from nodejs $version in deps/node"
