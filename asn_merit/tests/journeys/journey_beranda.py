"""Where each role lands after logging in: the workspace made for its work, and a sidebar without
ERPNext's modules they cannot use (issue 22: everyone landed on ERPNext's home)."""

from asn_merit.tests.journeys.desk import DeskJourney, expect

DOMAIN = "kabupaten-contoh.go.id"
# Written out, not read from the code under test.
HOMES = {
	f"bkpsdm.demo@{DOMAIN}": "Sistem Merit",
	f"ppk.demo@{DOMAIN}": "Keputusan PPK",
	f"pengaduan.demo@{DOMAIN}": "Layanan Pengaduan",
	f"penghubung01@{DOMAIN}": "Layanan Pengaduan",
	f"tpk.demo@{DOMAIN}": "Tim Penilai Kinerja",
	f"kepala.unit.demo@{DOMAIN}": "Kepala Unit Kerja",
}
NOT_THEIRS = ("Accounting", "Akuntansi", "CRM", "Build", "Selling", "Penjualan")


class TestBerandaPeran(DeskJourney):
	user = f"bkpsdm.demo@{DOMAIN}"

	def test_each_role_lands_on_its_own_workspace(self):
		for user, workspace in HOMES.items():
			with self.subTest(user=user):
				self.switch_user(user)
				expect(self.page.locator(".page-title .title-text").first).to_have_text(workspace)
				# Its cards and shortcuts are drawn for this user, not an empty page.
				self.expect_workspace_drawn()
				if user != self.user:  # the BKPSDM officer also holds HRMS's HR User: HRMS stays theirs
					sidebar = self.page.locator(".desk-sidebar")
					for module in NOT_THEIRS:
						expect(sidebar.get_by_text(module, exact=True)).to_have_count(0)
				self.shoot(f"{user.split('@')[0]}")

	def test_an_ordinary_asn_lands_on_their_own_page(self):
		self.switch_user(f"pns.demo@{DOMAIN}")
		expect(self.page.locator(".page-title .title-text").first).to_have_text("Beranda ASN")
		self.expect_workspace_drawn()
		for module in NOT_THEIRS:
			expect(self.page.locator(".desk-sidebar").get_by_text(module, exact=True)).to_have_count(0)
		self.shoot("asn")

	def expect_workspace_drawn(self) -> None:
		"""The loading skeleton has gone and the workspace shows its blocks."""
		expect(self.page.locator(".workspace-skeleton")).to_have_count(0, timeout=60000)
		expect(self.page.locator(".codex-editor .ce-block").first).to_be_visible()
		self.wait_idle()
