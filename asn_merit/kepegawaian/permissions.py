"""Who sees which personnel record of the Kepegawaian feature."""

from asn_merit.permissions import has_own_row_permission, own_rows_condition


# A Penetapan Angka Kredit is the JF holder's own; BKPSDM and HR see all.
def penetapan_angka_kredit_query(user: str | None = None) -> str:
	return own_rows_condition(user, "Penetapan Angka Kredit", ("employee",))


def has_penetapan_angka_kredit_permission(
	doc, ptype: str | None = None, user: str | None = None
) -> bool | None:
	return has_own_row_permission(doc, user, ("employee",))
