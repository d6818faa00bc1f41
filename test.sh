#!/usr/bin/env bash
# Runs every Limber test: unit tests, Pax Exam tests inside the built distribution, and browser tests in
# headless Chromium. Installs what is missing first (Debian packages: a JDK 17, Maven, Chromium and its driver).
# Extra arguments go to Maven, e.g. ./test.sh -pl bundles/org.limber.catalog -am
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} from Debian's packages"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${java_major%%.*}" -lt 17 ]; then
  echo "Limber needs Java 17 or newer; 'java' is $java_major" >&2
  exit 1
fi

exec mvn -B -ntp verify "$@"
