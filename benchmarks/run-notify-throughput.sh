#!/usr/bin/env bash
# Measures how fast the platform handles the payment channels' notifies, signature verification
# included, and writes benchmarks/results/notify-throughput.md with the machine, the date, the command,
# the load and the numbers:
#   1. builds (./mvnw -q -DskipTests install at the root, then the benchmarks module);
#   2. JMH NotifyVerificationBenchmark: one notify's verification in-process with the official SDKs
#      (Alipay rsaCheckV1; WeChat Pay NotificationParser.parse), run before the platform starts;
#   3. starts the platform (./cloudtrade --data-dir=target/bench-data --fresh --port=18090 plus
#      PLATFORM_ARGS) in the background, waits for "CloudTrade is ready", runs NotifyThroughputDriver
#      (set-up of the QR payments, not measured; then first notifies, replays and forged ones per
#      channel, closed loop; then the check that every payment is Succeeded), then stops the platform
#      with SIGTERM and waits for it to exit.
#
# Usage: benchmarks/run-notify-throughput.sh [--skip-install]
#   --skip-install  do not run the root install; start the launcher jar already built
#                   (java -jar launcher/target/cloudtrade-launcher.jar, which is what ./cloudtrade runs,
#                   without its rebuild-if-stale check)
# Environment (defaults): DRIVER_PAYMENTS=2000 (measured QR payments per channel) DRIVER_WARMUP_PAYMENTS=200
#   DRIVER_CONCURRENCY=8 DRIVER_CHANNELS=Alipay,WechatPay DRIVER_PAUSE=5 (seconds between runs)
#   DRIVER_ORDER_FIELDS='{"payNow":false}' (what POST /api/orders needs to leave the order unpaid)
#   JMH_ARGS="-f 1 -wi 3 -i 5 -w 1s -r 1s"
#   PLATFORM_ARGS="--cloudtrade.payment.janitor-min-age=PT1H" (keeps the payment janitor from re-querying the
#   set-up's open QR payments at the sandboxes during the run; PLATFORM_ARGS= runs the platform as configured)
#   BENCH_PORT=18090 PORT_WAIT_SECONDS=300 READY_TIMEOUT_SECONDS=600 STOP_TIMEOUT_SECONDS=180
#
# The embedded servers use fixed ports (ZooKeeper 12181, MariaDB 13306, Redis 16379, RocketMQ 19876 and
# 10911, the Alipay and WeChat Pay sandboxes 18081 and 18082): if any of them (or the gateway port) is
# taken, the script waits up to PORT_WAIT_SECONDS, then gives up without starting anything. Whatever it
# started is stopped on exit, failure or Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

SKIP_INSTALL=false
for arg in "$@"; do
  case "$arg" in
    --skip-install) SKIP_INSTALL=true ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run-notify-throughput: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

# the command as run, with every environment override (read before the defaults below are filled in)
COMMAND="benchmarks/run-notify-throughput.sh${*:+ $*}"
for v in BENCH_PORT DRIVER_PAYMENTS DRIVER_WARMUP_PAYMENTS DRIVER_CONCURRENCY DRIVER_CHANNELS DRIVER_PAUSE DRIVER_ORDER_FIELDS \
    JMH_ARGS PLATFORM_ARGS JAVA_OPTS; do
  if [ -n "${!v+set}" ]; then COMMAND="$v='${!v}' $COMMAND"; fi
done

PORT=${BENCH_PORT:-18090}
PAYMENTS=${DRIVER_PAYMENTS:-2000}
WARMUP_PAYMENTS=${DRIVER_WARMUP_PAYMENTS:-200}
CONCURRENCY=${DRIVER_CONCURRENCY:-8}
CHANNELS=${DRIVER_CHANNELS:-Alipay,WechatPay}
PAUSE=${DRIVER_PAUSE:-5}
ORDER_FIELDS=${DRIVER_ORDER_FIELDS:-'{"payNow":false}'}
JMH_ARGS=${JMH_ARGS:--f 1 -wi 3 -i 5 -w 1s -r 1s}
PLATFORM_ARGS=${PLATFORM_ARGS---cloudtrade.payment.janitor-min-age=PT1H}
PORT_WAIT=${PORT_WAIT_SECONDS:-300}
READY_TIMEOUT=${READY_TIMEOUT_SECONDS:-600}
STOP_TIMEOUT=${STOP_TIMEOUT_SECONDS:-180}
FIXED_PORTS="12181 13306 16379 19876 10911 18081 18082 $PORT"

