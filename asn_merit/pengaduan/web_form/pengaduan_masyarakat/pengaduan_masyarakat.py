def get_context(context):
	# The form is public; nothing about the visitor is added to the page.
	context.no_cache = 1
