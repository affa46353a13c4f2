#!/usr/bin/env bash
# Measures what a quote costs, and writes benchmarks/results/quote-latency.md with the machine, the
# date, the command and the numbers:
#   1. builds (./mvnw -q -DskipTests install at the root, then the benchmarks module);
#   2. JMH QuoteBenchmark: the catalog's validation + pricing in-process (run before the platform starts,
#      so that the platform's background work stays out of these numbers);
#   3. starts the platform (./cloudtrade --data-dir=target/bench-data --fresh --port=18090) in the
#      background, waits for "CloudTrade is ready", drives POST /api/quotes with QuoteLatencyDriver at
#      each concurrency (default 1 and 8), then stops the platform with SIGTERM and waits for it to exit.
#
# Usage: benchmarks/run-quote-latency.sh [--skip-install]
#   --skip-install  do not run the root install; start the launcher jar already built
#                   (java -jar launcher/target/cloudtrade-launcher.jar, which is what ./cloudtrade runs,
#                   without its rebuild-if-stale check)
# Environment (defaults): DRIVER_DURATION=30 DRIVER_WARMUP=10 (seconds) DRIVER_CONCURRENCY="1 8"
#   DRIVER_SCENARIO=ecs-default DRIVER_MAX_REQUESTS=1000000 JMH_ARGS="-f 1 -wi 3 -i 5 -w 2s -r 2s"
#   BENCH_PORT=18090 PORT_WAIT_SECONDS=300 READY_TIMEOUT_SECONDS=600 STOP_TIMEOUT_SECONDS=180
#
# The embedded servers use fixed ports (ZooKeeper 12181, MariaDB 13306, Redis 16379, RocketMQ 19876 and
# 10911): if any of them (or the gateway port) is taken, the script waits up to PORT_WAIT_SECONDS, then
# gives up without starting anything. Whatever it started is stopped on exit, failure or Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

SKIP_INSTALL=false
for arg in "$@"; do
  case "$arg" in
    --skip-install) SKIP_INSTALL=true ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run-quote-latency: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

# the command as run, with every environment override (read before the defaults below are filled in)
COMMAND="benchmarks/run-quote-latency.sh${*:+ $*}"
for v in BENCH_PORT DRIVER_DURATION DRIVER_WARMUP DRIVER_CONCURRENCY DRIVER_SCENARIO DRIVER_MAX_REQUESTS JMH_ARGS JAVA_OPTS; do
  if [ -n "${!v:-}" ]; then COMMAND="$v=\"${!v}\" $COMMAND"; fi
done

PORT=${BENCH_PORT:-18090}
DURATION=${DRIVER_DURATION:-30}
WARMUP=${DRIVER_WARMUP:-10}
CONCURRENCIES=${DRIVER_CONCURRENCY:-1 8}
SCENARIO=${DRIVER_SCENARIO:-ecs-default}
MAX_REQUESTS=${DRIVER_MAX_REQUESTS:-1000000}
JMH_ARGS=${JMH_ARGS:--f 1 -wi 3 -i 5 -w 2s -r 2s}
PORT_WAIT=${PORT_WAIT_SECONDS:-300}
READY_TIMEOUT=${READY_TIMEOUT_SECONDS:-600}
STOP_TIMEOUT=${STOP_TIMEOUT_SECONDS:-180}
FIXED_PORTS="12181 13306 16379 19876 10911 $PORT"

WORK=benchmarks/target/quote-latency
RESULTS=benchmarks/results/quote-latency.md
JAR=benchmarks/target/benchmarks.jar
DATA_DIR=target/bench-data
mkdir -p "$WORK" benchmarks/results

BENCH_NAME=run-quote-latency
# shellcheck source=benchmarks/bench-common.sh
. benchmarks/bench-common.sh

trap 'stop_platform' EXIT
trap 'exit 130' INT TERM

LOAD_BEFORE=$(loadavg)
BUSY_BEFORE=$(busiest)
STARTED_AT=$(date -u '+%Y-%m-%d %H:%M:%S UTC')

# ---------------------------------------------------------------- 1. build
build_and_locate_launcher

# ---------------------------------------------------------------- 2. JMH, in-process
log "JMH QuoteBenchmark: $JMH_ARGS"
java -jar "$JAR" QuoteBenchmark $JMH_ARGS -bm avgt -tu us 2>&1 | tee "$WORK/jmh-avgt.log" >&2
java -jar "$JAR" QuoteBenchmark $JMH_ARGS -bm thrpt -tu s 2>&1 | tee "$WORK/jmh-thrpt.log" >&2
jmh_table() { sed -n '/^Benchmark .*Mode/,$p' "$1"; }
JMH_AVGT=$(jmh_table "$WORK/jmh-avgt.log")
JMH_THRPT=$(jmh_table "$WORK/jmh-thrpt.log")
[ -n "$JMH_AVGT" ] && [ -n "$JMH_THRPT" ] || { log "JMH printed no result table: see $WORK/jmh-*.log"; exit 1; }

