"""Frappe-side code of Pengaduan Masyarakat: the public form and its guards, routing, auto-close.

The rules themselves (deadlines, states, tracking, attachment limits, which address a request
comes from) are pure and live in asn_merit.merit; these modules gather their inputs from the
site. The form's proof of work is ALTCHA's (the `altcha` package), signed and checked in
public_form; per-address limits are guest_limits.
"""
