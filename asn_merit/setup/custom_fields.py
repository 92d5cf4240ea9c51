"""Our fields on ERPNext/HRMS DocTypes, as data for `create_custom_fields`.

Changing this dict needs a new `execute:` line in patches.txt so existing sites get it.
"""

from asn_merit.constants import MODULE

CUSTOM_FIELDS = {
	"Employee": [
		{
			"fieldname": "nip",
			"label": "NIP",
			"fieldtype": "Data",
			"length": 18,
			"unique": 1,
			"insert_after": "employee_name",
			"in_standard_filter": 1,
			"in_global_search": 1,
			"description": "Nomor Induk Pegawai: 18 angka (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut).",
			"module": MODULE,
		},
	],
}
