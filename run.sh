#!/usr/bin/env bash
# Builds Limber and starts it in the foreground on its embedded defaults: web UI at http://localhost:8181/
# The server lives in run/limber (packs dropped into run/limber/deploy are kept across rebuilds).
# Options: --no-build starts the last build again.
set -euo pipefail
cd "$(dirname "$0")"

if [ "${1:-}" != "--no-build" ]; then
  command -v mvn >/dev/null 2>&1 || { echo "Maven is missing: apt-get install maven openjdk-17-jdk-headless" >&2; exit 1; }
  mvn -B -ntp -q install -DskipTests
fi
archive=$(ls distribution/target/limber-*.tar.gz 2>/dev/null | head -n 1)
[ -n "$archive" ] || { echo "No distribution built yet: run ./run.sh without --no-build" >&2; exit 1; }

home=run/limber
kept=$(mktemp -d)
trap 'rm -rf "$kept"' EXIT
[ -d "$home/deploy" ] && cp -a "$home/deploy/." "$kept/"
rm -rf "$home" && mkdir -p "$home"
tar xzf "$archive" -C "$home" --strip-components=1
cp -a "$kept/." "$home/deploy/"

echo "Starting Limber: web UI at http://localhost:8181/ (Ctrl-D or 'shutdown' in the console stops it)"
exec "$home/bin/karaf"