WORK=benchmarks/target/notify-throughput
RESULTS=benchmarks/results/notify-throughput.md
JAR=benchmarks/target/benchmarks.jar
DATA_DIR=target/bench-data
mkdir -p "$WORK" benchmarks/results

BENCH_NAME=run-notify-throughput
# shellcheck source=benchmarks/bench-common.sh
. benchmarks/bench-common.sh

SAMPLER_PID=""
stop_sampler() {
  [ -n "$SAMPLER_PID" ] || return 0
  kill "$SAMPLER_PID" 2>/dev/null || true
  wait "$SAMPLER_PID" 2>/dev/null || true
  SAMPLER_PID=""
}
trap 'stop_sampler; stop_platform' EXIT
trap 'exit 130' INT TERM

LOAD_BEFORE=$(loadavg)
BUSY_BEFORE=$(busiest)
STARTED_AT=$(date -u '+%Y-%m-%d %H:%M:%S UTC')

# ---------------------------------------------------------------- 1. build
build_and_locate_launcher
# shellcheck disable=SC2206 # PLATFORM_ARGS is a list of --key=value words
LAUNCH+=($PLATFORM_ARGS)

# ---------------------------------------------------------------- 2. JMH, in-process
log "JMH NotifyVerificationBenchmark: $JMH_ARGS"
java -jar "$JAR" NotifyVerificationBenchmark $JMH_ARGS -bm avgt -tu us 2>&1 | tee "$WORK/jmh-avgt.log" >&2
JMH_AVGT=$(sed -n '/^Benchmark .*Mode/,$p' "$WORK/jmh-avgt.log")
[ -n "$JMH_AVGT" ] || { log "JMH printed no result table: see $WORK/jmh-avgt.log"; exit 1; }
LOAD_AFTER_JMH=$(loadavg)

# ---------------------------------------------------------------- 3. the platform and the load driver
start_platform

# the 1-minute load average every 5 s while the driver runs
: >"$WORK/load-samples"
( while true; do cut -d' ' -f1 /proc/loadavg >>"$WORK/load-samples"; sleep 5; done ) &
SAMPLER_PID=$!

DRIVER=(java -cp "$JAR" io.cloudtrade.benchmarks.NotifyThroughputDriver "--url=http://127.0.0.1:$PORT" "--data-dir=$DATA_DIR"
  "--payments=$PAYMENTS" "--warmup-payments=$WARMUP_PAYMENTS" "--concurrency=$CONCURRENCY" "--channels=$CHANNELS" "--pause=$PAUSE"
  "--order-fields=$ORDER_FIELDS" "--platform-session=$PLATFORM_PID" "--clock-ticks=$(getconf CLK_TCK)")
log "NotifyThroughputDriver: ${DRIVER[*]}"
set +e
"${DRIVER[@]}" 2>&1 | tee "$WORK/driver.log" >&2
DRIVER_EXIT=${PIPESTATUS[0]}
set -e
stop_sampler
if [ "$DRIVER_EXIT" -ne 0 ]; then
  log "the driver failed (exit $DRIVER_EXIT): see $WORK/driver.log and $WORK/platform.log; no results written"
  exit 1
fi

stop_platform
STILL_BUSY=$(ports_in_use)
LOAD_AFTER=$(loadavg)
BUSY_AFTER=$(busiest)
FINISHED_AT=$(date -u '+%Y-%m-%d %H:%M:%S UTC')
LOAD_DURING=$(sort -n "$WORK/load-samples" | awk '{v[NR]=$1; s+=$1} END {if (NR) printf "min %s, mean %.2f, max %s (%d samples)", v[1], s/NR, v[NR], NR; else print "no samples"}')
LOAD_MAX=$(sort -n "$WORK/load-samples" | tail -1)

