# shellcheck shell=bash
# Shared helpers of the Limber benchmarks. Sourced by boot.sh, hot-deploy.sh, throughput.sh and memory.sh.
#
# Every Karaf the scripts start lives in its own folder under $BENCH_WORK and is found again by that folder
# (-Dkaraf.home=FOLDER on its command line), so the clean-up never touches anybody else's Karaf.
# Only 127.0.0.1 is ever contacted.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
TARBALL="${LIMBER_TARBALL:-$REPO_DIR/distribution/target/limber-0.1.0-SNAPSHOT.tar.gz}"
RESULTS_DIR="${BENCH_RESULTS:-$BENCH_DIR/results}"
BASELINE_JAR="$BENCH_DIR/target/limber-benchmarks-baseline.jar"
# Longest wait for one boot (the first HTTP 200); a boot slower than this is counted as a hang.
BOOT_TIMEOUT_S="${BOOT_TIMEOUT_S:-60}"

mkdir -p "$RESULTS_DIR"
# bin/karaf warns without it; the same JVM either way
if [ -z "${JAVA_HOME:-}" ]; then JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; export JAVA_HOME; fi
BENCH_WORK="${BENCH_WORK:-$(mktemp -d /tmp/limber-bench.XXXXXX)}"
mkdir -p "$BENCH_WORK"

# Folders of the Karaf instances this script started (to stop at exit), pids of other processes to stop.
_BENCH_KARAFS=()
_BENCH_PIDS=()

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# median of the numbers given as arguments (mean of the two middle ones for an even count); "-" when none
median() {
    if [ "$#" -eq 0 ]; then echo "-"; return; fi
    printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {if (NR%2) printf "%.6g\n", v[(NR+1)/2]; else printf "%.6g\n", (v[NR/2]+v[NR/2+1])/2}'
}

# alloc_port VAR : sets VAR to a TCP port nobody listens on (18100-18999), never one handed out before by
# this script (no subshell, so the record of ports handed out survives).
_BENCH_TAKEN_PORTS=" "
alloc_port() {
    local p i
    for i in $(seq 1 200); do
        p=$(( 18100 + RANDOM % 900 ))
        [[ "$_BENCH_TAKEN_PORTS" == *" $p "* ]] && continue
        ss -Htln "sport = :$p" 2>/dev/null | grep -q . && continue
        _BENCH_TAKEN_PORTS+="$p "
        printf -v "$1" '%s' "$p"
        return 0
    done
    die "no free port found"
}

# HTTP status of a GET (000 when nothing answers)
http_code() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null || true; }

# The tarball is copied once per script run, so that a rebuild by someone else during a run changes nothing.
require_tarball() {
    [ -f "$TARBALL" ] || die "$TARBALL is missing: build it with 'mvn -B -q install -DskipTests -pl distribution -am' from $REPO_DIR"
    if [ "$TARBALL" != "$BENCH_WORK/limber.tar.gz" ]; then
        TARBALL_SOURCE="$TARBALL ($(stat -c %y "$TARBALL" | cut -d. -f1))"
        cp "$TARBALL" "$BENCH_WORK/limber.tar.gz"
        TARBALL="$BENCH_WORK/limber.tar.gz"
    fi
}

# unpack DIR: a fresh copy of the distribution in DIR (removed first), on its own HTTP and SSH ports,
# listening on 127.0.0.1 only. Sets HTTP_PORT and SSH_PORT unless already set by the caller.
unpack() {
    local dir="$1"
    require_tarball
    rm -rf "$dir"; mkdir -p "$dir"
    tar xzf "$TARBALL" -C "$dir" --strip-components=1
    [ -n "${HTTP_PORT:-}" ] || alloc_port HTTP_PORT
    [ -n "${SSH_PORT:-}" ] || alloc_port SSH_PORT
    set_ports "$dir" "$HTTP_PORT" "$SSH_PORT"
}

set_ports() {
    local dir="$1" http="$2" ssh="$3"
    sed -i -E "s/^(org\.osgi\.service\.http\.port *= *).*/\1$http/; s/^(org\.apache\.felix\.http\.host *= *).*/\1127.0.0.1/" \
        "$dir/etc/org.apache.felix.http.cfg"
    sed -i -E "s/^(sshPort *= *).*/\1$ssh/; s/^(sshHost *= *).*/\1127.0.0.1/" "$dir/etc/org.apache.karaf.shell.cfg"
}

