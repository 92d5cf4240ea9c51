"""Frappe-side code of Pengaduan Masyarakat: the public form and its guards, routing, auto-close.

The rules themselves (deadlines, states, challenge, tracking, attachment limits) are pure and
live in asn_merit.merit; these modules gather their inputs from the site.
"""
