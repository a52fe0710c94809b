#!/usr/bin/env bash
# End-to-end test of rider's Slurm job array on a local single-node Slurm (local-slurm.sh):
#
#   cluster/slurm/test-array.sh
#
# 1. runs a small table2 sweep (12 cells) once, unsharded, as the reference;
# 2. submits the same sweep with submit.sh as an array of 3 tasks plus its merge job;
# 3. cancels task 2 with scancel once it has stored a cell and before it has stored all of its 4,
#    and checks that Slurm cancels the merge job (its afterok dependency can no longer hold);
# 4. resubmits task 2 (submit.sh --tasks 2) and waits for the new merge job;
# 5. checks that task 2 resumed (its stored cells were kept byte for byte, not recomputed), that
#    each task wrote only its own folder, and that the merged output is byte-identical to the
#    reference in every file, timing fields aside (a cell's "seconds", results.json's "timing",
#    report.md's seconds of computation and the run costs it extrapolates from the measured CPU time).
#
# Needs root (it starts the daemons; installs slurm-wlm and munge when missing) and rider's jar
# ($RIDER_JAR, else experiments/target/rider.jar, built by ./rider when stale). Prints one line
# per step, "test-array: PASS" at the end, and exits non-zero on the first failed check.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [ -z "${RIDER_LOCAL_SLURM:-}" ]; then
  if [ -z "${RIDER_JAR:-}" ]; then
    "$root/rider" --version >/dev/null  # builds the jar when stale, before the cluster starts
    export RIDER_JAR="$root/experiments/target/rider.jar"
  fi
  exec "$here/local-slurm.sh" "${BASH_SOURCE[0]}" "$@"
fi

say() { echo "test-array: $*"; }
fail() { echo "test-array: FAIL: $*" >&2; exit 1; }

work="$RIDER_LOCAL_SLURM/test"
mkdir -p "$work"
out="$work/array"
ref="$work/reference"
jar="${RIDER_JAR:-$root/experiments/target/rider.jar}"
# table2's quick grid (Ref Mean 0, 0.4 x Ref Std 0.05, 0.4) x 3 methods, 1 replicate: 12 cells of ~1 s
sweep=(--seeds 1 --train-size 600 --test-size 200 --epochs 1)
tasks=3
deadline=$((SECONDS + 900))

# The state of job ID, one word per distinct state of its records; retried while the controller
# does not answer (a busy slurmctld times out now and then).
state() {
  local records
  until records=$(scontrol --oneliner show job "$1" 2>/dev/null); do
    [ $SECONDS -lt $deadline ] || fail "scontrol show job $1 failed for 15 min"
    sleep 0.5
  done
  grep -o 'JobState=[A-Z_]*' <<<"$records" | cut -d= -f2 | sort -u | xargs
}
# Whether job ID (an array: any of its tasks) is pending, running or completing; an unanswered
# query counts as yes.
queued() {
  local ids
  ids=$(squeue --noheader --jobs="$1" --format=%i 2>/dev/null) || return 0
  [ -n "$ids" ]
}
# Waits until job ID (an array: every task) has ended.
wait_ended() {
  while queued "$1"; do
    [ $SECONDS -lt $deadline ] || fail "job $1 still queued or running after 15 min"
    sleep 0.5
  done
}
cells_of() { find "$out/shards/$1/table2/cells" -name '*.json' 2>/dev/null | wc -l; }
# A file with its timing fields dropped (Jackson writes one field per line).
normalised() {
  case "$1" in
    *.json) sed -e '/^ *"seconds" : /d' -e '/^ *"timing" : {/,/^ *}/d' "$1" ;;
    *.md) sed -E -e 's/[0-9]+(\.[0-9]+)? s of computation/<t> s of computation/' \
      -e 's/about [0-9.,]+ CPU-(seconds|minutes|hours); about [0-9.,]+ (s|min|h) of wall time/about <t>; about <t> of wall time/g' \
      -e 's/at the [0-9.,]+ ms of CPU per/at the <t> ms of CPU per/g' "$1" ;;
    *) cat "$1" ;;
  esac
}

say "reference: unsharded table2 ${sweep[*]}"
java -Djava.awt.headless=true -jar "$jar" table2 --scale quick "${sweep[@]}" --out "$ref" >"$work/reference.log"

