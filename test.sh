#!/usr/bin/env bash
# Runs every Limber test: unit tests, Pax Exam tests inside the built distribution, and browser tests in
# headless Chromium. Installs what is missing first (Debian packages: a JDK 17, Maven, Chromium and its driver, and
# the PostgreSQL server the storage tests start throwaway clusters of).
# Extra arguments go to Maven, e.g. ./test.sh -pl bundles/org.limber.catalog -am
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
# The server's programs (initdb, pg_ctl), not psql: that may be there from the client package alone.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} from Debian's packages"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # Debian's postgresql package creates a cluster (main, port 5432) and starts it as a service. The tests need none
  # running: they start throwaway clusters of their own. A policy-rc.d that answers 101 (action forbidden) keeps
  # the package scripts from starting any service during this install, and the new cluster is set to start only
  # by hand (start.conf), not at boot either.
  policy=/usr/sbin/policy-rc.d own_policy=""
  if [ ! -e "$policy" ]; then
    own_policy=yes
    trap '$sudo rm -f "$policy"' EXIT
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  if [[ " ${missing[*]} " == *" postgresql "* ]]; then
    for start in /etc/postgresql/*/main/start.conf; do
      if [ -e "$start" ]; then echo manual | $sudo tee "$start" >/dev/null; fi
    done
  fi
  if [ -n "$own_policy" ]; then
    $sudo rm -f "$policy"
    trap - EXIT
  fi
fi

java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${java_major%%.*}" -lt 17 ]; then
  echo "Limber needs Java 17 or newer; 'java' is $java_major" >&2
  exit 1
fi

exec mvn -B -ntp verify "$@"