# ---------------------------------------------------------------- 4. the results file
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
ROWS=$(grep '^RESULT ' "$WORK/driver.log" || true)
CHECK=$(grep '^CHECK ' "$WORK/driver.log" | tail -1 || true)
SETUP=$(grep 'set-up done' "$WORK/driver.log" | sed 's/^ *//' || true)
[ -n "$ROWS" ] && [ -n "$CHECK" ] || { log "the driver printed no RESULT or CHECK line: see $WORK/driver.log"; exit 1; }

DRIVER_TABLE="| phase | channel | notifies | s | notifies/s | p50 ms | p90 ms | p99 ms | max ms | mean ms | answers (HTTP status x count) | unexpected | errors | platform CPU ms/notify | other processes, cores |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |"
while read -r row; do
  [ -n "$row" ] || continue
  DRIVER_TABLE="$DRIVER_TABLE
| $(field "$row" phase) | $(field "$row" channel) | $(field "$row" notifies) | $(field "$row" seconds) | $(field "$row" rate) | $(field "$row" p50_ms) | $(field "$row" p90_ms) | $(field "$row" p99_ms) | $(field "$row" max_ms) | $(field "$row" mean_ms) | $(field "$row" statuses | tr ',' ' ') | $(field "$row" unexpected) | $(field "$row" errors) | $(field "$row" platform_cpu_ms_per_notify) | $(field "$row" other_cores) |"
done <<<"$ROWS"

# the Score column of a JMH row: the field before "±", or before the unit when there is no error column
jmh_score() {
  awk -v m="$1" -v c="$2" -v n="$3" '$1 == "NotifyVerificationBenchmark." m && $2 == c && $3 == n {
    for (i = 5; i < NF; i++) if ($(i + 1) == "±") { print $i; exit }
    print $(NF - 1); exit }' <<<"$JMH_AVGT"
}
row_of() { grep " phase=$1 channel=$2 " <<<"$ROWS" | head -1; }
UNEXPECTED_TOTAL=$(grep -o ' unexpected=[0-9]*' <<<"$ROWS" | awk -F= '{s+=$2} END {print s+0}')
ERRORS_TOTAL=$(grep -o ' errors=[0-9]*' <<<"$ROWS" | awk -F= '{s+=$2} END {print s+0}')
OTHER_MAX=$(grep -o ' other_cores=[0-9.]*' <<<"$ROWS" | awk -F= 'BEGIN {m = 0} {if ($2 + 0 > m) m = $2 + 0} END {printf "%.2f", m}')

READING=""
for c in $(tr ',' ' ' <<<"$CHANNELS"); do
  key=$( [ "$c" = Alipay ] && echo alipay || echo wechatpay )
  first=$(row_of first "$c"); replay=$(row_of replay "$c"); forged=$(row_of forged "$c")
  READING="$READING$(awk -v c="$c" -v sdk="$(jmh_score sdkVerify "$key" genuine)" -v jdk="$(jmh_score jdkRsaVerify "$key" genuine)" \
    -v r1="$(field "$first" rate)" -v p50="$(field "$first" p50_ms)" -v p99="$(field "$first" p99_ms)" \
    -v cpu1="$(field "$first" platform_cpu_ms_per_notify)" -v r2="$(field "$replay" rate)" -v cpu2="$(field "$replay" platform_cpu_ms_per_notify)" \
    -v r3="$(field "$forged" rate)" -v cpu3="$(field "$forged" platform_cpu_ms_per_notify)" -v conc="$CONCURRENCY" 'BEGIN {
      printf "%s: verifying one notify with the SDK takes %.0f us in-process (%.0f us of it the RSA verify alone). ", c, sdk, jdk;
      printf "Through the platform, with %s concurrent senders, first notifies (each a settlement) are handled at %.0f/s (median %.1f ms, p99 %.1f ms)", conc, r1, p50, p99;
      if (cpu1 == cpu1 + 0 && cpu1 > 0) printf ", about %.1f CPU-ms of the platform per notify, of which the verification is %.1f%%", cpu1, 100 * sdk / 1000 / cpu1;
      printf "; replays at %.0f/s%s; forged ones are refused at %.0f/s%s.", r2, (cpu2 > 0 ? sprintf(" (%.1f CPU-ms each)", cpu2) : ""), r3, (cpu3 > 0 ? sprintf(" (%.1f CPU-ms each)", cpu3) : "");
    }')"$'\n\n'
