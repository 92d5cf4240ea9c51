"""The promotion Workflow: created on install when missing, never overwritten afterwards.

Not a fixture: Frappe re-imports a fixture on every migrate whenever its `modified` differs
from the file's, so a regency's own states and transitions on Usulan Promosi were replaced on
each upgrade. A change we need to make to an installed workflow ships as a patch that keeps
the regency's edits.

Its states send no workflow action e-mail (`send_email` 0), as the 0.1.0 fixture import left
them: that e-mail attaches a PDF print of the proposal, which needs wkhtmltopdf on the server.
"""

import json
from pathlib import Path

import frappe
from frappe.utils.fixtures import sync_fixtures

from asn_merit.constants import WORKFLOW_USULAN_PROMOSI

WORKFLOW_FILES = {WORKFLOW_USULAN_PROMOSI: Path(__file__).with_name("workflow_usulan_promosi.json")}


def make_workflows() -> None:
	# Its states, actions and roles are fixtures, which install-app syncs only after
	# after_install: sync them first (idempotent).
	sync_fixtures("asn_merit")
	for name, path in WORKFLOW_FILES.items():
		if frappe.db.exists("Workflow", name):
			continue
		record = json.loads(path.read_text())[0]
		record.pop("modified", None)
		frappe.get_doc(record).insert(ignore_permissions=True)
