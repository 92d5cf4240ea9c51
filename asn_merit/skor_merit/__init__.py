"""The Frappe side of merit scoring: gather inputs in bulk, call the pure rules, store results."""
