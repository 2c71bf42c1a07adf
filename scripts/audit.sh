#!/usr/bin/env bash
# Dependency audit, run by scripts/test.sh before the tests (or alone: scripts/audit.sh [nuget] [npm]).
#
#   NuGet: every package of the solution, direct and transitive, against the advisories of the audit source
#          in nuget.config (nuget.org's vulnerability database). A known-vulnerable package of any severity
#          (NU1901-NU1904) fails. The five Bot Framework DLLs referenced by path are not NuGet packages to the
#          audit; the build checks them against pinned SHA-256 hashes instead (BotFramework.targets).
#   npm:   the dev tools in package-lock.json against the registry's advisories; an advisory of severity
#          AUDIT_NPM_LEVEL (default "high", so high and critical: above moderate) or worse fails.
#
# A source that cannot answer (NuGet NU1900/NU1905, an npm advisory endpoint that errs) is never a pass: the
# audit says "NOT AUDITED" and why. It fails too when AUDIT_REQUIRED=1; without it the tests still run.
#
# Exit code: 0 audited and clean, or not audited without AUDIT_REQUIRED=1; 1 otherwise.
# Settings (environment): AUDIT_REQUIRED, AUDIT_NPM_LEVEL, AUDIT_NPM_REGISTRY (another registry to ask),
# AUDIT_NUGET_TARGET (project or solution; default BarnrattsResan.sln), AUDIT_SUMMARY_FILE (also write the
# summary there, for scripts/test.sh to repeat at the end).
set -uo pipefail
cd "$(dirname "$0")/.."

nuget_target="${AUDIT_NUGET_TARGET:-BarnrattsResan.sln}"
npm_level="${AUDIT_NPM_LEVEL:-high}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

failed=0
unaudited=0
summary=()

note() { summary+=("$1"); }

audit_nuget() {
  # --force: a real restore, so the advisories are fetched now and not replayed from the last restore.
  dotnet restore "$nuget_target" --force -nologo -p:DependencyAudit=true >"$work/nuget.log" 2>&1
  local code=$?
  if grep -qE 'NU190[1-4]' "$work/nuget.log"; then
    echo "NuGet audit: known-vulnerable packages:" >&2
    grep -E 'NU190[1-4]' "$work/nuget.log" | sed -E 's/ \[[^]]*\]$//' | sort -u >&2
    note "NuGet: FAILED - known-vulnerable packages (NU1901-NU1904), listed above."
    failed=1
  elif [ "$code" -ne 0 ]; then
    cat "$work/nuget.log" >&2
    note "NuGet: FAILED - the restore for the audit failed (exit $code), see above."
    failed=1
  elif grep -qE 'NU190[05]' "$work/nuget.log"; then
    local reason
    reason="$(grep -ohE '(warning|error) NU190[05]: [^[]*' "$work/nuget.log" | sed -E 's/^(warning|error) //; s/[. ]+$//' | sort -u | head -n 3 | paste -sd ';' -)"
    note "NuGet: NOT AUDITED - $reason. No package was checked against any advisory."
    unaudited=1
  else
    note "NuGet: audited ($nuget_target, all packages, direct and transitive): no known-vulnerable package."
  fi
}

audit_npm() {
  if [ ! -f package-lock.json ]; then
    note "npm: FAILED - package-lock.json is missing."
    failed=1
    return
  fi
  # A cache of its own, so the advisories are fetched now, never taken from an earlier run's cache.
  local registry=(--cache "$work/npm-cache")
  if [ -n "${AUDIT_NPM_REGISTRY:-}" ]; then registry+=(--registry "$AUDIT_NPM_REGISTRY"); fi
  npm audit --json --audit-level="$npm_level" "${registry[@]}" >"$work/npm.json" 2>"$work/npm.err"
  local verdict
  verdict="$(node - "$work/npm.json" "$npm_level" <<'NODE'
const fs = require('fs');
const [file, level] = process.argv.slice(2);
const order = ['info', 'low', 'moderate', 'high', 'critical'];
let report;
try { report = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { report = {}; }
const counts = report.metadata && report.metadata.vulnerabilities;
if (!counts) {
  const why = (report.error && (report.error.summary || report.error.code)) || report.message || 'no report';
  console.log(`UNAVAILABLE\t${String(why).split('\n')[0]}`);
  process.exit(0);
}
const blocking = order.slice(order.indexOf(level));
const found = Object.values(report.vulnerabilities || {}).filter(v => blocking.includes(v.severity));
if (found.length === 0) {
  console.log(`CLEAN\t${counts.total} advisories below ${level}`);
} else {
  console.log(`VULNERABLE\t${found.map(v => `${v.name} (${v.severity})`).join(', ')}`);
}
NODE
)"
  case "${verdict%%$'\t'*}" in
    CLEAN)
      note "npm: audited (package-lock.json, severity $npm_level and above): nothing found (${verdict#*$'\t'})." ;;
    VULNERABLE)
      npm audit --audit-level="$npm_level" "${registry[@]}" >&2
      note "npm: FAILED - advisories of severity $npm_level or above: ${verdict#*$'\t'}."
      failed=1 ;;
    *)
      note "npm: NOT AUDITED - the registry gave no advisories: ${verdict#*$'\t'}."
      unaudited=1 ;;
  esac
}

parts=("$@")
if [ ${#parts[@]} -eq 0 ]; then parts=(nuget npm); fi
for part in "${parts[@]}"; do
  case "$part" in
    nuget) audit_nuget ;;
    npm) audit_npm ;;
    *) echo "scripts/audit.sh: unknown part '$part' (nuget, npm)" >&2; exit 2 ;;
  esac
done

if [ "$unaudited" -eq 1 ]; then
  if [ "${AUDIT_REQUIRED:-0}" = "1" ]; then
    note "AUDIT_REQUIRED=1: a dependency audit that could not run fails."
    failed=1
  else
    note "This run is NOT a clean audit. Run with AUDIT_REQUIRED=1 where the advisories can be reached, to make that a failure."
  fi
fi

{
  echo "Dependency audit:"
  printf '  %s\n' "${summary[@]}"
} | tee ${AUDIT_SUMMARY_FILE:+"$AUDIT_SUMMARY_FILE"} >&2

exit "$failed"
