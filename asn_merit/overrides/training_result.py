"""Our rules on HRMS's Training Result: a submitted result closes the development-plan actions of
its employees for that Training Event and counts the hours as JP; a cancelled one reopens them."""

from asn_merit.talenta.pengembangan import on_training_result_cancel, on_training_result_submit


def on_submit(doc, method=None):
	on_training_result_submit(doc, method)


def on_cancel(doc, method=None):
	on_training_result_cancel(doc, method)