done
READING="$READING$(awk -v nproc="$(nproc)" -v un="$UNEXPECTED_TOTAL" -v er="$ERRORS_TOTAL" -v chk="$CHECK" -v lb="$LOAD_BEFORE" -v lmax="$LOAD_MAX" -v omax="$OTHER_MAX" 'BEGIN {
    split(chk, f, " "); for (i in f) { split(f[i], kv, "="); v[kv[1]] = kv[2] }
    printf "The driver, the gateway, the payment server, the database and the rest of the platform share this %s-core machine, so these figures are what this machine sustains, not a capacity of the design. ", nproc;
    printf "%s. ", (un + er == 0 ? "Every answer was the one the channel expects (success for genuine notifies and replays, a refusal for every forged one)" : un " answers were not what the channel expects and " er " requests got no answer: see the table and the driver log");
    printf "%s of %s payments were Succeeded at the end%s. ", v["succeeded"], v["payments"], (v["not_succeeded"] == 0 ? "" : " (" v["statuses"] ")");
    split(lb, b, " ");
    printf "During the measured runs other processes used at most %.2f of the %s cores (the machine'"'"'s busy time less the platform'"'"'s and the driver'"'"'s); the 1-minute load average was %s before the run and at most %s while the driver ran, which counts the run'"'"'s own runnable threads (the senders, the platform'"'"'s request threads, mysqld). ", omax, nproc, b[1], lmax;
    if (omax + 0 > 0.2) printf "Other work was competing for the cores during the measured runs, so these numbers are pessimistic and noisy; compare runs on an idle machine only.";
    else printf "The measured runs had the cores to themselves%s.", (b[1] + 0 > 0.5 ? " (the JMH part ran while the load average was " b[1] ": see the busiest processes before the run)" : "");
  }')"

CPU_MODEL=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
MEM_TOTAL=$(free -m | awk '/^Mem:/ {printf "%.1f GiB", $2 / 1024}')
JAVA_VERSION=$(java -version 2>&1 | head -1)

