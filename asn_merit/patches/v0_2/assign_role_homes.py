"""Give users who hold our roles, or only the Employee role, the workspace made for their work,
and keep ERPNext's modules out of the sidebar of those who work only in this app
(setup/role_homes.py). Runs after the model sync, which brings the new workspaces.

Fills only empty values: a default workspace or module profile an administrator chose stays.
Running it again changes nothing.
"""

from asn_merit.setup.role_homes import assign_role_homes, make_module_profile


def execute():
	make_module_profile()
	assign_role_homes()
