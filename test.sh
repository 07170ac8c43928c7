#!/usr/bin/env bash
# Installs what the tests need (idempotently), builds once, and runs every check:
#   1. dotnet format --verify-no-changes      (one check)
#   2. every .NET test project                (counts read from TRX files)
#   3. the benchmarks' workload, untimed      (MentorGraph.Benchmarks --verify)
#   4. every suite under tests/conformance/   (each prints "NAME: N passed, N failed")
# and ends with exactly one line "tests: N passed, N failed", exiting non-zero on any failure.
#
# Environment:
#   MENTORGRAPH_SKIP_SUITES   conformance suites to skip, by name, comma- or space-separated
#                             (e.g. "introspection-schema"); default: run them all.
#   MENTORGRAPH_WITH_POSTGRES=0
#                             do not start the test PostgreSQL cluster (on by default); its tests
#                             then skip locally and fail under CI=true.
#   MENTORGRAPH_TEST_POSTGRES_PORT (default 55432), MENTORGRAPH_TEST_POSTGRES_DATA
#                             where that cluster listens and keeps its files.
#   MENTORGRAPH_WITH_CHROMIUM=1
#                             set up Chromium (for the issues that need it).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
repo_root="$(pwd)"
state_dir="$repo_root/.test-state"
mkdir -p "$state_dir"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false

passed=0
failed=0
summary_printed=0

log() { printf '\n==> %s\n' "$*"; }

# The one final line, printed once however the script ends. A step that aborts the script
# (set -e) without having counted a failure is counted as one here.
print_summary() {
  local status=$?
  if [[ $summary_printed -eq 0 ]]; then
    summary_printed=1
    if [[ $status -ne 0 && $failed -eq 0 ]]; then
      failed=1
    fi
    echo "tests: $passed passed, $failed failed"
  fi
  if [[ $failed -gt 0 ]]; then
    exit 1
  fi
  exit "$status"
}
trap print_summary EXIT