{
  echo "# Payment-notify throughput (with signature verification)"
  echo
  echo "Produced by \`benchmarks/run-notify-throughput.sh\`; rerun it to refresh this file (it is overwritten)."
  echo
  echo "## Run"
  echo
  echo "| | |"
  echo "| --- | --- |"
  echo "| date | $STARTED_AT to $FINISHED_AT |"
  echo "| command | \`$COMMAND\` (from the repository root) |"
  echo "| machine | $(nproc) CPUs ($CPU_MODEL), $MEM_TOTAL memory, $(uname -sr) |"
  echo "| java | $JAVA_VERSION |"
  echo "| load average (1/5/15 min) | before: $LOAD_BEFORE; after JMH: $LOAD_AFTER_JMH; after: $LOAD_AFTER |"
  echo "| 1-min load average while the driver ran | $LOAD_DURING |"
  echo "| busiest processes (%CPU) | before: $BUSY_BEFORE; after: $BUSY_AFTER |"
  echo "| build | \`$INSTALL_CMD\`, then \`$PACKAGE_CMD\` |"
  echo "| platform | \`${LAUNCH[*]}\` (launcher jar built $LAUNCHER_JAR_DATE), ready after ${READY_SECONDS}s; stopped by SIGTERM, exit status $PLATFORM_EXIT$([ "$PLATFORM_EXIT" = 143 ] && echo ' (128 + SIGTERM: the JVM'"'"'s normal exit on it)'); ports still listening afterwards: ${STILL_BUSY:-none} |"
  echo "| driver | \`${DRIVER[*]}\` |"
  echo
  echo "## In-process: JMH \`NotifyVerificationBenchmark\`"
  echo
  echo "\`java -jar $JAR NotifyVerificationBenchmark $JMH_ARGS -bm avgt -tu us\`, run before the platform started (one thread:"
  echo "1e6 / score = verifications per second per core). \`sdkVerify\`: Alipay \`AlipaySignature.rsaCheckV1\` of a"
  echo "\`trade_status_sync\` form as \`AlipayChannel.verify\` calls it (a copy of the form, the public key as configured);"
  echo "WeChat Pay \`NotificationParser.parse(..., Transaction.class)\` with \`RSAPublicKeyConfig\` as \`WechatPayChannel.verify\`"
  echo "calls it (RSA verify, AES-256-GCM decrypt, JSON). \`jdkRsaVerify\`: the bare SHA256withRSA verify of the same bytes."
  echo "\`genuine\`: signed with the channel's key; \`forged\`: the same notify signed with another key (refused)."
  echo
  echo '```'
  echo "$JMH_AVGT"
  echo '```'
  echo
  echo "## Over HTTP: \`NotifyThroughputDriver\`, \`POST http://127.0.0.1:$PORT/notify/{alipay,wechatpay}\`"
  echo
  echo "Set-up (not measured): $PAYMENTS + $WARMUP_PAYMENTS (warm-up) unpaid ECS orders per channel, each with a QR payment"
  echo "(\`POST /api/orders\` with \`$ORDER_FIELDS\`, then \`POST /api/orders/{id}/channel-payments\`), and their notifies signed"
  echo "with the sandboxes' keys from \`$DATA_DIR/channels/\`; ${SETUP:-see the driver log}. Warm-up (not recorded): the warm-up"
  echo "payments' notifies, first, replayed and forged. Then, per channel, closed loop with $CONCURRENCY workers: \`first\`"
  echo "(each payment's notify once: a real settlement: verification, match, conditional UPDATE, RocketMQ transactional"
  echo "message), \`replay\` (the same notifies again: verified, answered as accepted, no effect), \`forged\` (the same"
  echo "notifies signed with another key: must be refused); between runs the driver waits ${PAUSE}s, then until the platform"
  echo "uses less than a quarter of a core (at most 60s more). Latency is of every answer (HdrHistogram,"
  echo "3 significant digits), no coordinated-omission correction; an answer the channel would not take as intended (Alipay:"
  echo "\`success\` for a genuine notify, anything else for a forged one; WeChat Pay: 2xx, resp. not 2xx) counts as"
  echo "unexpected; a request without answer as an error. Platform CPU: utime + stime of every process of the platform's"
  echo "session (its JVM, mysqld, redis) during the run, over the notifies; work a settlement starts in the background (the"
  echo "order paid, the instance produced) is counted only as far as it ran within the run. Other processes: the machine's busy"
  echo "time (/proc/stat) during the run less the platform's and the driver's, in cores. The driver runs on the same machine."
  echo
  echo "$DRIVER_TABLE"
  echo
  echo "Check at the end (\`GET /api/payments/{id}\` of every payment): \`$CHECK\`"
  echo
  echo "## Reading"
  echo
  echo "$READING"
} >"$RESULTS"

log "wrote $RESULTS"
if [ "$UNEXPECTED_TOTAL" != 0 ] || [ "$ERRORS_TOTAL" != 0 ]; then log "WARNING: $UNEXPECTED_TOTAL unexpected answers, $ERRORS_TOTAL errors"; fi
if [ -n "$STILL_BUSY" ]; then log "WARNING: ports still listening after the platform stopped: $STILL_BUSY"; fi
