#!/usr/bin/env bash
# Load benchmark: builds the jar, starts it on a fresh H2 file database with the demo content and the production
# JVM options below, and measures side by side (wrk on loopback):
#   floor     GET /actuator/health/liveness, the cheapest endpoint of the same JVM
#   page      gated METERED/PREMIUM article pages as anonymous visitors with rotating server-signed cookies
#   api       GET /api/v1/articles/{premium slug} as a signed-in subscriber (comp), bearer token
#   webhooks  POST /webhooks/stripe with distinct Stripe-signed events, then waits until all are applied
#   feed      GET /api/v1/me/feed for a reader following 20 things, after 100,000 generated articles
# and prints requests/s, p50, p99, CPU ms per request (the java process's utime+stime), peak RSS (VmHWM), each
# case's ratio to the floor, and PASS/FAIL per target.
#
# Settings (environment): DURATION=20s per measured phase, WARMUP=30s before each, CONNECTIONS=32, THREADS=2,
# FEED_CONNECTIONS=8, FEED_ARTICLES=100000, WEBHOOK_EVENTS=20000 distinct events posted for WEBHOOK_DURATION=5s
# (then repeated: duplicates), VISITORS=2000, SKIP_BUILD=1 to reuse the jars, CASES="floor page api webhooks feed"
# to run only some cases (the H2 instance is not started when none of its four cases is asked),
# JAVA_OPTS to override the JVM options, TOMCAT_THREADS (8), MALLOC_ARENAS (2), KEEP=1 to keep the temporary
# directory.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
FEED_CONNECTIONS=${FEED_CONNECTIONS:-8}
FEED_ARTICLES=${FEED_ARTICLES:-100000}
WEBHOOK_EVENTS=${WEBHOOK_EVENTS:-20000}
WEBHOOK_DURATION=${WEBHOOK_DURATION:-5s}
VISITORS=${VISITORS:-2000}
# Production sizing for one instance on 2 cores, at most 400 MiB resident: a fixed 128 MiB heap (the live set
# after a full GC is 50-65 MiB), the serial collector (no GC threads to feed on 2 cores), C2 alone without the
# tiers below it, on one compiler thread (tiered C1+C2 kept ~20 MiB more code and profiles, and two compiler
# threads' arenas pushed the peak past 400 MiB; C1 alone cost 3-4x the CPU per request), bounded metaspace (Spring,
# Hibernate and stripe-java need ~120 MiB) and code cache, 256 KiB thread stacks, two malloc arenas
# (MALLOC_ARENA_MAX, checked to reach the java process) trimmed every 5 s. Tomcat's pool is 8 threads: the work is
# CPU-bound on 2 cores, and 32 threads time-sliced each other into a longer tail (API p99 26 ms against 18 ms).
# With one compiler thread and no C1, a fresh instance runs interpreted for its first half minute or so: each case
# warms up for WARMUP (30 s) before it is measured, so the figures are the steady state.
JAVA_OPTS=${JAVA_OPTS:-"-Xms128m -Xmx128m -XX:+UseSerialGC -XX:-TieredCompilation -XX:CICompilerCount=1 -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=160m -Xss256k -XX:MaxDirectMemorySize=32m -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"}
TOMCAT_THREADS=${TOMCAT_THREADS:-8}
MALLOC_ARENAS=${MALLOC_ARENAS:-2}
CASES=${CASES:-floor page api webhooks feed}
want() { [[ " $CASES " == *" $1 "* ]]; }
H2_CASES=0
for c in floor page api webhooks; do if want "$c"; then H2_CASES=1; fi; done

