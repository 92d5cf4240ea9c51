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
