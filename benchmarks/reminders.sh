#!/usr/bin/env bash
# Reminder scheduler: 100,000 users with three reminders a day each, 10,000 of them due at the same minute, on
# SQLite (as shipped: WAL, synchronous=FULL) and on PostgreSQL (a throwaway local cluster, fsync and
# synchronous_commit on, HikariCP pool of 10). The reminder engine runs as the distribution runs it (its scheduler
# thread, default settings, the JVM heap of bin/setenv) in a plain JVM with Limber's own storage, and delivers to a
# no-op channel. Prints the lateness of delivery (p50/p99/max: the channel receiving a reminder minus its due time),
# the time until every attempt is recorded, and the heap after GC before the engine starts, idle, and after the burst.
#
#   benchmarks/reminders.sh
#   DIALECTS=sqlite USERS=20000 ROUNDS=1 benchmarks/reminders.sh
#
# Needs org.limber.reminder and org.limber.storage installed in the local Maven repository
# (mvn -o install -DskipTests -pl bundles/org.limber.reminder,bundles/org.limber.storage -am) and, for PostgreSQL,
# Debian's postgresql server binaries (initdb, pg_ctl), run as the postgres user when this runs as root.
# Output also goes to benchmarks/results/reminders-<date>.txt.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

DIALECTS="${DIALECTS:-sqlite postgresql}"
USERS="${USERS:-100000}"
ROUNDS="${ROUNDS:-3}"
# seconds from the start of a round to the due minute (at least; rounded up to a whole minute)
LEAD_S="${LEAD_S:-30}"
# the shipped bin/setenv heap settings
JVM_OPTS="${JVM_OPTS:--Xms32m -Xmx128m -XX:+UseSerialGC -Xss512k}"

OUT="$RESULTS_DIR/reminders-$(date +%Y%m%d-%H%M%S).txt"
exec > >(tee -a "$OUT") 2>&1
echo "# reminders.sh $(date -u +%Y-%m-%dT%H:%M:%SZ)"
machine_info
echo "users: $USERS (a tenth due at one minute); rounds: $ROUNDS; JVM: $JVM_OPTS"

( cd "$REPO_DIR" && mvn -B -q -o compile -pl benchmarks ) >"$BENCH_WORK/mvn.log" 2>&1 \
    || { cat "$BENCH_WORK/mvn.log"; die "benchmarks module does not compile"; }
CP_FILE="$BENCH_WORK/classpath.txt"
( cd "$REPO_DIR" && mvn -B -q -o dependency:build-classpath -pl benchmarks -Dmdep.outputFile="$CP_FILE" ) >/dev/null \
    || die "no classpath: install org.limber.reminder and org.limber.storage first"
CP="$BENCH_DIR/target/classes:$(cat "$CP_FILE")"
load() { java $JVM_OPTS -cp "$CP" org.limber.benchmarks.ReminderLoad "$@"; }

PG_DIR="$BENCH_WORK/pg"
pg_as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
psql_limber() { PGPASSWORD=limber-bench "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U limber "$@"; }
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
    echo "postgresql: $("$bin/postgres" --version), fsync=$(psql_limber -d postgres -Atc 'SHOW fsync'), synchronous_commit=$(psql_limber -d postgres -Atc 'SHOW synchronous_commit')"
}
stop_postgres() { [ -f "$PG_DIR/data/postmaster.pid" ] && pg_as "$(pg_bin)/pg_ctl" stop -D "$PG_DIR/data" -m fast -w -s || true; }
trap 'stop_postgres; bench_cleanup' EXIT

for dialect in $DIALECTS; do
    if [ "$dialect" = postgresql ]; then start_postgres; fi
    for round in $(seq 1 "$ROUNDS"); do
        echo "== $dialect, round $round (load average $(cut -d' ' -f1-3 /proc/loadavg))"
        prefix="${dialect^^}_"
        if [ "$dialect" = sqlite ]; then
            rm -rf "$BENCH_WORK/sqlite"; mkdir -p "$BENCH_WORK/sqlite"
            load sqlite "$BENCH_WORK/sqlite/limber.db" "$USERS" "$LEAD_S" | sed "s/^REMINDERS_/$prefix/"
        else
            psql_limber -d postgres -qc "DROP DATABASE IF EXISTS limber" -qc "CREATE DATABASE limber" >/dev/null 2>&1
            load postgresql "jdbc:postgresql://127.0.0.1:$PG_PORT/limber" limber limber-bench "$USERS" "$LEAD_S" \
                | sed "s/^REMINDERS_/$prefix/"
        fi
    done
    if [ "$dialect" = postgresql ]; then stop_postgres; fi
done
echo "# done $(date -u +%Y-%m-%dT%H:%M:%SZ); load average $(cut -d' ' -f1-3 /proc/loadavg)"