# ---------------------------------------------------------------- 3. the platform and the load driver
start_platform

DRIVER_ROWS=""
for c in $CONCURRENCIES; do
  log "QuoteLatencyDriver at concurrency $c"
  java -cp "$JAR" io.cloudtrade.benchmarks.QuoteLatencyDriver "--url=http://127.0.0.1:$PORT/api/quotes" "--scenario=$SCENARIO" \
    "--concurrency=$c" "--duration=$DURATION" "--warmup=$WARMUP" "--max-requests=$MAX_REQUESTS" | tee "$WORK/driver-c$c.log" >&2
  result=$(grep '^RESULT ' "$WORK/driver-c$c.log" | tail -1)
  DRIVER_ROWS="$DRIVER_ROWS$result"$'\n'
done

stop_platform
STILL_BUSY=$(ports_in_use)
LOAD_AFTER=$(loadavg)
BUSY_AFTER=$(busiest)
FINISHED_AT=$(date -u '+%Y-%m-%d %H:%M:%S UTC')

# ---------------------------------------------------------------- 4. the results file
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
# the Score column: the field before "±", or before the unit when there is no error column (one iteration)
jmh_score() {
  awk -v m="$2" -v s="$3" '$1 == "QuoteBenchmark." m && $2 == s {
    for (i = 4; i < NF; i++) if ($(i + 1) == "±") { print $i; exit }
    print $(NF - 1); exit }' <<<"$1"
}

DRIVER_TABLE="| concurrency | measured s | requests | errors | requests/s | p50 ms | p90 ms | p99 ms | max ms | mean ms |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
while read -r row; do
  [ -n "$row" ] || continue
  DRIVER_TABLE="$DRIVER_TABLE
| $(field "$row" concurrency) | $(field "$row" seconds) | $(field "$row" requests) | $(field "$row" errors) | $(field "$row" rps) | $(field "$row" p50_ms) | $(field "$row" p90_ms) | $(field "$row" p99_ms) | $(field "$row" max_ms) | $(field "$row" mean_ms) |"
done <<<"$DRIVER_ROWS"

first_row=$(sed -n 1p <<<"$DRIVER_ROWS")
last_row=$(grep -v '^$' <<<"$DRIVER_ROWS" | tail -1)
READING=$(awk -v nproc="$(nproc)" \
  -v uc_def="$(jmh_score "$JMH_AVGT" quoteUseCase ecs-default)" -v uc_cus="$(jmh_score "$JMH_AVGT" quoteUseCase ecs-custom)" \
  -v dom_def="$(jmh_score "$JMH_AVGT" resolveAndPrice ecs-default)" \
  -v thr_def="$(jmh_score "$JMH_THRPT" quoteUseCase ecs-default)" \
  -v c1="$(field "$first_row" concurrency)" -v r1="$(field "$first_row" rps)" -v p50_1="$(field "$first_row" p50_ms)" \
  -v cn="$(field "$last_row" concurrency)" -v rn="$(field "$last_row" rps)" -v p50_n="$(field "$last_row" p50_ms)" \
  -v p99_n="$(field "$last_row" p99_ms)" -v errs="$(grep -o ' errors=[0-9]*' <<<"$DRIVER_ROWS" | awk -F= '{s+=$2} END {print s+0}')" \
  -v lb="$LOAD_BEFORE" -v la="$LOAD_AFTER" -v scen="$SCENARIO" 'BEGIN {
    split(lb, b, " "); split(la, a, " ");
    printf "In-process, the catalog quotes the default ECS configuration in %.1f us (the use case: lookup, validation, pricing, the API Quote; %.1f us of it is the domain resolve + price) and the full custom 3-year configuration in %.1f us, i.e. about %.0f quotes/s on one thread. ", uc_def, dom_def, uc_cus, thr_def;
    printf "Over HTTP (the gateway: Tomcat, JSON, a Dubbo call over loopback to the catalog server, and back), one client at a time (%s) gets a median of %.2f ms at %.0f requests/s, so the catalog'"'"'s own work is about %.1f%% of the time a client waits: the rest is the transport and the frameworks. ", scen, p50_1, r1, 100 * uc_def / 1000 / p50_1;
    if (cn != c1) printf "With %s clients the throughput is %.0f requests/s (x%.1f) for a median of %.2f ms and a p99 of %.2f ms; on this %s-core machine the driver, the gateway, the catalog server and the rest of the platform share the same cores, so this is what this machine sustains, not a capacity of the design. ", cn, rn, rn / r1, p50_n, p99_n, nproc;
    printf "%s. ", (errs == 0 ? "Every answer was the expected one (no errors)" : errs " answers were errors: see the driver logs");
    if (b[1] + 0 > 0.5 || a[1] + 0 > 0.5 * nproc) printf "Other work was running on the machine (load average %s before, %s after, on %s cores; busiest processes in the table above), so these numbers are pessimistic and noisy; compare runs on an idle machine only.", b[1], a[1], nproc;
    else printf "The machine was otherwise idle (load average %s before the run).", b[1];
  }')

