#!/usr/bin/env bash
# Journal writes: first this disk's fsync rate (SQLite has no group commit, so durable writes per second are bounded
# by it), then check-in writes through the REST API (POST /api/v1/journal/check-ins, one durable commit each) from
# 32 signed-in users at once, on SQLite (as shipped: WAL, synchronous=FULL) and on PostgreSQL (fsync and
# synchronous_commit on, a throwaway local cluster): open loop at 200 writes/s (p50/p99 latency from each write's
# scheduled time) and closed loop (the throughput ceiling).
#
#   benchmarks/journal.sh
#   DIALECTS=sqlite RATE=200 SECONDS_EACH=20 benchmarks/journal.sh
#
# Needs the distribution tarball and target/limber-benchmarks-baseline.jar (mvn -pl benchmarks package); PostgreSQL
# runs need Debian's postgresql server binaries (initdb, pg_ctl), run as the postgres user when this runs as root.
# Output also goes to benchmarks/results/journal-<date>.txt.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

DIALECTS="${DIALECTS:-sqlite postgresql}"
CLIENTS="${CLIENTS:-32}"
RATE="${RATE:-200}"
SECONDS_EACH="${SECONDS_EACH:-20}"
ADMIN_PASSWORD="bench-admin-9Wv#"
[ -f "$BASELINE_JAR" ] || die "$BASELINE_JAR is missing: mvn -B -q package -pl benchmarks"
load() { java -cp "$BASELINE_JAR" org.limber.benchmarks.JournalLoad "$@"; }

OUT="$RESULTS_DIR/journal-$(date +%Y%m%d-%H%M%S).txt"
exec > >(tee -a "$OUT") 2>&1
echo "# journal.sh $(date -u +%Y-%m-%dT%H:%M:%SZ)"
machine_info
require_tarball
echo "tarball: $TARBALL_SOURCE"
echo "clients: $CLIENTS; open-loop rate: $RATE/s; $SECONDS_EACH s per run"

# setup_admin DIR BASE : creates the first administrator with the set-up token from the log
setup_admin() {
    local dir="$1" base="$2" token i
    for i in $(seq 1 250); do
        token="$(grep -ho 'Limber set-up token: [A-Za-z0-9_-]*' "$dir"/data/log/karaf.log* 2>/dev/null | tail -1 | awk '{print $4}')"
        [ -n "$token" ] && break
        sleep 0.2
    done
    [ -n "$token" ] || die "no set-up token in $dir/data/log/karaf.log"
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d "{\"token\":\"$token\",\"username\":\"bench-admin\",\"password\":\"$ADMIN_PASSWORD\"}" \
        "$base/api/v1/auth/setup")" = 201 ] || die "set-up failed"
}

STORAGE_DIR="$BENCH_WORK/fsync"; mkdir -p "$STORAGE_DIR"
java -cp "$BASELINE_JAR" org.limber.benchmarks.FsyncRate "$STORAGE_DIR" 10

PG_DIR="$BENCH_WORK/pg"
pg_as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
start_postgres() {
    local bin; bin="$(pg_bin)"; [ -n "$bin" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql"
    alloc_port PG_PORT
    mkdir -p "$PG_DIR"
    # the postgres user must reach its folder (mktemp made the work folder private to us)
    if [ "$(id -u)" = 0 ]; then chmod 755 "$BENCH_WORK"; chown postgres "$PG_DIR"; fi
    echo "limber-bench" > "$PG_DIR/pgpass"; chmod 644 "$PG_DIR/pgpass"
    pg_as "$bin/initdb" -D "$PG_DIR/data" -U limber --pwfile="$PG_DIR/pgpass" -A scram-sha-256 --no-sync >/dev/null
    pg_as "$bin/pg_ctl" start -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -s \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1"
    PGPASSWORD=limber-bench "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U limber -d postgres -qc "CREATE DATABASE limber" >/dev/null
    echo "postgresql: $("$bin/postgres" --version), fsync=$(PGPASSWORD=limber-bench "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U limber -d limber -Atc 'SHOW fsync'), synchronous_commit=$(PGPASSWORD=limber-bench "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U limber -d limber -Atc 'SHOW synchronous_commit')"
}
stop_postgres() { [ -d "$PG_DIR/data" ] && pg_as "$(pg_bin)/pg_ctl" stop -D "$PG_DIR/data" -m fast -w -s || true; }
trap 'stop_postgres; bench_cleanup' EXIT

for dialect in $DIALECTS; do
    DIR="$BENCH_WORK/journal-$dialect/limber"
    unset HTTP_PORT SSH_PORT
    unpack "$DIR"
    if [ "$dialect" = postgresql ]; then
        start_postgres
        cat > "$DIR/etc/org.ops4j.datasource-limber.cfg" <<CFG
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
dataSourceName = limber
url = jdbc:postgresql://127.0.0.1:$PG_PORT/limber
user = limber
password = limber-bench
pool = hikari
xa = false
hikari.maximumPoolSize = 10
CFG
        sed -i -E 's/^(featuresBoot *= *)/\1limber-storage-postgresql, /' "$DIR/etc/org.apache.karaf.features.cfg"
    fi
    BASE="http://127.0.0.1:$HTTP_PORT"
    karaf_start "$DIR"
    wait_200 "$BASE/api/v1/health" >/dev/null || die "$dialect: Limber did not become healthy"
    setup_admin "$DIR" "$BASE"
    echo "== $dialect: open loop, $CLIENTS clients, $RATE writes/s"
    load "$BASE" bench-admin "$ADMIN_PASSWORD" "$CLIENTS" "$RATE" "$SECONDS_EACH" | sed "s/^JOURNAL_/${dialect^^}_OPEN_/"
    echo "== $dialect: closed loop, $CLIENTS clients"
    # the same users again (creating them answers 409, they sign in as before)
    load "$BASE" bench-admin "$ADMIN_PASSWORD" "$CLIENTS" 0 "$SECONDS_EACH" 2>&1 | sed "s/^JOURNAL_/${dialect^^}_CLOSED_/" || true
    karaf_stop "$DIR"
    if [ "$dialect" = postgresql ]; then stop_postgres; fi
done
