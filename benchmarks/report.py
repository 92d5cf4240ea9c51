"""The benchmark table, as printed and as pasted into docs/benchmarks.md."""

import platform
from datetime import datetime


def _ms(seconds: float) -> str:
	return f"{seconds * 1000:,.0f} ms"


def print_table(sizes: dict, results: dict, targets: dict, large_target: float) -> None:
	print(
		f"# asn_merit benchmark, {datetime.now():%Y-%m-%d %H:%M}, {platform.node()}, {platform.processor() or platform.machine()}"
	)
	print("data: " + _sizes(sizes))
	if "large" in sizes:
		print("large site: " + _sizes(sizes["large"]))
	print()
	print("| measure | median | min | max | runs | target | met |")
	print("|---|---|---|---|---|---|---|")
	labels = {
		"recompute_bulk": "recompute all merit scores, bulk path",
		"recompute_per_document": "recompute all merit scores, get_doc + save per employee",
		"ranking": "rank candidates for one JPT jabatan (get_peringkat_kandidat)",
		"ranking_cold": "the same, first call in a worker (snapshot of employees read whole)",
		"pengaduan_list": "Pengaduan list, first page, newest first, one unit",
		"ranking_new_worker": "the same, first call in a new worker, from the copy another worker left in Redis",
		"ranking_after_import": "the same, warm, every employee saved moments before (an import or a sync)",
		"recompute_workers_1": "recompute all merit scores, desk button, chunks on 1 RQ worker",
		"recompute_workers_2": "recompute all merit scores, desk button, chunks on 2 RQ workers",
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
		f"| per-document / bulk (medians) | {ratio:,.1f}x | | | | ≥ 100x | {'yes' if ratio >= 100 else 'no'} |"
	)
	print()
	if "large" in results:
		print_growth(sizes, results, large_target)
		print()
	print_phases(sizes, results)
	print()
	print_submissions(results)


def _sizes(sizes: dict) -> str:
	return ", ".join(f"{key} {value:,}" for key, value in sizes.items() if key != "large")


def print_growth(sizes: dict, results: dict, large_target: float) -> None:
	"""The recompute on the regency site and the large one, side by side (medians)."""
	small, large = sizes["pegawai"], sizes["large"]["pegawai"]
	print(
		f"| recompute all merit scores (medians) | {small:,} ASN | {large:,} ASN | growth | target at {large:,} | met |"
	)
	print("|---|---|---|---|---|---|")
	for key, label in (("recompute_bulk", "bulk path"), ("recompute_workers_2", "desk button, 2 RQ workers")):
		here, there = results[key]["median"], results["large"][key]["median"]
		target = f"≤ {_ms(large_target)}" if key == "recompute_bulk" else ""
		met = ("yes" if there <= large_target else "no") if target else ""
		print(
			f"| {label} | {_ms(here)} | {_ms(there)} | {there / here:.1f}x for {large / small:.1f}x the ASN | {target} | {met} |"
		)


def print_phases(sizes: dict, results: dict) -> None:
	"""Where the time of the bulk recompute and of the first ranking call goes (benchmarks.phases),
	medians of the same run, side by side with the row they explain."""
	from benchmarks.phases import COLD_RANKING_PHASES, RECOMPUTE_PHASES

	sites = [(f"{sizes['pegawai']:,} ASN", results)]
	if "large" in results:
		sites.append((f"{sizes['large']['pegawai']:,} ASN", results["large"]))
	print(f"| where the bulk recompute's time goes (medians) | {' | '.join(name for name, _r in sites)} |")
	print("|---|" + "---|" * len(sites))
	for phase, label in RECOMPUTE_PHASES.items():
		print(f"| {label} | {' | '.join(_ms(r['recompute_phases'][phase]['median']) for _n, r in sites)} |")
	parts = " | ".join(_ms(sum(p["median"] for p in r["recompute_phases"].values())) for _n, r in sites)
	print(f"| the parts together | {parts} |")
	print(
		f"| the bulk path's row above | {' | '.join(_ms(r['recompute_bulk']['median']) for _n, r in sites)} |"
	)
	print()
	print(f"| where the first ranking call's time goes (medians) | {sites[0][0]} |")
	print("|---|---|")
	for phase, label in COLD_RANKING_PHASES.items():
		print(f"| {label} | {_ms(results['ranking_cold_phases'][phase]['median'])} |")
	print(f"| the first call, no copy anywhere (row above) | {_ms(results['ranking_cold']['median'])} |")
	print(f"| the first call, copy in Redis (row above) | {_ms(results['ranking_new_worker']['median'])} |")


def _submission_rows(results: dict) -> list[tuple[str, dict]]:
	"""(label, row): one master first, with today's labels, then two masters behind nginx."""
	keys = sorted(
		(k for k in results if k.startswith("submissions_")),
		key=lambda k: (results[k].get("masters", 1), results[k]["concurrency"]),
	)
	rows = []
	for key in keys:
		row = results[key]
		label = (
			f"{row['concurrency']} concurrent clients"
			if row["concurrency"] > 1
			else "1 client, one request at a time"
		)
		if row.get("masters", 1) > 1:
			label += f", {row['masters']} masters of 2 workers behind nginx"
		rows.append((label, row))
	return rows


def print_submissions(results: dict) -> None:
	print(
		"| guest submissions (gunicorn, 2 workers) | per second | p50 | p99 | sent | accepted | stored | target | met |"
	)
	print("|---|---|---|---|---|---|---|---|---|")
	rows = _submission_rows(results)
	for label, row in rows:
		met = row["per_second"] >= 100 and row["p99"] < 0.25 and row["accepted"] == row["stored"]
		target, met = ("≥ 100/s, p99 < 250 ms, none lost", "yes" if met else "no")
		if row["concurrency"] == 1:  # the cost of one request alone: no target
			target, met = "", ""
		print(
			f"| {label} | {row['per_second']:.1f} | {_ms(row['p50'])} | {_ms(row['p99'])} "
			f"| {row['sent']} | {row['accepted']} | {row['stored']} | {target} | {met} |"
		)
	if not any("ping" in row for _label, row in rows):
		return
	print()
	print(
		"| Frappe's bare guest method (/api/method/ping), same server and clients | ping per second "
		"| ping p50 | ping p99 | ping answered | submissions per second | submissions / ping | target | met |"
	)
	print("|---|---|---|---|---|---|---|---|---|")
	for label, row in rows:
		ping = row.get("ping")
		if not ping:
			continue
		fraction = row["per_second"] / ping["per_second"]
		target, met = ("≥ 0.5", "yes" if fraction >= 0.5 else "no") if row["concurrency"] > 1 else ("", "")
		print(
			f"| {label} | {ping['per_second']:.1f} | {_ms(ping['p50'])} | {_ms(ping['p99'])} "
			f"| {ping['accepted']} of {ping['sent']} | {row['per_second']:.1f} | {fraction:.2f} | {target} "
			f"| {met} |"
		)
	alone = next((row for _label, row in rows if row["concurrency"] == 1 and "ping" in row), None)
	if alone:
		print()
		print(
			f"One client, one request at a time: a submission takes {_ms(alone['p50'])} and ping "
			f"{_ms(alone['ping']['p50'])} (medians): a submission is {alone['p50'] / alone['ping']['p50']:.1f} "
			"times the work of ping, which sets the fraction of ping's rate it can reach near its inverse."
		)
