#!/usr/bin/env bash
# A MariaDB server of the fault runs' own, so that restarting the database in the middle of a
# load takes it from under the fault site only, never from the machine's other sites (and
# `service mariadb restart` cannot stop the shared server on every machine).
#
#   reliability/private_mariadb.sh start     create the data directory on first use, start, wait
#   reliability/private_mariadb.sh stop      clean shutdown (SIGTERM), wait until it is gone
#   reliability/private_mariadb.sh restart   stop, then start: what db_restart.py does mid-load
#   reliability/private_mariadb.sh crash     SIGKILL, then start: a crash instead of a shutdown
#   reliability/private_mariadb.sh sql ...   the mariadb client as root on this server
#
# Environment: FAULT_DB_DIR (default $BENCH_DIR/fault-mariadb), FAULT_DB_PORT (default 3307),
# FAULT_DB_OPTIONS (more mariadbd options, split on spaces: scripts/replica_mariadb.sh starts a
# primary and its replica with this script).
set -euo pipefail

BENCH_DIR=${BENCH_DIR:-$HOME/frappe-bench}
DIR=${FAULT_DB_DIR:-$BENCH_DIR/fault-mariadb}
PORT=${FAULT_DB_PORT:-3307}
SOCKET=$DIR/mariadb.sock
PID_FILE=$DIR/mariadb.pid
read -ra OPTIONS <<<"${FAULT_DB_OPTIONS:-}"

sql() {
	mariadb --no-defaults --socket="$SOCKET" --user=root "$@"
}

running() {
	[[ -f $PID_FILE ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

start() {
	if [[ ! -d $DIR/data/mysql ]]; then
		mkdir -p "$DIR"
		mariadb-install-db --no-defaults --datadir="$DIR/data" --user=root \
			--auth-root-authentication-method=normal --skip-test-db >"$DIR/install.log" 2>&1
	fi
	running && return 0
	# Frappe's settings (utf8mb4, unicode collation); nothing else differs from the defaults but
	# FAULT_DB_OPTIONS and the temporary directory: with the default (/tmp, shared with the
	# machine's own server) the shared server's on-disk temporary tables vanished under it
	# mid-query ("Error on delete of '/tmp/#sql-temptable-...MAI'") while private servers started.
	mkdir -p "$DIR/tmp"
	setsid mariadbd --no-defaults --datadir="$DIR/data" --tmpdir="$DIR/tmp" --user=root \
		--port="$PORT" --bind-address=127.0.0.1 --socket="$SOCKET" --pid-file="$PID_FILE" \
		--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
		--log-error="$DIR/error.log" "${OPTIONS[@]}" </dev/null >/dev/null 2>&1 &
	local waited=0
	until sql --execute 'SELECT 1' >/dev/null 2>&1; do
		((waited++ < 600)) || { echo "private MariaDB did not start: see $DIR/error.log" >&2; return 1; }
		sleep 0.1
	done
}

stop() {
	local signal=${1:-TERM} pid waited=0
	running || return 0
	pid=$(cat "$PID_FILE")
	kill "-$signal" "$pid"
	while kill -0 "$pid" 2>/dev/null; do
		((waited++ < 1200)) || { echo "private MariaDB did not stop" >&2; return 1; }
		sleep 0.1
	done
	rm -f "$PID_FILE"
}

case ${1:-} in
start) start ;;
stop) stop ;;
restart) stop && start ;;
crash) stop KILL && start ;;
sql) shift && sql "$@" ;;
*)
	echo "usage: $0 start|stop|restart|crash|sql [client arguments]" >&2
	exit 2
	;;
esac
