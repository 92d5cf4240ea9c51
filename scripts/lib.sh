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

# unittest closes with "Ran N tests" and "OK" or "FAILED (...)": say it as counts, and call
# a run that ran nothing a failure. Arguments: the log, the runner's name.
summarise_unittest() {
	python3 - "$1" "$2" <<-'PY'
	import re, sys
	text, runner = open(sys.argv[1], errors="replace").read(), sys.argv[2]
	ran = re.findall(r"^Ran (\d+) tests?", text, re.M)
	verdict = re.findall(r"^(OK|FAILED)(?: \((.*)\))?$", text, re.M)
	if not ran or not verdict:
	    print(f"{runner}: run-tests printed no result")
	    sys.exit(1)
	counts = dict(re.findall(r"(\w+)=(\d+)", verdict[-1][1]))
	failed = int(counts.get("failures", 0)) + int(counts.get("errors", 0))
	skipped = int(counts.get("skipped", 0))
	total = int(ran[-1])
	print(f"{runner}: {total - failed - skipped} passed, {failed} failed, {skipped} skipped")
	sys.exit(1 if failed or total == 0 or verdict[-1][0] != "OK" else 0)
	PY
}
