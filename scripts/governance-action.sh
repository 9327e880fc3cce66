#!/usr/bin/env bash
# The step the GitHub Action (action.yml) runs: `governance check` on the paths given, annotations in the log, SARIF
# written for code scanning, failing only on new findings when a baseline is given. Inputs come as environment
# variables, so that no value is ever spliced into a command line:
#   GOVERNANCE_PATHS      authority files and folders: separated by new lines, or by spaces when written on one line
#   GOVERNANCE_SARIF      the SARIF file to write (default governance.sarif)
#   GOVERNANCE_BASELINE   a JSON or SARIF report of an earlier check (optional)
#   GOVERNANCE_FAIL_ON    error, warning, note or never (default warning)
#   GOVERNANCE_AS_AT      yyyy-MM-dd (optional)
#   GOVERNANCE_TIMEOUT    how long the evaluation may take: 60s, 5m, none (optional; the tool's default is 5m)
#   GOVERNANCE_RULES      rule folders to add to the shipped rules, separated like the paths (optional)
# It exits with the tool's exit code, and writes `exit-code` and `sarif` to $GITHUB_OUTPUT when GitHub sets it.
set -uo pipefail

split() {
  # One item per line when the value has several lines; otherwise one per word.
  local value="$1"
  if [[ "$value" == *$'\n'* ]]; then
    printf '%s\n' "$value" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' | grep -v '^$' || true
  else
    local words
    read -r -a words <<< "$value"
    [[ ${#words[@]} -gt 0 ]] && printf '%s\n' "${words[@]}"
  fi
  return 0
}

sarif="${GOVERNANCE_SARIF:-governance.sarif}"
args=(check)
while IFS= read -r path; do args+=("$path"); done < <(split "${GOVERNANCE_PATHS:-}")
if [[ ${#args[@]} -eq 1 ]]; then
  echo "::error title=governance::The 'paths' input is empty: name the authority files or folders to check."
  exit 64
fi
args+=(--format github --output "sarif=$sarif" --fail-on "${GOVERNANCE_FAIL_ON:-warning}")
if [[ -n "${GOVERNANCE_BASELINE:-}" ]]; then args+=(--baseline "$GOVERNANCE_BASELINE"); fi
if [[ -n "${GOVERNANCE_AS_AT:-}" ]]; then args+=(--as-at "$GOVERNANCE_AS_AT"); fi
if [[ -n "${GOVERNANCE_TIMEOUT:-}" ]]; then args+=(--timeout "$GOVERNANCE_TIMEOUT"); fi
while IFS= read -r folder; do args+=(--rules "$folder"); done < <(split "${GOVERNANCE_RULES:-}")

governance "${args[@]}"
status=$?

if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  { echo "exit-code=$status"; echo "sarif=$sarif"; } >> "$GITHUB_OUTPUT"
fi
exit "$status"
