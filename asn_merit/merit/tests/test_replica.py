import unittest

from asn_merit.merit.replica import replica_unfit

RUNNING = {"Slave_IO_Running": "Yes", "Slave_SQL_Running": "Yes", "Seconds_Behind_Master": 0}


class TestReplicaUnfit(unittest.TestCase):
	def test_a_running_replica_within_the_lag_is_fit(self):
		self.assertIsNone(replica_unfit(RUNNING, 30))
		self.assertIsNone(replica_unfit({**RUNNING, "Seconds_Behind_Master": 30}, 30))

	def test_mysqls_newer_column_names_are_read_too(self):
		status = {"Replica_IO_Running": "Yes", "Replica_SQL_Running": "Yes", "Seconds_Behind_Source": 2}
		self.assertIsNone(replica_unfit(status, 30))
		self.assertIn("tertinggal 40 detik", replica_unfit({**status, "Seconds_Behind_Source": 40}, 30))

	def test_a_server_that_replicates_nothing_is_unfit(self):
		self.assertIn("tidak mereplikasi", replica_unfit(None, 30))
		self.assertIn("tidak mereplikasi", replica_unfit({}, 30))

	def test_a_stopped_or_reconnecting_thread_makes_it_unfit(self):
		self.assertIn("thread IO", replica_unfit({**RUNNING, "Slave_IO_Running": "Connecting"}, 30))
		self.assertIn("thread SQL", replica_unfit({**RUNNING, "Slave_SQL_Running": "No"}, 30))

	def test_an_unknown_lag_is_unfit(self):
		self.assertIn("tidak diketahui", replica_unfit({**RUNNING, "Seconds_Behind_Master": None}, 30))

	def test_a_lag_past_the_limit_is_unfit(self):
		reason = replica_unfit({**RUNNING, "Seconds_Behind_Master": 3616}, 30)
		self.assertEqual(reason, "replika tertinggal 3616 detik dari primer (batas 30 detik)")
		self.assertIn("batas 0 detik", replica_unfit({**RUNNING, "Seconds_Behind_Master": 1}, 0))
