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
# The newest revision the archive offers, by `apt-get source
# --download-only`. Only its main .orig tarball is used (test/ and doc/api/
# come from it, never from Debian's patches). A security upload may list an
# .orig its archive does not serve (the same upstream tarball lives in the
# main archive's pool): then that file alone is taken, by the name and SHA256
# the revision's signed index gives, from the same pool path of the other
# archives. Older revisions are tried only if that fails too.
versions=$(apt-cache "${apt_opts[@]}" showsrc nodejs |
  awk '/^Version: 20\.19\.2\+dfsg-1\+deb13u/ {print $2}' | sort -uVr)
archives=$(awk '/^deb-src/ {print $3}' "$tmp/sources.list" | sort -u)
main_orig='^nodejs_[^_]*\.orig\.tar\.[a-z0-9]+$'
version=
orig=
for candidate in $versions; do
  rm -rf "$tmp/download"/*
  if (cd "$tmp/download" &&
      apt-get "${apt_opts[@]}" -qq source --download-only "nodejs=$candidate" \
        >/dev/null 2>&1); then
    version=$candidate
    orig=$(ls "$tmp/download"/nodejs_*.orig.tar.* | head -1)
    break
  fi
  # A failed download may still have fetched the main tarball: apt moves a
  # file into place only after checking its hash against the signed index,
  # so the .dsc or .debian.tar missing from the pool does not matter.
  name=$(ls "$tmp/download" | grep -E "$main_orig" | head -1 || true)
  if [ -n "$name" ]; then
    version=$candidate
    orig="$tmp/download/$name"
    echo "node-suite: nodejs $candidate: only its .orig tarball could be fetched; that is all we use" >&2
    break
  fi
  # 'URI' NAME SIZE SHA256:HASH, for the main tarball (not orig-COMPONENT).
  # Asked in an empty folder: apt does not list files already present.
  rm -rf "$tmp/download"/*
  line=$(cd "$tmp/download" &&
    apt-get "${apt_opts[@]}" -qq source --print-uris "nodejs=$candidate" |
    awk '$2 ~ /^nodejs_[^_]*\.orig\.tar\.[a-z0-9]+$/' | head -1)
  if [ -n "$line" ]; then
    read -r uri name _ hash <<< "$line"
    uri=${uri//\'/}
    encoded=${uri##*/}
    mirrors=
    for archive in $archives; do
      for pool in pool/main pool/updates/main; do
        mirrors="$mirrors ${archive%/}/$pool/n/nodejs/$encoded"
      done
    done
    for url in $mirrors; do
      if /usr/lib/apt/apt-helper -o APT::Sandbox::User=root download-file \
          "$url" "$tmp/download/$name" "$hash" >/dev/null 2>&1; then
        version=$candidate
        orig="$tmp/download/$name"
        echo "node-suite: nodejs $candidate: its archive lacks $name; took it (same SHA256) from $url" >&2
        break 2
      fi
    done
  fi
  echo "node-suite: nodejs $candidate listed but its source is not downloadable; trying older" >&2
done
if [ -z "$version" ]; then
  echo "node-suite: no nodejs 20.19.2+dfsg-1+deb13u* source could be fetched" >&2
  exit 1
fi
# Only the tarball's own test/ (all of it) and doc/api/: not deps/*/test or
# lib/internal/test, which a */test/* pattern would also match.
top=$(tar -tf "$orig" | head -1 | cut -d/ -f1 || true)
rm -rf "$dest.partial"
mkdir -p "$dest.partial"
tar -xf "$orig" -C "$dest.partial" --strip-components=1 "$top/test" "$top/doc/api"
echo "$version" > "$dest.partial/VERSION"
rm -rf "$dest"
mv "$dest.partial" "$dest"
echo "node-suite: Node's test/ and doc/api/ from nodejs $version in $dest"