CPU_MODEL=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
MEM_TOTAL=$(free -m | awk '/^Mem:/ {printf "%.1f GiB", $2 / 1024}')
JAVA_VERSION=$(java -version 2>&1 | head -1)

{
  echo "# Quote latency"
  echo
  echo "Produced by \`benchmarks/run-quote-latency.sh\`; rerun it to refresh this file (it is overwritten)."
  echo
  echo "## Run"
  echo
  echo "| | |"
  echo "| --- | --- |"
  echo "| date | $STARTED_AT to $FINISHED_AT |"
  echo "| command | \`$COMMAND\` (from the repository root) |"
  echo "| machine | $(nproc) CPUs ($CPU_MODEL), $MEM_TOTAL memory, $(uname -sr) |"
  echo "| java | $JAVA_VERSION |"
  echo "| load average (1/5/15 min) | before: $LOAD_BEFORE; after: $LOAD_AFTER |"
  echo "| busiest processes (%CPU) | before: $BUSY_BEFORE; after: $BUSY_AFTER |"
  echo "| build | \`$INSTALL_CMD\`, then \`$PACKAGE_CMD\` |"
  echo "| platform | \`${LAUNCH[*]}\` (launcher jar built $LAUNCHER_JAR_DATE), ready after ${READY_SECONDS}s; stopped by SIGTERM, exit status $PLATFORM_EXIT$([ "$PLATFORM_EXIT" = 143 ] && echo ' (128 + SIGTERM: the JVM'"'"'s normal exit on it)'); ports still listening afterwards: ${STILL_BUSY:-none} |"
  echo
  echo "## In-process: JMH \`QuoteBenchmark\`"
  echo
  echo "\`java -jar $JAR QuoteBenchmark $JMH_ARGS -bm avgt -tu us\` and the same with \`-bm thrpt -tu s\`, run before the platform"
  echo "started. \`quoteUseCase\` is \`QuoteConfiguration.quote\` over the server's \`CatalogSnapshots\` (what one"
  echo "\`CatalogService.quote\` costs the catalog server); \`resolveAndPrice\` is \`ProductCatalog.resolve\` + \`Pricing.price\`."
  echo "Scenarios: \`ecs-default\` (empty config, 1 Month, 361.00 CNY), \`ecs-custom\` (every attribute, 3 Year with the"
  echo "yearly discount, 103560.00 CNY), \`ecs-invalid\` (breaks all four ECS rules: a rejection). The catalog is the demo"
  echo "catalog of \`V2__demo_catalog.sql\`, built in memory (\`DemoCatalog\`); each benchmark checks its answer first."
  echo
  echo '```'
  echo "$JMH_AVGT"
  echo
  echo "$JMH_THRPT"
  echo '```'
  echo
  echo "## Over HTTP: \`QuoteLatencyDriver\`, \`POST http://127.0.0.1:$PORT/api/quotes\`"
  echo
  echo "Scenario \`$SCENARIO\`; closed loop (each client thread waits for its answer before sending the next);"
  echo "${WARMUP}s warm-up not recorded, then ${DURATION}s measured (at most $MAX_REQUESTS requests). Latency is of the"
  echo "expected answers only (HdrHistogram, 3 significant digits), no coordinated-omission correction. The driver runs on"
  echo "the same machine as the platform."
  echo
  echo "$DRIVER_TABLE"
  echo
  echo "## Reading"
  echo
  echo "$READING"
} >"$RESULTS"

log "wrote $RESULTS"
if [ -n "$STILL_BUSY" ]; then log "WARNING: ports still listening after the platform stopped: $STILL_BUSY"; fi