say "submitting $tasks tasks"
ids=$(RIDER_JAR="$jar" "$here/submit.sh" table2 quick "$tasks" "$out" "${sweep[@]}")
array=$(sed -n 's/^array //p' <<<"$ids")
merge1=$(sed -n 's/^merge //p' <<<"$ids")
[ -n "$array" ] && [ -n "$merge1" ] || fail "submit.sh printed no job ids: $ids"
say "array $array, merge $merge1"

# Task 2 owns 4 of the 12 cells; cancel it between its first and its last.
while [ "$(cells_of 2)" -lt 1 ]; do
  [ $SECONDS -lt $deadline ] || fail "task 2 stored no cell in 15 min"
  if ! queued "${array}_2"; then
    [ "$(cells_of 2)" -ge 1 ] || fail "task 2 ended ($(state "${array}_2")) before it stored a cell"
    break
  fi
  sleep 0.05
done
scancel "${array}_2"
wait_ended "${array}_2"
kept=$(cells_of 2)
[ "$(state "${array}_2")" = CANCELLED ] || fail "task 2 is $(state "${array}_2"), not CANCELLED"
[ "$kept" -lt 4 ] || fail "task 2 stored all its cells before scancel reached it"
(cd "$out/shards/2/table2/cells" && sha256sum ./*.json) >"$work/task2-before.sha256"
say "cancelled task 2 with $kept of its 4 cells stored"

wait_ended "$array"
[ "$(state "${array}_1")" = COMPLETED ] || fail "task 1 is $(state "${array}_1")"
[ "$(state "${array}_3")" = COMPLETED ] || fail "task 3 is $(state "${array}_3")"
wait_ended "$merge1"
[ "$(state "$merge1")" = CANCELLED ] || fail "merge job $merge1 is $(state "$merge1"), not CANCELLED"
[ ! -e "$out/report.md" ] || fail "a merge ran although task 2 was cancelled"
say "tasks 1 and 3 completed; Slurm cancelled merge $merge1 (dependency never satisfied)"

ids=$(RIDER_JAR="$jar" "$here/submit.sh" --tasks 2 table2 quick "$tasks" "$out" "${sweep[@]}")
again=$(sed -n 's/^array //p' <<<"$ids")
merge2=$(sed -n 's/^merge //p' <<<"$ids")
say "resubmitted task 2 as $again, merge $merge2"
wait_ended "$again"
wait_ended "$merge2"
[ "$(state "$again")" = COMPLETED ] || fail "resubmitted task 2 is $(state "$again")"
[ "$(state "$merge2")" = COMPLETED ] || fail "merge job $merge2 is $(state "$merge2"); see $out/slurm/logs"

log2="$out/slurm/logs/rider-table2-${again}_2.out"
grep -q "table2: $((4 - kept)) of 12 cells computed, $kept resumed" "$log2" \
  || fail "resubmitted task 2 did not resume its $kept cells: $(cat "$log2")"
(cd "$out/shards/2/table2/cells" && sha256sum --quiet -c "$work/task2-before.sha256") \
  || fail "task 2's stored cells changed on resume"
for i in 1 2 3; do
  [ "$(cells_of $i)" = 4 ] || fail "shard $i holds $(cells_of $i) cells, not its 4"
done
grep -q "table2: 12 of 12 cells, results written" "$out/slurm/logs/rider-merge-$merge2.out" \
  || fail "merge log: $(cat "$out/slurm/logs/rider-merge-$merge2.out")"
say "task 2 resumed ($kept cells kept byte for byte, $((4 - kept)) computed); merge $merge2 completed"

expected=$(cd "$ref" && find . -type f | sort)
actual=$(cd "$out" && find . -type f -not -path './shards/*' -not -path './slurm/*' | sort)
[ "$expected" = "$actual" ] || fail "merged files differ from the reference's:
$(diff <(echo "$expected") <(echo "$actual"))"
n=0
while read -r f; do
  cmp -s <(normalised "$ref/$f") <(normalised "$out/$f") \
    || fail "$f differs from the unsharded run: $(diff <(normalised "$ref/$f") <(normalised "$out/$f") | head -5)"
  n=$((n + 1))
done <<<"$expected"
say "merged output equals the unsharded run in all $n files (timing fields aside)"
say PASS
