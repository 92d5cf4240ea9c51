"""The Frappe side of promotion proposals: guards at each workflow step, the HRMS effect, batches."""
