#!/usr/bin/env bash
# Submits a rider sweep to Slurm: a job array of TASKS shards (rider-array.sbatch) and a merge job
# (rider-merge.sbatch) that runs only after every task of the array succeeded (afterok).
#
#   cluster/slurm/submit.sh [--tasks LIST] EXPERIMENT SCALE TASKS OUT [RIDER_OPTION ...]
#
#   EXPERIMENT    a rider experiment command: reproduce, fig1a, fig1b, rates, fig2, fig4, fig5,
#                 table1, table2
#   SCALE         quick, full or paper-steps (rider's --scale)
#   TASKS         number of shards (array tasks)
#   OUT           output folder: OUT/shards/<i>/ is task i's slice, OUT/slurm/ holds the logs and
#                 the jar every task runs; the merge writes OUT/report.md and OUT/<experiment>/,
#                 as one unsharded run would
#   RIDER_OPTION  passed to every task, e.g. --seed 7 or --train-size 2000
#   --tasks LIST  submit only these tasks (Slurm array syntax: 2, or 2,5, or 3-4), with the same
#                 other arguments as the first submission, and a new merge job; the tasks resume,
#                 skipping the cells they stored before they failed or were killed
#
# Refuses (exit 2) a bad argument before submitting anything, also an EXPERIMENT that is not a
# rider experiment command. Prints "array <id>" and "merge <id>". A merge job whose array has a
# failed or cancelled task can never start; Slurm cancels it (--kill-on-invalid-dep=yes), and a
# resubmission brings a new one.
# The jar is $RIDER_JAR, else rider's own (built when stale); the first submission copies it to
# OUT/slurm/rider.jar, which later ones reuse, so that every task and the merge run one build.
# sbatch's input variables (SBATCH_PARTITION, SBATCH_ACCOUNT, SBATCH_TIMELIMIT, ...) apply.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

usage() {  # [PROBLEM]: one line, exit status 2
  if [ $# -eq 0 ]; then
    echo "usage: $0 [--tasks LIST] EXPERIMENT SCALE TASKS OUT [RIDER_OPTION ...]" >&2
  else
    echo "submit.sh: $*" >&2
  fi
  exit 2
}

only=
if [ "${1:-}" = --tasks ]; then
  [ $# -ge 2 ] || usage "--tasks needs a list"
  only=$2
  shift 2
fi
[ $# -ge 4 ] || usage
experiment=$1 scale=$2 tasks=$3 out=$4
shift 4
case "$scale" in quick | full | paper-steps) ;; *) usage "SCALE must be quick, full or paper-steps, was '$scale'" ;; esac
[[ "$tasks" =~ ^[1-9][0-9]*$ ]] || usage "TASKS must be a positive integer, was '$tasks'"
[[ -z "$only" || "$only" =~ ^[0-9,-]+$ ]] || usage "--tasks must look like 2 or 2,5 or 3-4, was '$only'"
for a in "$@"; do
  case "$a" in
    --out | --out=* | --shard | --shard=* | --resume | --quick | --full | --scale | --scale=*)
      usage "$a is set by this script (OUT, TASKS, SCALE)" ;;
  esac
done

jar="$out/slurm/rider.jar"  # the build every task of OUT runs, also after a resubmission
if [ -f "$jar" ]; then
  source_jar=$jar
elif [ -n "${RIDER_JAR:-}" ]; then
  source_jar=$RIDER_JAR
else
  "$root/rider" --version >/dev/null  # builds experiments/target/rider.jar when stale
  source_jar="$root/experiments/target/rider.jar"
fi
[ -f "$source_jar" ] || usage "no rider jar at $source_jar"
# Refused here rather than in every task: a name that is no sharded experiment command of rider.
java -Djava.awt.headless=true -jar "$source_jar" "$experiment" --help 2>/dev/null \
  | grep -q -- '--shard' \
  || usage "'$experiment' is not a rider experiment command (reproduce, fig1a, table2, ...)"

mkdir -p "$out/slurm/logs" "$out/shards"
out="$(cd "$out" && pwd)"
jar="$out/slurm/rider.jar"

# The same arguments at every submission into OUT: another TASKS would slice the sweep differently.
arguments="$(printf '%q ' "$experiment" "$scale" "$tasks" "$@")"
if [ -f "$out/slurm/arguments" ]; then
  [ "$(cat "$out/slurm/arguments")" = "$arguments" ] || usage "$out was submitted with other" \
    "arguments ($(cat "$out/slurm/arguments")); use them, or a fresh OUT"
else
  printf '%s' "$arguments" >"$out/slurm/arguments"
fi
if [ ! -f "$jar" ]; then
  cp "$source_jar" "$jar.tmp"
  mv "$jar.tmp" "$jar"
fi

array=$(sbatch --parsable --array="${only:-1-$tasks}" --job-name="rider-$experiment" \
  --output="$out/slurm/logs/%x-%A_%a.out" \
  "$here/rider-array.sbatch" "$jar" "$experiment" "$scale" "$tasks" "$out" "$@")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --output="$out/slurm/logs/%x-%j.out" "$here/rider-merge.sbatch" "$jar" "$out")
merge=${merge%%;*}
echo "array $array"
echo "merge $merge"