# drop_boot_features DIR NAME... : takes features out of what the distribution installs at boot, in either form
# karaf-maven-plugin writes: names listed in featuresBoot of etc/org.apache.karaf.features.cfg, or (when the
# distribution has startupBundles) one generated boot feature in etc/<uuid>.xml that lists them.
drop_boot_features() {
    local dir="$1" cfg name xml; shift
    cfg="$dir/etc/org.apache.karaf.features.cfg"
    # featuresBoot entries "name/version" or "name", over continuation lines: rewritten as one line
    awk -v drop=" $* " '
        function flush(   n, i, f, out) {
            n = split(acc, parts, ",")
            out = ""
            for (i = 1; i <= n; i++) {
                f = parts[i]; gsub(/^[ \t]+|[ \t]+$/, "", f)
                if (f == "" || index(drop, " " (f ~ /\// ? substr(f, 1, index(f, "/") - 1) : f) " ")) continue
                out = out (out == "" ? "" : ", ") f
            }
            print "featuresBoot = " out
        }
        collecting { line = $0; more = sub(/\\$/, "", line); acc = acc "," line; if (!more) {collecting = 0; flush()}; next }
        /^featuresBoot *=/ { line = $0; sub(/^featuresBoot *= */, "", line); more = sub(/\\$/, "", line); acc = line
                             if (more) collecting = 1; else flush(); next }
        { print }' "$cfg" > "$cfg.new" && mv "$cfg.new" "$cfg"
    for name in "$@"; do
        for xml in "$dir"/etc/*.xml; do
            if [ -f "$xml" ] && grep -q '<features ' "$xml"; then sed -i -E "\#<feature [^>]*>$name</feature>#d" "$xml"; fi
        done
    done
    return 0
}

# boot_feature_names DIR : the features installed at boot (both forms), one per line, for the record
boot_feature_names() {
    local dir="$1" xml
    awk '/^featuresBoot *=/{on=1} on{print} on && !/\\$/{exit}' "$dir/etc/org.apache.karaf.features.cfg" \
        | sed -E 's/^featuresBoot *= *//; s/\\$//; s/,/\n/g' | sed -E 's/^ +| +$//g' | grep -v '^$' | while read -r f; do
        xml="$(grep -l "<feature name=\"${f%%/*}\"" "$dir"/etc/*.xml 2>/dev/null | head -1 || true)"
        if [ -n "$xml" ]; then sed -n -E 's#.*<feature [^>]*>([^<]+)</feature>.*#\1#p' "$xml"; else echo "${f%%/*}"; fi
    done
}

set_boot_async() {
    sed -i -E "s/^featuresBootAsynchronous *=.*/featuresBootAsynchronous=$2/" "$1/etc/org.apache.karaf.features.cfg"
}

# shipped_opts DIR : the JVM options the distribution's own bin/setenv puts in EXTRA_JAVA_OPTS (empty if none).
# Variants add their options to these, as a user would, instead of replacing them.
shipped_opts() {
    ( unset EXTRA_JAVA_OPTS; KARAF_SCRIPT=karaf; . "$1/bin/setenv" >/dev/null 2>&1; echo "${EXTRA_JAVA_OPTS:-}" )
}

# pid of the Karaf JVM of an unpacked folder (empty when none)
karaf_pid() { pgrep -f -- "-Dkaraf.home=$1 " | head -1 || true; }

# karaf_start DIR : bin/start, with the caller's EXTRA_JAVA_OPTS / JAVA_OPTS environment
karaf_start() {
    local dir="$1"
    _BENCH_KARAFS+=("$dir")
    mkdir -p "$dir/data/log"
    KARAF_REDIRECT="$dir/data/log/stdout.log" "$dir/bin/start" >/dev/null 2>&1
}

# karaf_stop DIR : bin/stop, then TERM and KILL of that folder's JVM if it does not end in 30 s
karaf_stop() {
    local dir="$1" pid i
    pid="$(karaf_pid "$dir")"
    [ -n "$pid" ] || return 0
    "$dir/bin/stop" >/dev/null 2>&1 || true
    for i in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
    log "Karaf in $dir did not stop in 30 s: TERM $pid"
    kill "$pid" 2>/dev/null || true
    for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
}

# wait_200 URL TIMEOUT_S : polls every 20 ms until URL answers 200; prints the ms waited, returns 1 on time-out
wait_200() {
    local url="$1" timeout_ms=$(( ${2:-$BOOT_TIMEOUT_S} * 1000 )) t0 t
    t0="$(now_ms)"
    while :; do
        [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url" 2>/dev/null || true)" = 200 ] && break
        t="$(now_ms)"
        if [ $(( t - t0 )) -ge "$timeout_ms" ]; then echo $(( t - t0 )); return 1; fi
        sleep 0.02
    done
    echo $(( $(now_ms) - t0 ))
}

# wait_catalog URL TIMEOUT_S : polls until the exercise list is not empty ("total":0 absent); prints ms waited
wait_catalog() {
    local url="$1" timeout_ms=$(( ${2:-$BOOT_TIMEOUT_S} * 1000 )) t0 t body
    t0="$(now_ms)"
    while :; do
        body="$(curl -s -m 2 "$url" 2>/dev/null || true)"
        case "$body" in *'"items":['*) case "$body" in *'"total":0,'*) ;; *) break ;; esac ;; esac
        t="$(now_ms)"
        if [ $(( t - t0 )) -ge "$timeout_ms" ]; then echo $(( t - t0 )); return 1; fi
        sleep 0.02
    done
    echo $(( $(now_ms) - t0 ))
}

