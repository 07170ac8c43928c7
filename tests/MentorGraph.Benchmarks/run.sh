#!/usr/bin/env bash
# MentorGraph beside graphql-js, in one command and one run (docs/performance.md):
#
#   tests/MentorGraph.Benchmarks/run.sh [--quick] [--update-docs]
#
#   --quick        few iterations (BenchmarkDotNet ShortRun), for a smoke run of a minute or two
#   --update-docs  put the table into docs/performance.md between its result markers
#
# Installs compare/'s pinned npm packages when missing, builds in Release, checks that both
# engines answer the anchor queries with identical JSON (nothing is timed otherwise), times
# graphql-js, then MentorGraph, and writes BenchmarkDotNet.Artifacts/report.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/../.." && pwd)"
artifacts="$here/BenchmarkDotNet.Artifacts"
quick=()
update_docs=0
for argument in "$@"; do
  case "$argument" in
    --quick) quick=(--quick) ;;
    --update-docs) update_docs=1 ;;
    *) echo "usage: $0 [--quick] [--update-docs]" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false

if [[ ! -f "$here/compare/node_modules/@octokit/graphql-schema/schema.graphql" || ! -d "$here/compare/node_modules/graphql" ]]; then
  echo "==> npm ci in compare/ (graphql-js and GitHub's schema)"
  (cd "$here/compare" && npm ci --no-audit --no-fund </dev/null)
fi

echo "==> dotnet build -c Release"
dotnet build "$here/MentorGraph.Benchmarks.csproj" -c Release --nologo -v quiet </dev/null

echo "==> The same answers: the data is what its generator makes, and MentorGraph answers what graphql-js answers"
node "$here/compare/generate-anchor-data.mjs" --check
dotnet run --no-build -c Release --project "$here/MentorGraph.Benchmarks.csproj" -- --verify </dev/null

mkdir -p "$artifacts"
echo "==> Load before timing: $(uptime)"

# graphql-js checks its own answers against the same expected files before timing. Node runs
# with NODE_ENV=production, as a server would: graphql-js then skips its development checks.
echo "==> graphql-js"
(cd "$here/compare" && NODE_ENV=production node graphql-js.mjs "${quick[@]}" --results "$artifacts/graphql-js.json" </dev/null)

echo "==> MentorGraph (BenchmarkDotNet)"
(cd "$here" && dotnet run --no-build -c Release --project "$here/MentorGraph.Benchmarks.csproj" -- \
  "${quick[@]}" --results "$artifacts/mentorgraph.json" </dev/null)

echo "==> Load after timing: $(uptime)"
into=()
if [[ $update_docs -eq 1 ]]; then
  into=(--into "$repo_root/docs/performance.md")
fi
node "$here/compare/report.mjs" "$artifacts/mentorgraph.json" "$artifacts/graphql-js.json" "${into[@]}" | tee "$artifacts/report.md"
echo "==> Written: $artifacts/report.md"
