"""Hold Python's cyclic garbage collector while a bulk read builds its objects.

Reading the inputs of 10,000 or 50,000 employees builds hundreds of thousands of tuples, dicts
and dataclasses that all stay alive, none of them in a reference cycle. Each time enough new
objects pile up the collector walks them all again, and its full passes cover a heap that keeps
growing, so the cost rises faster than the number of employees. Measured on the benchmark sites
(docs/benchmarks.md): scoring 10,000 ASN 1.19 s to 1.02 s, 50,000 ASN 6.1 s to 4.6 s. Reference
counting still frees everything that is not a cycle; the collector runs again at the end.
"""

import gc
from contextlib import contextmanager


@contextmanager
def gc_paused():
	"""No cyclic collection inside the block. The switch is the whole process's: of two threads
	in such blocks at once, the one that found it on turns it back on, so it ends on."""
	enabled = gc.isenabled()
	gc.disable()
	try:
		yield
	finally:
		if enabled:
			gc.enable()