need() {
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  if ((${#missing[@]})); then
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "installing ${missing[*]} from Debian's packages" >&2
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
need wrk jq curl

if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "building (mvn -B -q -DskipTests package -pl web-module,benchmarks -am)" >&2
  # a repackaged jar left from an earlier build is not always replaced: start from none
  rm -f "$ROOT"/web-module/target/broadsheet.jar "$ROOT"/web-module/target/broadsheet.jar.original
  (cd "$ROOT" && mvn -B -q -DskipTests package -pl web-module,benchmarks -am)
fi
JAR="$ROOT/web-module/target/broadsheet.jar"
TOOLS="$ROOT/benchmarks/target/benchmarks.jar"
H2=$(ls "$ROOT"/benchmarks/target/lib/h2-*.jar | head -1)
PG=$(ls "$ROOT"/benchmarks/target/lib/postgresql-*.jar | head -1)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-load.XXXXXX")
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "${KEEP:-}" = 1 ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# ---- Stripe stand-in (billing's FakeStripe, a separate process) -------------------------------------------------
# It answers in milliseconds, but its JDK HTTP server now and then drops a kept-alive request under the webhook
# workers' load: the app's Stripe read timeout is 2 s here (20 s by default), so such a call is retried at once
# rather than stalling a worker.
(cd "$ROOT" && exec java -Xmx256m -cp "$TOOLS" org.broadsheet.bench.StripeStandIn "$WORK/stripe-api-base" \
  >"$WORK/stripe.log" 2>&1) &
PIDS+=($!)
for _ in $(seq 100); do [ -s "$WORK/stripe-api-base" ] && break; sleep 0.2; done
STRIPE_API=$(cat "$WORK/stripe-api-base")

# ---- the application ---------------------------------------------------------------------------------------------
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
DB_URL="jdbc:h2:file:$WORK/db/broadsheet;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE"
ADMIN_EMAIL=admin@bench.example
ADMIN_PASSWORD="bench admin pass phrase"
WEBHOOK_SECRET=whsec_bench_load
start_app() { # JDBC URL, user, password, log name: starts the jar, waits until ready, sets APP_SHELL and JAVA_PID
  (cd "$WORK" && exec env PORT="$PORT" SPRING_DATASOURCE_URL="$1" SPRING_DATASOURCE_USERNAME="$2" SPRING_DATASOURCE_PASSWORD="$3" \
    BROADSHEET_ADMIN_EMAIL="$ADMIN_EMAIL" BROADSHEET_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    BILLING_PROVIDER=stripe STRIPE_SECRET_KEY=sk_test_bench STRIPE_WEBHOOK_SECRET="$WEBHOOK_SECRET" \
    STRIPE_API_BASE="$STRIPE_API" STRIPE_PRICE_MONTHLY=price_monthly_test STRIPE_PRICE_ANNUAL=price_annual_test \
    BROADSHEET_READER_FEED_INDEX_INTERVAL=PT5S SERVER_TOMCAT_THREADS_MAX="$TOMCAT_THREADS" \
    BROADSHEET_BILLING_STRIPE_READ_TIMEOUT=2s \
    MALLOC_ARENA_MAX="$MALLOC_ARENAS" java $JAVA_OPTS -jar "$JAR" >"$WORK/$4.log" 2>&1) &
  APP_SHELL=$!
  PIDS+=($APP_SHELL)
  for _ in $(seq 300); do
    curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$APP_SHELL" 2>/dev/null || { tail -50 "$WORK/$4.log" >&2; exit 1; }
    sleep 0.5
  done
  JAVA_PID=$(pgrep -P "$APP_SHELL" java || echo "$APP_SHELL")
  [ -r "/proc/$JAVA_PID/stat" ] || { echo "no java process" >&2; exit 1; }
  tr '\0' '\n' <"/proc/$JAVA_PID/environ" | grep -q "^MALLOC_ARENA_MAX=$MALLOC_ARENAS$" \
    || { echo "MALLOC_ARENA_MAX did not reach the java process" >&2; exit 1; }
}
CLK_TCK=$(getconf CLK_TCK)
if ((H2_CASES)); then
  start_app "$DB_URL" sa "" app
  echo "app pid $JAVA_PID on port $PORT, Stripe stand-in at $STRIPE_API, work dir $WORK" >&2
fi

cpu_ticks() { awk '{print $14 + $15}' "/proc/$JAVA_PID/stat"; }
peak_rss_mib() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$JAVA_PID/status"; }
to_ms() { # wrk's "1.23ms", "850.00us", "1.02s"
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
json() { curl -sf -H 'Content-Type: application/json' "$@"; }
SQL_URL=$DB_URL SQL_USER=sa
sql() { java -cp "$H2:$PG" org.h2.tools.Shell -url "$SQL_URL" -user "$SQL_USER" -password "" -sql "$1" 2>/dev/null | sed -n 2p | tr -d ' '; }

declare -A RPS P50 P99 CPU ERR
measure() { # name connections wrk-arguments…
  local name=$1 connections=$2; shift 2
  wrk -t"$THREADS" -c"$connections" -d"$WARMUP" "$@" >/dev/null
  local before after out requests
  before=$(cpu_ticks)
  out=$(wrk -t"$THREADS" -c"$connections" -d"$DURATION" --latency "$@")
  after=$(cpu_ticks)
  echo "$out" >"$WORK/wrk-$name.txt"
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  RPS[$name]=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  P50[$name]=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
  P99[$name]=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
  CPU[$name]=$(awk -v t=$((after - before)) -v hz="$CLK_TCK" -v n="$requests" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')
  ERR[$name]=$(echo "$out" | awk '/Non-2xx/ {print $NF} /Socket errors/ {print}' | tr '\n' ' ')
  echo "$name: ${RPS[$name]} req/s, p50 ${P50[$name]} ms, p99 ${P99[$name]} ms, ${CPU[$name]} ms CPU/request ${ERR[$name]}" >&2
}

# ---- data for the cases ------------------------------------------------------------------------------------------
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
RSS=-
if ((H2_CASES)); then
curl -sf "$BASE/api/v1/articles?size=100" >"$WORK/articles.json"
jq -r '.items[] | select(.accessLevel == "METERED" or .accessLevel == "PREMIUM") | .slug' "$WORK/articles.json" \
  >"$WORK/gated-slugs"
PREMIUM_SLUG=$(jq -r '[.items[] | select(.accessLevel == "PREMIUM")][0].slug' "$WORK/articles.json")
: >"$WORK/cookies"
while [ "$(wc -l <"$WORK/cookies")" -lt "$VISITORS" ]; do
  wrk -t1 -c8 -d1s -s "$BENCH/cookies.lua" "$BASE/api/v1/articles?size=1" "$WORK/cookies" >/dev/null
done
sort -u "$WORK/cookies" | awk -v n="$VISITORS" 'NR <= n' >"$WORK/cookie-pool"

ADMIN_TOKEN=$(json -X POST "$BASE/api/v1/auth/token" -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .token)
READER_EMAIL="subscriber-$RANDOM@bench.example"
READER_ID=$(json -X POST "$BASE/api/v1/auth/register" \
  -d "{\"email\":\"$READER_EMAIL\",\"password\":\"a long private phrase\",\"name\":\"Bench Subscriber\"}" | jq -r '.id // .account.id')
READER_TOKEN=$(json -X POST "$BASE/api/v1/auth/token" -d "{\"email\":\"$READER_EMAIL\",\"password\":\"a long private phrase\"}" | jq -r .token)
[ "$READER_ID" != null ] || READER_ID=$(curl -sf "$BASE/api/v1/me" -H "Authorization: Bearer $READER_TOKEN" | jq -r .id)
json -X POST "$BASE/api/v1/staff/accounts/$READER_ID/comp" -H "Authorization: Bearer $ADMIN_TOKEN" \
  -d "{\"until\":\"$(date -u -d '+30 days' +%F)\",\"reason\":\"load benchmark subscriber\"}" >/dev/null
REASON=$(curl -sf "$BASE/api/v1/articles/$PREMIUM_SLUG" -H "Authorization: Bearer $READER_TOKEN" | jq -r .access.reason)
[ "$REASON" = COMP ] || { echo "the subscriber is not entitled (reason $REASON)" >&2; exit 1; }

# ---- the cases ---------------------------------------------------------------------------------------------------
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if want floor; then measure floor "$CONNECTIONS" "$BASE/actuator/health/liveness"; fi
if want page; then measure page "$CONNECTIONS" -s "$BENCH/page.lua" "$BASE/" "$WORK/cookie-pool" "$WORK/gated-slugs"; fi
PAGE_CHECK=$(curl -s -b "bs_visitor=$(tail -1 "$WORK/cookie-pool")" "$BASE/article/$PREMIUM_SLUG" | grep -c 'paywall' || true)
if want api; then measure api "$CONNECTIONS" -H "Authorization: Bearer $READER_TOKEN" "$BASE/api/v1/articles/$PREMIUM_SLUG"; fi

# webhooks: distinct signed events (signed just now: Stripe's tolerance is 5 minutes), after a warm-up round of
# 5,000 others (then their duplicates) for WARMUP; then wait until every stored event is applied.
if want webhooks; then
java -cp "$TOOLS" org.broadsheet.bench.WebhookBodies 5000 "$WEBHOOK_SECRET" "$WORK/webhooks.txt" warm
wrk -t1 -c8 -d"$WARMUP" -s "$BENCH/webhooks.lua" "$BASE/" "$WORK/webhooks.txt" 1 >/dev/null 2>&1 || true
for _ in $(seq 300); do
  [ "$(sql "SELECT COUNT(*) FROM billing_webhook_event WHERE status NOT IN ('PROCESSED','IGNORED','DEAD')")" = 0 ] && break
  sleep 1
done
java -cp "$TOOLS" org.broadsheet.bench.WebhookBodies "$WEBHOOK_EVENTS" "$WEBHOOK_SECRET" "$WORK/webhooks.txt" run
export WEBHOOK_DISTINCT_FILE="$WORK/webhook-distinct"
before=$(cpu_ticks)
out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WEBHOOK_DURATION" --latency -s "$BENCH/webhooks.lua" "$BASE/" "$WORK/webhooks.txt" "$THREADS")
echo "$out" >"$WORK/wrk-webhooks.txt"
after=$(cpu_ticks)
requests=$(echo "$out" | awk '/requests in/ {print $1}')
RPS[webhooks]=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
P50[webhooks]=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
P99[webhooks]=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
CPU[webhooks]=$(awk -v t=$((after - before)) -v hz="$CLK_TCK" -v n="$requests" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')
ERR[webhooks]=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
DISTINCT=$(cat "$WEBHOOK_DISTINCT_FILE")
applied_start=$(date +%s)
for _ in $(seq 900); do
  WAITING=$(sql "SELECT COUNT(*) FROM billing_webhook_event WHERE status NOT IN ('PROCESSED','IGNORED','DEAD')")
  [ "$WAITING" = 0 ] && break
  sleep 1
done
APPLY_SECONDS=$(( $(date +%s) - applied_start ))
STORED=$(sql "SELECT COUNT(*) FROM billing_webhook_event WHERE event_id LIKE 'evt_bench_run_%'")
APPLIED=$(sql "SELECT COUNT(*) FROM billing_webhook_event WHERE event_id LIKE 'evt_bench_run_%' AND status = 'PROCESSED' AND attempts = 1")
NOT_APPLIED=$(sql "SELECT COUNT(*) FROM billing_webhook_event WHERE status <> 'PROCESSED'")
echo "webhooks: ${RPS[webhooks]} events/s accepted, $requests posted, $DISTINCT distinct, $STORED stored, $APPLIED applied once, $NOT_APPLIED not applied; applying the rest took ${APPLY_SECONDS}s" >&2
fi

RSS=$(peak_rss_mib)
fi

# feed: on PostgreSQL (the feed index is written for it; H2 in the process cannot sweep 100,000 articles in
# time). The H2 instance stops; an embedded PostgreSQL server (benchmarks' PostgresServer) and a second instance
# of the jar on it start, with the same JVM options; the articles are generated there in batched inserts, the
# reader follows 20 things, and the case is measured once the feed index has taken them.
FEED_RSS=-
if want feed; then
if ((H2_CASES)); then
kill "$JAVA_PID" 2>/dev/null || true
wait "$APP_SHELL" 2>/dev/null || true
fi
(exec java -Xmx128m -cp "$TOOLS" org.broadsheet.bench.PostgresServer "$WORK/postgres-url" >"$WORK/postgres.log" 2>&1) &
PIDS+=($!)
for _ in $(seq 300); do [ -s "$WORK/postgres-url" ] && break; sleep 0.2; done
[ -s "$WORK/postgres-url" ] || { tail -30 "$WORK/postgres.log" >&2; exit 1; }
PG_URL=$(cat "$WORK/postgres-url")
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
start_app "$PG_URL" postgres "" app-feed
java -cp "$TOOLS" org.broadsheet.bench.FeedArticles "$PG_URL?reWriteBatchedInserts=true" postgres "" "$FEED_ARTICLES" "$WORK/follows" >&2
READER_EMAIL="feed-reader-$RANDOM@bench.example"
json -X POST "$BASE/api/v1/auth/register" \
  -d "{\"email\":\"$READER_EMAIL\",\"password\":\"a long private phrase\",\"name\":\"Bench Reader\"}" >/dev/null
READER_TOKEN=$(json -X POST "$BASE/api/v1/auth/token" -d "{\"email\":\"$READER_EMAIL\",\"password\":\"a long private phrase\"}" | jq -r .token)
while read -r follow; do
  curl -sf -X PUT "$BASE/api/v1/me/follows/$follow" -H "Authorization: Bearer $READER_TOKEN" >/dev/null
done <"$WORK/follows"
# the feed index sweep (every 5 s here) takes the generated articles; wait until it has them all, then let
# PostgreSQL gather statistics of the bulk-loaded tables, as its autovacuum would soon after
SQL_URL=$PG_URL SQL_USER=postgres
index_start=$(date +%s)
for _ in $(seq 900); do
  [ "$(sql "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM reader_feed_indexed i WHERE i.article_id = a.id)")" = 0 ] && break
  sleep 1
done
INDEX_SECONDS=$(( $(date +%s) - index_start ))
sql "VACUUM ANALYZE" >/dev/null || true
curl -sf "$BASE/api/v1/me/feed" -H "Authorization: Bearer $READER_TOKEN" | jq -e '.items[0].headline | startswith("Benchmark story")' >/dev/null \
  || { echo "the feed does not show the generated articles" >&2; exit 1; }
echo "feed: the index sweep took the $FEED_ARTICLES articles within ${INDEX_SECONDS}s" >&2
measure feed "$FEED_CONNECTIONS" --timeout 10s -H "Authorization: Bearer $READER_TOKEN" "$BASE/api/v1/me/feed"
FEED_RSS=$(peak_rss_mib)
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- report ------------------------------------------------------------------------------------------------------
echo
echo "Broadsheet load benchmark  $(date -u +%FT%TZ)  $(nproc) cores  load average before $LOAD_BEFORE, after $LOAD_AFTER"
echo "JVM: $JAVA_OPTS; MALLOC_ARENA_MAX=$MALLOC_ARENAS; Tomcat threads $TOMCAT_THREADS; H2 file database in process (feed: a second instance on embedded PostgreSQL); $DURATION per case after $WARMUP warm-up"
echo
printf '%-44s %9s %9s %9s %10s %8s\n' case "req/s" "p50 ms" "p99 ms" "CPU ms/req" "x floor"
row() {
  want "$2" || return 0
  printf '%-44s %9s %9s %9s %10s %8s\n' "$1" "${RPS[$2]}" "${P50[$2]}" "${P99[$2]}" "${CPU[$2]}" \
    "$(awk -v a="${RPS[$2]}" -v b="${RPS[floor]:-}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }')"
}
row "floor: GET /actuator/health/liveness (c=$CONNECTIONS)" floor
row "gated article page, anonymous (c=$CONNECTIONS)" page
row "article API, subscriber (c=$CONNECTIONS)" api
row "webhooks accepted (c=$CONNECTIONS, $WEBHOOK_DURATION)" webhooks
row "feed, 20 follows, $FEED_ARTICLES articles, PostgreSQL (c=$FEED_CONNECTIONS)" feed
echo
echo "peak RSS (VmHWM): $RSS MiB (H2 instance, floor to webhooks); feed instance on PostgreSQL: $FEED_RSS MiB"
want webhooks && echo "webhooks: $DISTINCT distinct events sent ($requests posts), $STORED stored, $APPLIED applied (each once: applying is claimed under a lease and marked PROCESSED once), $NOT_APPLIED not applied; all applied ${APPLY_SECONDS}s after the last post"
for name in $CASES; do
  [ -z "${ERR[$name]:-}" ] || [ -z "${ERR[$name]// /}" ] || echo "WARNING: $name had non-2xx/3xx responses or socket errors: ${ERR[$name]}"
done
echo
verdict() { if awk "BEGIN { exit !($2) }"; then echo "PASS  $1"; else echo "FAIL  $1"; FAILED=1; fi; }
FAILED=0
if want page && want floor; then
verdict "gated article page >= 0.5x floor req/s (${RPS[page]} vs ${RPS[floor]})" "${RPS[page]} >= 0.5 * ${RPS[floor]}"
fi
if want api; then verdict "article API p99 <= 20 ms at $CONNECTIONS connections (${P99[api]} ms)" "${P99[api]} <= 20"; fi
if want page; then verdict "article page <= 0.5 ms CPU per request (${CPU[page]} ms)" "${CPU[page]} <= 0.5"; fi
if ((H2_CASES)); then verdict "RSS <= 400 MiB under load ($RSS MiB)" "$RSS <= 400"; fi
if want webhooks; then
verdict "webhook ingestion >= 1000 events/s (${RPS[webhooks]})" "${RPS[webhooks]} >= 1000"
# Every stored event applied once; stored = the distinct events that reached the server: at least those wrk saw
# answered (or all distinct ones when the pool was repeated), at most those it started to send.
verdict "webhooks applied exactly once ($APPLIED applied once of $STORED stored; $DISTINCT distinct sent, $requests answered)" \
  "$APPLIED == $STORED && $NOT_APPLIED == 0 && $STORED <= $DISTINCT && $STORED >= ($requests < $DISTINCT ? $requests : $DISTINCT) - 0"
fi
if want feed; then verdict "feed p99 <= 20 ms at $FEED_ARTICLES articles, 20 follows (${P99[feed]} ms, ${RPS[feed]} req/s)" "${RPS[feed]} > 0 && ${P99[feed]} <= 20"; fi
exit $FAILED