# rss_kib PID : VmRSS of a process in KiB
rss_kib() { awk '/^VmRSS:/{print $2}' "/proc/$1/status"; }

# A pack file to hot-deploy: prints "FILE PACK_ID". The example desk-break pack of the repository when it is there
# and parses, else the small pack of benchmarks/fixtures.
pick_pack() {
    local f="$REPO_DIR/bundles/org.limber.pack.deskbreak/src/main/resources/pack/desk-break.pack.json"
    if [ -f "$f" ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["id"]=="desk-break" and d["exercises"]' "$f" 2>/dev/null; then
        echo "$f desk-break"
    else
        echo "$BENCH_DIR/fixtures/bench-mini.pack.json bench-mini"
    fi
}

# pack_visible PORT ID : whether GET /api/v1/exercises?pack=ID lists at least one exercise
pack_visible() {
    local body
    body="$(curl -s -m 2 "http://127.0.0.1:$1/api/v1/exercises?pack=$2" 2>/dev/null || true)"
    case "$body" in *'"items":[{'*) return 0 ;; *) return 1 ;; esac
}

# pack_gone PORT ID : whether the list for that pack answers 200 and is empty
pack_gone() {
    local body
    body="$(curl -s -m 2 "http://127.0.0.1:$1/api/v1/exercises?pack=$2" 2>/dev/null || true)"
    case "$body" in *'"items":[]'*) return 0 ;; *) return 1 ;; esac
}

# Ensures the baseline jar exists (builds the module once when it does not).
require_baseline_jar() {
    if [ ! -f "$BASELINE_JAR" ]; then
        log "building the baseline jar (mvn -B -q package -f benchmarks/pom.xml)"
        (cd "$REPO_DIR" && mvn -B -q package -f benchmarks/pom.xml) >&2 || die "baseline build failed"
    fi
}

track_pid() { _BENCH_PIDS+=("$1"); }

machine_info() {
    echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB memory, $(uname -r)"
    echo "java: $(java -version 2>&1 | head -1) ($(java -version 2>&1 | sed -n 2p))"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
}

bench_cleanup() {
    local rc=$? d p
    for p in "${_BENCH_PIDS[@]}"; do
        if kill -0 "$p" 2>/dev/null; then kill "$p" 2>/dev/null || true; fi
    done
    for d in "${_BENCH_KARAFS[@]}"; do karaf_stop "$d"; done
    for p in "${_BENCH_PIDS[@]}"; do
        sleep 0.2; kill -0 "$p" 2>/dev/null && kill -9 "$p" 2>/dev/null || true
    done
    if [ -z "${BENCH_KEEP:-}" ] && [ -d "$BENCH_WORK" ] && [[ "$BENCH_WORK" == /tmp/* ]]; then rm -rf "$BENCH_WORK"; fi
    return "$rc"
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
