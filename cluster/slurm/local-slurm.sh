#!/usr/bin/env bash
# A single-node Slurm on this machine, for trying rider's job array on a laptop and for testing it.
#
#   cluster/slurm/local-slurm.sh [COMMAND [ARG ...]]
#
# Starts munged, slurmctld and slurmd with everything (munge key, slurm.conf, state, spool, logs)
# in a fresh temporary directory, runs COMMAND (default: an interactive shell) with SLURM_CONF
# pointing at that cluster, then cancels every job left, stops the three daemons and removes the
# directory, also when COMMAND fails or the script is interrupted or terminated (then COMMAND's
# process group is stopped first). Exits with COMMAND's status.
#
# The cluster has one node with this machine's CPUs (nproc) and memory and one partition, "local".
# Its ports are picked free, so it does not disturb a Slurm that already runs here. Installs the
# Debian packages slurm-wlm and munge with apt-get when slurmctld, slurmd or munged is missing
# (needs root, as do the daemons: slurmd runs the jobs, which run as the calling user, root here).
#
# Environment: RIDER_SLURM_KEEP=1 keeps the temporary directory (logs) after exit;
# RIDER_SLURM_TMP sets where the directory is made (default: $TMPDIR or /tmp).
set -euo pipefail

say() { echo "local-slurm: $*" >&2; }
die() { say "$*"; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root (slurmd starts jobs as their user; munged and slurmctld as root here)"

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null \
    || ! command -v munged >/dev/null || ! command -v sbatch >/dev/null; then
  say "installing slurm-wlm and munge (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
fi

base=$(mktemp -d "${RIDER_SLURM_TMP:-${TMPDIR:-/tmp}}/rider-slurm.XXXXXX")
chmod 700 "$base"

# Stops what this script started, in reverse order: jobs, slurmd, slurmctld, munged. Each daemon
# is stopped by the process id in its own pid file, never by name.
stop_pid() {  # NAME PIDFILE
  local pid
  [ -s "$2" ] || return 0
  pid=$(cat "$2")
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  say "$1 ($pid) did not stop in 10 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  if [ -n "${command_group:-}" ] && kill -0 -- "-$command_group" 2>/dev/null; then
    kill -TERM -- "-$command_group" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 -- "-$command_group" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$command_group" 2>/dev/null || true
  fi
  if [ -s "$base/slurmctld.pid" ] && kill -0 "$(cat "$base/slurmctld.pid")" 2>/dev/null; then
    # jobs must not outlive the cluster: cancel them and wait until slurmd has reaped their steps
    scancel --partition=local 2>/dev/null || true
    for _ in $(seq 1 300); do  # squeue lists pending, running and completing jobs
      squeue --noheader --format=%i 2>/dev/null | grep -q . || break
      sleep 0.1
    done
  fi
  stop_pid slurmd "$base/slurmd.pid"
  stop_pid slurmctld "$base/slurmctld.pid"
  stop_pid munged "$base/munged.pid"
  if [ "${RIDER_SLURM_KEEP:-0}" = 1 ]; then
    say "kept $base"
  else
    rm -rf "$base"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# --- munge: a fresh key and a private socket ---------------------------------------------------
mkdir -m 700 "$base/munge"
dd if=/dev/urandom of="$base/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$base/munge/munge.key"
socket="$base/munge/munge.socket"
munged --force --key-file="$base/munge/munge.key" --socket="$socket" \
  --pid-file="$base/munged.pid" --log-file="$base/munge/munged.log" \
  --seed-file="$base/munge/munged.seed" \
  || die "munged did not start; see $base/munge/munged.log"

# --- slurm.conf --------------------------------------------------------------------------------
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pick_ports() {  # two adjacent free ports for slurmctld and slurmd
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    if port_free "$p" && port_free $((p + 1)); then echo "$p"; return 0; fi
  done
  return 1
}
port=$(pick_ports) || die "no two free adjacent TCP ports found"
host=$(uname -n)
host=${host%%.*}
cpus=$(nproc)
mem_mb=$(awk '/^MemTotal:/ { print int($2 / 1024) }' /proc/meminfo)
mkdir -p "$base/state" "$base/spool" "$base/log"
cat >"$base/slurm.conf" <<EOF
ClusterName=riderlocal
SlurmctldHost=${host}(127.0.0.1)
SlurmctldPort=${port}
SlurmdPort=$((port + 1))
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=${socket}
StateSaveLocation=${base}/state
SlurmdSpoolDir=${base}/spool
SlurmctldPidFile=${base}/slurmctld.pid
SlurmdPidFile=${base}/slurmd.pid
SlurmctldLogFile=${base}/log/slurmctld.log
SlurmdLogFile=${base}/log/slurmd.log
SlurmctldDebug=info
MailProg=/bin/true
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SlurmdParameters=config_overrides
ReturnToService=2
MinJobAge=3600
KillWait=5
SlurmctldTimeout=30
SlurmdTimeout=30
NodeName=${host} NodeAddr=127.0.0.1 CPUs=${cpus} RealMemory=${mem_mb} State=UNKNOWN
PartitionName=local Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$base/slurm.conf"
export RIDER_LOCAL_SLURM="$base"

# --- daemons -----------------------------------------------------------------------------------
slurmctld -i || die "slurmctld did not start; see $base/log/slurmctld.log"
slurmd -N "$host" || die "slurmd did not start; see $base/log/slurmd.log"
ready=0
for _ in $(seq 1 300); do
  if sinfo --noheader --format=%t 2>/dev/null | grep -Eq '^(idle|mix|alloc)'; then ready=1; break; fi
  sleep 0.1
done
[ "$ready" = 1 ] || die "the node did not come up in 30 s; see $base/log/"
say "cluster up: SLURM_CONF=$SLURM_CONF (node $host, $cpus CPUs, ${mem_mb} MB; logs in $base/log)"

if [ $# -eq 0 ]; then
  "${SHELL:-/bin/bash}" -i
elif [ -t 0 ]; then
  "$@"  # on a terminal, in the foreground: Ctrl-C reaches it and this script alike
else
  # Without a terminal (CI, scripts), in its own process group, waited for: a TERM or HUP sent to
  # this script alone then stops the command's whole group before the cluster goes down.
  set -m
  "$@" <&0 &
  command_group=$!
  set +m
  wait "$command_group"
fi
