#!/usr/bin/env bash
# Cold start of the installed tool: the CPU time (user + sys) of one `governance check` of England's 152 authority
# files in a new process, from the tool as `dotnet tool install` gives it, for the package made for this machine
# (ReadyToRun) and the portable package (Governance.Cli.any: framework-dependent, compiled by the JIT as it runs),
# side by side in the same run, alternating, several runs each; it prints the median, the fastest and the slowest.
# docs/performance.md ("Cold start of the installed tool") has the figures and how they were taken.
#
#   bench/cold-start.sh [--runs N] [--work FOLDER] [--no-pack] [NAME=VALUE ...]
#
#   --runs N         runs of each tool (default 9)
#   --work FOLDER    where the packages, the installed tools and the corpus go (default: a new temporary folder, kept,
#                    so a second run can reuse it with --no-pack)
#   --no-pack        reuse the packages, tools and corpus already in --work
#   NAME=VALUE       environment variables for every run of both tools, to try a runtime setting
#                    (for example DOTNET_TieredPGO=0)
#
# Needs GNU time (/usr/bin/time; Debian: apt-get install time). Pack and corpus take a few minutes on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

runs=9
work=""
pack=true
settings=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --no-pack) pack=false; shift ;;
    *=*) settings+=("$1"); shift ;;
    *) echo "cold-start.sh: unknown argument '$1' (see the top of the script)" >&2; exit 64 ;;
  esac
done
if [[ ! -x /usr/bin/time ]]; then
  echo "cold-start.sh: GNU time (/usr/bin/time) is needed: apt-get install time" >&2
  exit 69
fi
work=${work:-$(mktemp -d /tmp/governance-cold-start.XXXXXX)}
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if $pack; then
  rm -rf "$work/feed" "$work/artifacts" "$work/nuget-packages" "$work/ready-to-run" "$work/portable"
  echo "Packing the tool (every platform's package and the portable one)..." >&2
  dotnet pack src/Governance.Cli --configuration Release --output "$work/feed" --artifacts-path "$work/artifacts" \
    -nodeReuse:false >"$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; exit 1; }
  # Install from the packages just made and nothing else, into a package cache of their own.
  printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n' >"$work/nuget.config"
  install() {
    NUGET_PACKAGES="$work/nuget-packages" dotnet tool install "$1" --prerelease --tool-path "$2" \
      --add-source "$work/feed" --configfile "$work/nuget.config" >&2
  }
  # What a user gets on this machine: the package for its platform, picked by `dotnet tool install`.
  install Governance.Cli "$work/ready-to-run"
  # The portable package, which other platforms fall back to: installed directly.
  install Governance.Cli.any "$work/portable"
  echo "Writing England's 152 authority files..." >&2
  rm -rf "$work/england"
  dotnet run --configuration Release --project bench/Governance.Benchmarks -- corpus "$work/england" >&2
fi

chosen=$(ls "$work/ready-to-run/.store/governance.cli/"*/ | grep -E '^governance\.cli\.' || true)
echo "Installed for this machine: ${chosen:-?}; portable: Governance.Cli.any" >&2

# One run: the tool checks England from a new process; prints "cpu-seconds wall-seconds". Exit code 1 (findings) is
# the expected outcome for England; anything else stops the measurement.
measure() {
  local tool="$1" status=0
  env "${settings[@]}" /usr/bin/time -f '%U %S %e' -o "$work/time.txt" \
    "$tool/governance" check "$work/england" >/dev/null 2>"$work/stderr.txt" || status=$?
  if [[ "$status" != 1 ]]; then
    echo "cold-start.sh: '$tool/governance check' exited with $status:" >&2
    cat "$work/stderr.txt" "$work/time.txt" >&2
    exit 1
  fi
  # GNU time writes "Command exited with non-zero status 1" first: the figures are on the last line.
  tail -n 1 "$work/time.txt" | awk '{ printf "%.3f %.3f\n", $1 + $2, $3 }'
}

# The median, fastest and slowest CPU time of a tool's runs, and its median wall-clock time.
summary() {
  local cpu wall
  cpu=$(cut -d' ' -f1 "$2" | sort -n | awk '{ v[NR] = $1 } END { printf "CPU median %.2f s (fastest %.2f, slowest %.2f)", v[int((NR + 1) / 2)], v[1], v[NR] }')
  wall=$(cut -d' ' -f2 "$2" | sort -n | awk '{ v[NR] = $1 } END { printf "wall median %.2f s", v[int((NR + 1) / 2)] }')
  printf '%-40s %3d runs   %s   %s\n' "$1" "$(wc -l <"$2")" "$cpu" "$wall"
}

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)${settings:+; settings: ${settings[*]}}" >&2
measure "$work/ready-to-run" >/dev/null   # one unmeasured run of each, so neither pays for a cold disk cache
measure "$work/portable" >/dev/null
: >"$work/ready-to-run.txt"
: >"$work/portable.txt"
for ((i = 1; i <= runs; i++)); do
  measure "$work/ready-to-run" >>"$work/ready-to-run.txt"
  measure "$work/portable" >>"$work/portable.txt"
done
summary "ReadyToRun (${chosen:-?})" "$work/ready-to-run.txt"
summary "portable (Governance.Cli.any)" "$work/portable.txt"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg); work folder: $work" >&2
