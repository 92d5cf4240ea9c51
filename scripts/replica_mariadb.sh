#!/usr/bin/env bash
# A MariaDB primary and a read replica of it on this machine, for the site that reads its reports
# from a replica (docs/read-replica.md, scripts/test-read-replica). The machine's shared server
# (3306) writes no binary log and must not be restarted, so the pair is private, each server
# started by reliability/private_mariadb.sh with its own data directory under $BENCH_DIR.
#
#   scripts/replica_mariadb.sh start                  start what is not running; on first use
#                                                     create both servers and set the replica to
#                                                     follow the primary from its first GTID
#   scripts/replica_mariadb.sh stop [primary|replica] clean shutdown of one server, or both
#   scripts/replica_mariadb.sh destroy                stop both and delete their data
#   scripts/replica_mariadb.sh sql primary|replica …  the mariadb client as root on that server
#   scripts/replica_mariadb.sh grant USER             what a site's database user needs on the
#                                                     replica: REPLICA MONITOR, for SHOW REPLICA
#                                                     STATUS (granted on the primary, replicated)
#   scripts/replica_mariadb.sh wait [SECONDS]         until the replica has applied all the
#                                                     primary has written (default 60 s)
#
# Environment: REPLICA_DB_DIR (default $BENCH_DIR/replica-mariadb), PRIMARY_DB_PORT (default
# 3317), REPLICA_DB_PORT (default 3318).
set -euo pipefail

BENCH_DIR=${BENCH_DIR:-$HOME/frappe-bench}
DIR=${REPLICA_DB_DIR:-$BENCH_DIR/replica-mariadb}
PRIMARY_PORT=${PRIMARY_DB_PORT:-3317}
REPLICA_PORT=${REPLICA_DB_PORT:-3318}
PRIVATE_DB=$(cd "$(dirname "${BASH_SOURCE[0]}")/../reliability" && pwd)/private_mariadb.sh
# The replica's connection to the primary; both listen on 127.0.0.1 only.
REPLICATION_USER=replicator
REPLICATION_PASSWORD=replicator

# The pair holds test data only: no flush to disk at each commit, which halves the time to load a
# site into the primary (40 s to 20 s on the 2-core machine).
UNSAFE_FAST="--innodb-flush-log-at-trx-commit=0 --innodb-flush-method=nosync --innodb-doublewrite=0"

# One server: private_mariadb.sh with its directory, port and options. ROW events replay exactly
# what the primary wrote; the replica refuses writes from anyone without the READ ONLY ADMIN
# privilege (root has it: the tests mark rows on the replica as root).
server() {
	local role=$1 options
	shift
	case $role in
	primary) options="--server-id=1 --log-bin=mariadb-bin --binlog-format=ROW $UNSAFE_FAST" ;;
	replica) options="--server-id=2 --read-only --relay-log=relay-bin $UNSAFE_FAST" ;;
	*)
		echo "unknown server: $role (primary or replica)" >&2
		return 2
		;;
	esac
	local port=$PRIMARY_PORT
	[[ $role == replica ]] && port=$REPLICA_PORT
	FAULT_DB_DIR=$DIR/$role FAULT_DB_PORT=$port FAULT_DB_OPTIONS=$options bash "$PRIVATE_DB" "$@"
}

start() {
	server primary start
	server replica start
	# First use: the primary's binary log holds everything it was ever given (its data directory
	# was created without one), so the replica starts from the empty GTID position and replays it
	# all; nothing needs copying by hand. Later starts resume where the replica stopped.
	if [[ -z $(server replica sql --skip-column-names --execute 'SHOW REPLICA STATUS') ]]; then
		server primary sql <<-SQL
			CREATE USER IF NOT EXISTS '$REPLICATION_USER'@'127.0.0.1' IDENTIFIED BY '$REPLICATION_PASSWORD';
			GRANT REPLICATION SLAVE ON *.* TO '$REPLICATION_USER'@'127.0.0.1';
		SQL
		server replica sql <<-SQL
			SET GLOBAL gtid_slave_pos = '';
			CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = $PRIMARY_PORT,
				MASTER_USER = '$REPLICATION_USER', MASTER_PASSWORD = '$REPLICATION_PASSWORD',
				MASTER_USE_GTID = slave_pos, MASTER_CONNECT_RETRY = 1;
			START REPLICA;
		SQL
	fi
	wait_for_replica 60
}

# The replica has executed every transaction the primary has logged, or fail after SECONDS.
wait_for_replica() {
	local seconds=$1 position
	position=$(server primary sql --skip-column-names --execute 'SELECT @@gtid_binlog_pos')
	if [[ $(server replica sql --skip-column-names --execute \
		"SELECT MASTER_GTID_WAIT('$position', $seconds)") != 0 ]]; then
		echo "the replica did not reach the primary's position $position within $seconds s:" >&2
		server replica sql --execute 'SHOW REPLICA STATUS\G' | grep -E 'Running|Error|Behind' >&2
		return 1
	fi
}

stop() {
	case ${1:-both} in
	primary | replica) server "$1" stop ;;
	both) server replica stop && server primary stop ;;
	*)
		echo "unknown server: $1 (primary, replica or nothing for both)" >&2
		return 2
		;;
	esac
}

case ${1:-} in
start) start ;;
stop) stop "${2:-both}" ;;
destroy) stop both && rm -rf "$DIR" ;;
sql) shift && server "${1:-}" sql "${@:2}" ;;
grant)
	[[ -n ${2:-} ]] || { echo "usage: $0 grant USER" >&2 && exit 2; }
	server primary sql --execute "GRANT REPLICA MONITOR ON *.* TO '$2'@'%'"
	;;
wait) wait_for_replica "${2:-60}" ;;
*)
	echo "usage: $0 start|stop [primary|replica]|destroy|sql primary|replica [client arguments]|grant USER|wait [SECONDS]" >&2
	exit 2
	;;
esac