apt_updated=0
apt_install() {
  if [[ $apt_updated -eq 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" </dev/null
}

# ---------------------------------------------------------------------------------------
# Installs. Each function checks first and does nothing when its thing is already there.
# ---------------------------------------------------------------------------------------

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET SDK is not installed; global.json says which version this repository builds with." >&2
    return 1
  fi
}

ensure_node() {
  local major=0
  if command -v node >/dev/null 2>&1; then
    major="$(node -p 'process.versions.node.split(".")[0]')"
  fi
  if [[ $major -lt 18 ]]; then
    log "Installing Node.js and npm (Debian packages)"
    apt_install nodejs npm
  fi
}

# npm ci wipes node_modules, so it runs only when the lock file changed since the last run.
ensure_conformance_packages() {
  local dir="$repo_root/tests/conformance"
  local stamp="$state_dir/conformance-package-lock.sha256"
  local want
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [[ -d "$dir/node_modules" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return 0
  fi
  log "Installing the conformance suites' npm packages (npm ci)"
  (cd "$dir" && npm ci --no-audit --no-fund </dev/null)
  echo "$want" >"$stamp"
}

# --- PostgreSQL 15: a throwaway cluster for the database tests (on by default). ---------------
# A private cluster owned by the postgres OS user (PostgreSQL refuses to run as root), in /var/tmp
# so that user can reach it, listening on loopback only with trust authentication, so tests never
# touch a system database. Idempotent: installs the binaries only if missing, initialises the
# cluster once, starts it if it is not running. Durability is switched off: nothing here is kept.
# Exports MENTORGRAPH_TEST_POSTGRES, the connection string the test projects read; each test
# creates and drops its own database in it.
postgres_port="${MENTORGRAPH_TEST_POSTGRES_PORT:-55432}"
postgres_data="${MENTORGRAPH_TEST_POSTGRES_DATA:-/var/tmp/mentorgraph-test-postgres}"
ensure_postgresql() {
  local bin=/usr/lib/postgresql/15/bin
  if [[ ! -x "$bin/pg_ctl" ]]; then
    log "Installing PostgreSQL 15 (Debian packages)"
    apt_install postgresql-15 || apt_install postgresql
  fi
  local as_owner=()
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    as_owner=(runuser -u postgres --)
  fi
  if [[ ! -f "$postgres_data/PG_VERSION" ]]; then
    log "Initialising a test PostgreSQL cluster in $postgres_data"
    rm -rf "$postgres_data"
    mkdir -p "$postgres_data"
    if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$postgres_data"; fi
    chmod 700 "$postgres_data"
    "${as_owner[@]}" "$bin/initdb" -D "$postgres_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! "${as_owner[@]}" "$bin/pg_ctl" -D "$postgres_data" status >/dev/null 2>&1; then
    log "Starting the test PostgreSQL cluster on 127.0.0.1:$postgres_port"
    "${as_owner[@]}" "$bin/pg_ctl" -D "$postgres_data" -w -t 60 -l "$postgres_data/server.log" \
      -o "-c listen_addresses=127.0.0.1 -p $postgres_port -k /tmp -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null
  fi
  if ! "$bin/pg_isready" -h 127.0.0.1 -p "$postgres_port" -U postgres -t 30 >/dev/null; then
    echo "PostgreSQL is not answering on 127.0.0.1:$postgres_port; see $postgres_data/server.log" >&2
    return 1
  fi
  export MENTORGRAPH_TEST_POSTGRES="Host=127.0.0.1;Port=$postgres_port;Username=postgres;Database=postgres"
}

# --- Chromium: for the widget and sign-in page tests; not run unless asked for. -------------
ensure_chromium() {
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    log "Installing Chromium and ChromeDriver (Debian packages)"
    apt_install chromium chromium-driver
  fi
  export CHROME_BIN=/usr/bin/chromium CHROMEDRIVER_BIN=/usr/bin/chromedriver
}

# ---------------------------------------------------------------------------------------
# Checks.
# ---------------------------------------------------------------------------------------

run_format_check() {
  log "dotnet format --verify-no-changes"
  if dotnet format MentorGraph.sln --verify-no-changes --no-restore </dev/null; then
    passed=$((passed + 1))
  else
    echo "dotnet format: the code is not formatted; run 'dotnet format' and commit." >&2
    failed=$((failed + 1))
  fi
}

# Reads <Counters .../> from each TRX file: passed, and failed plus error, timeout and aborted.
run_dotnet_tests() {
  local results="$state_dir/trx"
  rm -rf "$results"
  log "dotnet test (every test project in MentorGraph.sln)"
  local status=0
  dotnet test MentorGraph.sln -c Release --no-build --logger trx --results-directory "$results" </dev/null || status=$?

  local project_passed=0 project_failed=0 counters attribute value
  shopt -s nullglob
  for trx in "$results"/*.trx; do
    counters="$(grep -o '<Counters [^>]*>' "$trx" || true)"
    for attribute in passed failed error timeout aborted; do
      value="$(sed -n "s/.* $attribute=\"\([0-9]*\)\".*/\1/p" <<<"$counters")"
      value="${value:-0}"
      if [[ $attribute == passed ]]; then
        project_passed=$((project_passed + value))
      else
        project_failed=$((project_failed + value))
      fi
    done
  done
  shopt -u nullglob

  if [[ $status -ne 0 && $project_failed -eq 0 ]]; then
    echo "dotnet test exited with $status without a failed test in its results: counted as one failure." >&2
    project_failed=1
  fi
  echo ".NET tests: $project_passed passed, $project_failed failed"
  passed=$((passed + project_passed))
  failed=$((failed + project_failed))
}

# The benchmark suite is not a test project and CI never times anything; --verify only checks
# that every benchmarked way of running the anchor workload answers what graphql-js answers.
run_benchmark_verify() {
  log "MentorGraph.Benchmarks --verify (untimed)"
  local output="$state_dir/benchmarks-verify.log" status=0 line verify_passed verify_failed
  dotnet run --no-build -c Release --project tests/MentorGraph.Benchmarks -- --verify </dev/null 2>&1 | tee "$output" || status=$?
  line="$(grep -E '^benchmarks-verify: [0-9]+ passed, [0-9]+ failed$' "$output" | tail -n 1 || true)"
  verify_passed="$(sed -n 's/.*: \([0-9]*\) passed.*/\1/p' <<<"$line")"
  verify_failed="$(sed -n 's/.* \([0-9]*\) failed$/\1/p' <<<"$line")"
  verify_passed="${verify_passed:-0}"
  verify_failed="${verify_failed:-0}"
  if [[ $status -ne 0 && $verify_failed -eq 0 ]]; then
    verify_failed=1
  fi
  passed=$((passed + verify_passed))
  failed=$((failed + verify_failed))
}

is_skipped() {
  local name="$1" skipped
  local list="${MENTORGRAPH_SKIP_SUITES:-}"
  for skipped in ${list//,/ }; do
    [[ "$skipped" == "$name" ]] && return 0
  done
  return 1
}

# Each suite is a node script that starts the API itself and ends with "NAME: N passed, N failed".
run_conformance_suites() {
  local suite name output status line suite_passed suite_failed
  for suite in "$repo_root"/tests/conformance/suites/*.mjs; do
    name="$(basename "$suite" .mjs)"
    if is_skipped "$name"; then
      log "conformance: $name SKIPPED (MENTORGRAPH_SKIP_SUITES)"
      continue
    fi
    log "conformance: $name"
    output="$state_dir/conformance-$name.log"
    status=0
    (cd "$repo_root/tests/conformance" && node "suites/$name.mjs" </dev/null) 2>&1 | tee "$output" || status=$?
    line="$(grep -E "^$name: [0-9]+ passed, [0-9]+ failed$" "$output" | tail -n 1 || true)"
    suite_passed="$(sed -n 's/.*: \([0-9]*\) passed.*/\1/p' <<<"$line")"
    suite_failed="$(sed -n 's/.* \([0-9]*\) failed$/\1/p' <<<"$line")"
    suite_passed="${suite_passed:-0}"
    suite_failed="${suite_failed:-0}"
    if [[ $status -ne 0 && $suite_failed -eq 0 ]]; then
      suite_failed=1
    fi
    passed=$((passed + suite_passed))
    failed=$((failed + suite_failed))
  done
}

ensure_dotnet
ensure_node
ensure_conformance_packages
if [[ "${MENTORGRAPH_WITH_POSTGRES:-1}" == 1 ]]; then ensure_postgresql; fi
if [[ "${MENTORGRAPH_WITH_CHROMIUM:-0}" == 1 ]]; then ensure_chromium; fi

log "dotnet build -c Release"
dotnet build MentorGraph.sln -c Release </dev/null

run_format_check
run_dotnet_tests
run_benchmark_verify
run_conformance_suites
