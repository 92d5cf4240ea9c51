# Shared settings for scripts/*: sourced, never run.
# shellcheck shell=bash

APP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
BENCH_DIR=${BENCH_DIR:-$HOME/frappe-bench}
FRAPPE_REPO=${FRAPPE_REPO:-https://github.com/frappe/frappe}
ERPNEXT_REPO=${ERPNEXT_REPO:-https://github.com/frappe/erpnext}
HRMS_REPO=${HRMS_REPO:-https://github.com/frappe/hrms}
FRAPPE_BRANCH=${FRAPPE_BRANCH:-version-15}
DB_ROOT_PASSWORD=${DB_ROOT_PASSWORD:-}
export BENCH_DIR

# Run a bench command from inside the bench (bench finds its config from the cwd).
in_bench() {
	(cd "$BENCH_DIR" && "$@")
}

# bench prompts for the root password even when it is empty: answer on stdin.
with_db_password() {
	printf '%s\n' "$DB_ROOT_PASSWORD" | in_bench "$@" --db-root-password "$DB_ROOT_PASSWORD"
}

# Point apps/asn_merit at a checkout of the app and install it editable into the bench's env
# (the env's .pth holds the resolved path, so the link alone would not switch the code).
link_app() {
	local checkout=$1 link="$BENCH_DIR/apps/asn_merit"
	if [[ "$(readlink -f "$link" 2>/dev/null)" != "$(readlink -f "$checkout")" ]]; then
		rm -rf "$link"
		ln -s "$checkout" "$link"
		"$BENCH_DIR/env/bin/python" -m pip install --quiet --no-deps --editable "$link"
	fi
}
