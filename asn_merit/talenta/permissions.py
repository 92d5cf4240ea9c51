"""Merit scores and assessment results: the ASN's own, HR all."""

from asn_merit.permissions import has_own_row_permission, own_rows_condition


# Merit scores and assessment results: the ASN's own, HR all. HRMS's User Permission on Employee
# is optional per employee and also opens a superior's subordinates, so it is not relied on.
def skor_merit_query(user: str | None = None) -> str:
	return own_rows_condition(user, "Skor Merit", ("employee",))


def has_skor_merit_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return has_own_row_permission(doc, user, ("employee",))


def hasil_asesmen_query(user: str | None = None) -> str:
	return own_rows_condition(user, "Hasil Asesmen", ("employee",))


def has_hasil_asesmen_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return has_own_row_permission(doc, user, ("employee",))
