# Sites from a snapshot of a freshly installed frappe + erpnext + hrms site: sourced, never run.
# A raw SQL restore takes seconds where `bench new-site` or `reinstall` take over a minute.
# shellcheck shell=bash

SNAPSHOT_DIR="$BENCH_DIR/snapshots"

mysql_root() {
	MYSQL_PWD="$DB_ROOT_PASSWORD" mysql --host 127.0.0.1 --port 3306 --user root "$@"
}

require_database() {
	if ! mysql_root --execute 'SELECT 1' >/dev/null 2>&1; then
		echo "error: MariaDB at 127.0.0.1:3306 does not answer for root; integration tests cannot run" >&2
		return 1
	fi
}

# One snapshot per combination of framework commits: a changed frappe/erpnext/hrms gets a new one.
snapshot_key() {
	local app
	for app in frappe erpnext hrms; do git -C "$BENCH_DIR/apps/$app" rev-parse --short HEAD; done | paste -sd-
}

ensure_snapshot() {
	SNAPSHOT="$SNAPSHOT_DIR/erpnext-hrms-$(snapshot_key)"
	[[ -f "$SNAPSHOT.sql.gz" && -f "$SNAPSHOT.site_config.json" ]] && return
	echo "creating snapshot $SNAPSHOT (a new site with erpnext and hrms, about 80 s)"
	local site=asn-snapshot.localhost
	drop_site "$site"
	with_db_password bench new-site "$site" --admin-password admin \
		--mariadb-user-host-login-scope '%' --install-app erpnext --install-app hrms
	dump_site "$site" "$SNAPSHOT"
	drop_site "$site"
}

# Save a site's database and config as a snapshot that restore_site can take.
dump_site() {
	local site=$1 snapshot=$2 db_name
	mkdir -p "$(dirname "$snapshot")"
	db_name=$(site_config_value "$site" db_name)
	MYSQL_PWD="$DB_ROOT_PASSWORD" mysqldump --host 127.0.0.1 --user root --single-transaction --quick "$db_name" |
		gzip -1 >"$snapshot.sql.gz.part"
	mv "$snapshot.sql.gz.part" "$snapshot.sql.gz"
	cp "$BENCH_DIR/sites/$site/site_config.json" "$snapshot.site_config.json"
}

drop_site() {
	local site=$1
	[[ -d "$BENCH_DIR/sites/$site" ]] || return 0
	with_db_password bench drop-site "$site" --no-backup --force >/dev/null
}

site_config_value() {
	python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' \
		"$BENCH_DIR/sites/$1/site_config.json" "$2"
}

# Replace the site's database with a snapshot (creating the site folder when missing): by
# default the clean erpnext + hrms one, else the one named (a path without .sql.gz).
restore_site() {
	local site=$1 SNAPSHOT=${2:-}
	[[ -n "$SNAPSHOT" ]] || ensure_snapshot
	local db_name
	db_name=$(printf '%s' "$site" | tr -c 'a-zA-Z0-9\n' '_' | cut -c1-60)
	mkdir -p "$BENCH_DIR/sites/$site"/{logs,locks,public/files,private/files,private/backups}
	python3 - "$SNAPSHOT.site_config.json" "$BENCH_DIR/sites/$site/site_config.json" "$db_name" <<-'PY'
		import json, sys
		config = json.load(open(sys.argv[1]))
		config["db_name"] = sys.argv[3]
		json.dump(config, open(sys.argv[2], "w"), indent=1)
	PY
	local db_password
	db_password=$(site_config_value "$site" db_password)
	# OR REPLACE: a user left by an older snapshot keeps its old password otherwise (access denied).
	mysql_root <<-SQL
		DROP DATABASE IF EXISTS \`$db_name\`;
		CREATE DATABASE \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		CREATE OR REPLACE USER '$db_name'@'%' IDENTIFIED BY '$db_password';
		GRANT ALL PRIVILEGES ON \`$db_name\`.* TO '$db_name'@'%';
		FLUSH PRIVILEGES;
	SQL
	gunzip -c "$SNAPSHOT.sql.gz" | mysql_root "$db_name"
	# Frappe prefixes its Redis keys with the database name: drop this site's stale cache.
	redis-cli -h 127.0.0.1 -p 6379 --scan --pattern "$db_name|*" | xargs -r redis-cli -h 127.0.0.1 -p 6379 del >/dev/null
	rm -f "$BENCH_DIR/sites/$site/.test_log"
}

# Move a site's database from the shared server onto a private one at 127.0.0.1:PORT (a server
# of a test's own): the site's user and database are created there with its password, the rows
# copied, the shared copy dropped and the site pointed at the new server. Arguments: the site,
# the port, then the command that runs the mariadb client as root on that server.
move_site_database() {
	local site=$1 port=$2 db_name db_password
	shift 2
	db_name=$(site_config_value "$site" db_name)
	db_password=$(site_config_value "$site" db_password)
	"$@" <<-SQL || return 1
		DROP DATABASE IF EXISTS \`$db_name\`;
		CREATE DATABASE \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		CREATE OR REPLACE USER '$db_name'@'%' IDENTIFIED BY '$db_password';
		GRANT ALL PRIVILEGES ON \`$db_name\`.* TO '$db_name'@'%';
	SQL
	MYSQL_PWD="$DB_ROOT_PASSWORD" mysqldump --host 127.0.0.1 --user root --single-transaction --quick "$db_name" |
		"$@" "$db_name" || return 1
	mysql_root --execute "DROP DATABASE \`$db_name\`" &&
		set_site_config "$site" "db_port=$port" 'db_host="127.0.0.1"'
}

# Set keys of a site's config as `bench --site SITE set-config --parse` does, in one step instead
# of a bench start (about 3 s) per key. Arguments: the site, then KEY=VALUE pairs, each VALUE JSON
# (3317, "127.0.0.1", true).
set_site_config() {
	local site=$1
	shift
	python3 - "$BENCH_DIR/sites/$site/site_config.json" "$@" <<-'PY'
		import json, sys
		path, pairs = sys.argv[1], sys.argv[2:]
		config = json.load(open(path))
		for pair in pairs:
		    key, value = pair.split("=", 1)
		    config[key] = json.loads(value)
		json.dump(config, open(path, "w"), indent=1)
	PY
}
