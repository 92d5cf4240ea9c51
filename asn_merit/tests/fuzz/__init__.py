"""Hostile input on the public endpoints: generated payloads sent to a gunicorn-served site.

strategies.py builds the payloads with hypothesis, harness.py sends them and judges each answer
and what the site stored, desk_check.py opens stored complaints in headless Chromium as an
officer. test_public_endpoints.py is the CI-sized run; `scripts/fuzz` runs the same code with
10,000 payloads or more (docs/reliability.md).
"""
