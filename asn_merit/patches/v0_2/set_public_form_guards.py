"""Store the public form's new guard settings (ALTCHA difficulty and expiry, per-address limits)
with their defaults, and make the key that signs the challenges, on sites installed before them."""

from asn_merit.setup.public_form import set_public_form_defaults


def execute():
	set_public_form_defaults()
