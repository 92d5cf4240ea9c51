"""Pure merit-system rules: no frappe import anywhere in this package.

Controllers gather fields, call one function here and write the result back; the
functions return results and reasons as data, so plain pytest can test every rule.
"""

from asn_merit.merit.nip import NIP, InvalidNIP, build_nip, check_nip_against, parse_nip
from asn_merit.merit.reasons import Reason

__all__ = ["NIP", "InvalidNIP", "Reason", "build_nip", "check_nip_against", "parse_nip"]
