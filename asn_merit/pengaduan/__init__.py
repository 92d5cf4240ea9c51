"""Frappe-side helpers for Pengaduan Masyarakat: settings, holidays, the public form's guards, routing.

The rules themselves (deadlines, states, challenge, tracking, attachment limits) are pure and
live in asn_merit.merit; these modules gather their inputs from the site.
"""
