# Shared by the benchmarks/run-*.sh scripts; sourced, not run. Before sourcing, a script sets
# BENCH_NAME (its name in log lines), FIXED_PORTS, PORT_WAIT, READY_TIMEOUT, STOP_TIMEOUT, SKIP_INSTALL, DATA_DIR, PORT, WORK.
# It gives: log, loadavg, busiest, ports_in_use, stop_platform (SIGTERM the platform started as
# PLATFORM_PID, wait, SIGKILL its group after STOP_TIMEOUT; its status in PLATFORM_EXIT) and
# build_and_locate_launcher (builds unless SKIP_INSTALL, packages the benchmarks module, and sets
# INSTALL_CMD, PACKAGE_CMD, LAUNCH (the platform's command line) and LAUNCHER_JAR_DATE), and start_platform (below).

log() { echo "$BENCH_NAME: $*" >&2; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
busiest() { ps -eo pcpu=,comm= --sort=-pcpu | head -5 | awk '{printf "%s%s %s%%", (NR>1 ? ", " : ""), $2, $1}'; }
ports_in_use() {
  local busy="" p
  for p in $FIXED_PORTS; do
    if ss -ltnH | awk '{print $4}' | grep -Eq "[:.]$p\$"; then busy="$busy $p"; fi
  done
  echo "${busy# }"
}

PLATFORM_PID=""
PLATFORM_EXIT=""
stop_platform() {
  [ -n "$PLATFORM_PID" ] || return 0
  if kill -0 "$PLATFORM_PID" 2>/dev/null; then
    log "stopping the platform (SIGTERM to $PLATFORM_PID)"
    kill -TERM "$PLATFORM_PID" 2>/dev/null || true
    local waited=0
    while kill -0 "$PLATFORM_PID" 2>/dev/null && [ "$waited" -lt "$STOP_TIMEOUT" ]; do sleep 1; waited=$((waited + 1)); done
    if kill -0 "$PLATFORM_PID" 2>/dev/null; then
      log "the platform did not stop within ${STOP_TIMEOUT}s: SIGKILL to its process group $PLATFORM_PID"
      kill -KILL -- "-$PLATFORM_PID" 2>/dev/null || true
    fi
  fi
  set +e
  wait "$PLATFORM_PID" 2>/dev/null
  PLATFORM_EXIT=$?
  set -e
  PLATFORM_PID=""
}

build_and_locate_launcher() {
  if $SKIP_INSTALL; then
    log "skipping the root install (--skip-install)"
    INSTALL_CMD="(skipped: --skip-install; used the jars already built)"
  else
    log "building: ./mvnw -q -B -DskipTests install"
    ./mvnw -q -B -DskipTests install
    INSTALL_CMD="./mvnw -q -B -DskipTests install"
  fi
  PACKAGE_CMD="./mvnw -q -B -Pbenchmarks -pl benchmarks package -DskipTests"
  log "building: $PACKAGE_CMD"
  $PACKAGE_CMD
  if $SKIP_INSTALL; then
    [ -f launcher/target/cloudtrade-launcher.jar ] || { log "no launcher/target/cloudtrade-launcher.jar: run without --skip-install"; exit 1; }
    LAUNCH=(java ${JAVA_OPTS:--Xms256m -Xmx1g} -jar launcher/target/cloudtrade-launcher.jar)
  else
    LAUNCH=(./cloudtrade)
  fi
  LAUNCH+=("--data-dir=$DATA_DIR" --fresh "--port=$PORT")
  LAUNCHER_JAR_DATE=$(date -u -r launcher/target/cloudtrade-launcher.jar '+%Y-%m-%d %H:%M:%S UTC' 2>/dev/null || echo unknown)
}

# Waits (at most PORT_WAIT seconds) until none of FIXED_PORTS is in use, starts "${LAUNCH[@]}" in a session of
# its own (SIGTERM reaches the launcher alone, which stops everything it started; the session groups the
# platform's processes) logging to $WORK/platform.log, and waits (at most READY_TIMEOUT) for "CloudTrade is
# ready". Sets PLATFORM_PID and READY_SECONDS.
start_platform() {
  local waited=0 busy t0
  busy=$(ports_in_use)
  while [ -n "$busy" ]; do
    if [ "$waited" -ge "$PORT_WAIT" ]; then
      log "ports still in use after ${PORT_WAIT}s: $busy. Another CloudTrade (or a test) holds them; stop it and run again."
      exit 4
    fi
    [ "$waited" -eq 0 ] && log "waiting for ports in use: $busy (at most ${PORT_WAIT}s)"
    sleep 5; waited=$((waited + 5)); busy=$(ports_in_use)
  done
  log "starting: ${LAUNCH[*]} (log: $WORK/platform.log)"
  setsid "${LAUNCH[@]}" >"$WORK/platform.log" 2>&1 </dev/null &
  PLATFORM_PID=$!
  t0=$(date +%s)
  until grep -q "CloudTrade is ready" "$WORK/platform.log"; do
    if ! kill -0 "$PLATFORM_PID" 2>/dev/null; then
      log "the platform exited before it was ready; last lines of $WORK/platform.log:"; tail -30 "$WORK/platform.log" >&2; exit 1
    fi
    if [ $(( $(date +%s) - t0 )) -ge "$READY_TIMEOUT" ]; then
      log "the platform was not ready after ${READY_TIMEOUT}s; see $WORK/platform.log"; exit 1
    fi
    sleep 2
  done
  READY_SECONDS=$(( $(date +%s) - t0 ))
  log "ready after ${READY_SECONDS}s"
}
