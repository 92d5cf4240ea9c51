"""The benchmark table, as printed and as pasted into docs/benchmarks.md."""

import platform
from datetime import datetime


def _ms(seconds: float) -> str:
	return f"{seconds * 1000:,.0f} ms"


def print_table(sizes: dict, results: dict, targets: dict) -> None:
	print(
		f"# asn_merit benchmark, {datetime.now():%Y-%m-%d %H:%M}, {platform.node()}, {platform.processor() or platform.machine()}"
	)
	print("data: " + ", ".join(f"{key} {value:,}" for key, value in sizes.items()))
	print()
	print("| measure | median | min | max | runs | target | met |")
	print("|---|---|---|---|---|---|---|")
	labels = {
		"recompute_bulk": "recompute all merit scores, bulk path",
		"recompute_per_document": "recompute all merit scores, get_doc + save per employee",
		"ranking": "rank candidates for one JPT jabatan (get_peringkat_kandidat)",
		"ranking_cold": "the same, first call in a worker (snapshot of employees read whole)",
		"pengaduan_list": "Pengaduan list, first page, newest first, one unit",
	}
	for key, label in labels.items():
		row = results[key]
		target = targets.get(key)
		met = "" if target is None else ("yes" if row["median"] <= target else "no")
		target_text = "" if target is None else f"≤ {_ms(target)}"
		print(
			f"| {label} | {_ms(row['median'])} | {_ms(row['min'])} | {_ms(row['max'])} | {row['runs']} | {target_text} | {met} |"
		)
	ratio = results["recompute_per_document"]["median"] / results["recompute_bulk"]["median"]
	print(
		f"| per-document / bulk (medians) | {ratio:,.1f}x | | | | ≥ 50x | {'yes' if ratio >= 50 else 'no'} |"
	)
	print()
	print(
		"| guest submissions (gunicorn, 2 workers) | per second | p50 | p99 | sent | accepted | stored | target | met |"
	)
	print("|---|---|---|---|---|---|---|---|---|")
	for key in sorted(
		(k for k in results if k.startswith("submissions_")), key=lambda k: results[k]["concurrency"]
	):
		row = results[key]
		met = row["per_second"] >= 100 and row["p99"] < 0.25 and row["accepted"] == row["stored"]
		print(
			f"| {row['concurrency']} concurrent clients | {row['per_second']:.1f} | {_ms(row['p50'])} | {_ms(row['p99'])} "
			f"| {row['sent']} | {row['accepted']} | {row['stored']} | ≥ 100/s, p99 < 250 ms, none lost | {'yes' if met else 'no'} |"
		)
