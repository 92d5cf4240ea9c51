def get_context(context):
	# Everything the message needs is on the document.
	pass
