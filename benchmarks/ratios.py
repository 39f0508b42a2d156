#!/usr/bin/env python3
"""Print the ratios the performance goals are stated in, from a JMH JSON result file.

Usage: python3 benchmarks/ratios.py RESULT.json [--members 60] [--strict]

Reads the file written by `java -jar benchmarks/target/benchmarks.jar -prof gc -rf json -rff RESULT.json`
and prints, with the goal of each (the first six are the headline: what a case system pays, a value built
from its records and validated once):
  1. first validation of a new value vs Hibernate Validator, throughput at --members (goal >= 50x)
  2. hand-written vs first validation, throughput at --members (goal <= 5x)
  3. build + first validation vs Hibernate Validator, at --members (goal >= 30x)
  4. first validation, time per member at 10,000 members vs at 60 (goal <= 1.5x)
  5. whole catalogue with k referents in force, time per referent at 16,000 vs 1,000 (goal <= 1.5x)
  6. whole catalogue with f flows, each with an objection and a consent, time per flow at 8,000 vs 2,000
     (goal <= 1.5x)
then the secondary figures, a value validated again:
  7. catalogue vs Hibernate Validator, throughput at --members (goal >= 50x)
  8. hand-written vs catalogue, throughput at --members (goal: the catalogue within 10x, ratio <= 10)
  9. bytes allocated by one validation of the clean 60-member network (gc.alloc.rate.norm; goal <= 20 KB,
     taken as 20,000 B)
  10. time per member at 400 members vs at 60 (goal <= 1.5x)
  11. two threads vs one, summed throughput at --members (goal >= 1.7x)
then the ego-network metrics (issue 13), on personCentred(60) and (400):
  12. all ego metrics vs JGraphT's build + betweenness + closeness + components, throughput at 60 (goal >= 50x)
  13. bytes allocated by all ego metrics of the 60-member network (gc.alloc.rate.norm; goal <= 64 KB, taken as
      65,536 B)
  14. all ego metrics, time per V.E at 400 members vs at 60 (goal <= 1.5x; V.E of each network in VERTEX_EDGES)
  15. referent ranking vs the whole catalogue (ValidatorBenchmark.validate), throughput at --members (goal >= 1x)
  16. classification vs the whole catalogue, throughput at --members (goal >= 1x)
A ratio whose benchmarks are missing from the file is reported as missing. With --strict the exit code is 1
when a goal is missed or a ratio is missing. Standard library only.
"""

import argparse
import json
import sys

PACKAGE = "org.maillage.benchmarks."
CATALOGUE = PACKAGE + "ValidatorBenchmark.validate"
TWO_THREADS = PACKAGE + "ValidatorBenchmark.validateTwoThreads"
CLEAN = PACKAGE + "ValidatorBenchmark.validateClean"
REBUILD = PACKAGE + "ValidatorBenchmark.rebuildClean"
REBUILD_AND_VALIDATE = PACKAGE + "ValidatorBenchmark.rebuildAndValidateClean"
HIBERNATE = PACKAGE + "HibernateValidatorBenchmark.validate"
HAND_WRITTEN = PACKAGE + "HandWrittenBenchmark.validate"
FIRST = PACKAGE + "FirstValidationBenchmark.firstValidation"
BUILD = PACKAGE + "FirstValidationBenchmark.build"
BUILD_AND_FIRST = PACKAGE + "FirstValidationBenchmark.buildAndFirstValidation"
REFERENTS = PACKAGE + "ValidatorBenchmark.referents"
FLOWS = PACKAGE + "ValidatorBenchmark.flows"
HASH_CODE = PACKAGE + "NetworkBenchmark.networkHashCode"
ALLOCATION_GOAL_BYTES = 20_000
EGO_METRICS = PACKAGE + "AnalysisBenchmark.egoMetrics"
JGRAPHT = PACKAGE + "AnalysisBenchmark.jgraphtCentralities"
RANK_REFERENTS = PACKAGE + "AnalysisBenchmark.rankReferents"
CLASSIFY = PACKAGE + "AnalysisBenchmark.classify"
EGO_METRICS_ALLOCATION_GOAL_BYTES = 64 * 1024
# V.E of the ego graph of Networks.personCentred(n): V = n + 1 individuals (the person and the members current
# on AS_OF), E = the tied pairs, the person's ties to every member included. AnalysisBenchmarkTest checks these
# numbers against AnalysisBenchmark.vertexEdgeProduct, so they follow the networks.
VERTEX_EDGES = {60: 8378, 400: 356406}


def load(path):
    """Map (benchmark, size or None) to the JMH result entry; the size is the members, referents or flows."""
    with open(path, encoding="utf-8") as f:
        entries = json.load(f)
    results = {}
    for entry in entries:
        params = entry.get("params", {})
        members = params.get("members", params.get("referents", params.get("flows", params.get("ties",
                             params.get("networks")))))
        results[(entry["benchmark"], int(members) if members is not None else None)] = entry
    return results


def throughput(results, benchmark, members):
    """Operations per second, whatever time unit the run used; None when absent."""
    entry = results.get((benchmark, members))
    if entry is None or entry.get("mode") != "thrpt":
        return None
    metric = entry["primaryMetric"]
    unit = metric["scoreUnit"]  # e.g. "ops/s", "ops/ms"
    per = {"ops/s": 1.0, "ops/ms": 1e3, "ops/us": 1e6, "ops/ns": 1e9, "ops/min": 1 / 60.0}.get(unit)
    if per is None:
        raise SystemExit(f"ratios.py: unknown throughput unit {unit!r} for {benchmark}")
    return metric["score"] * per


def allocation(results, benchmark, members):
    """gc.alloc.rate.norm in B/op; None when the run had no -prof gc or the benchmark is absent."""
    entry = results.get((benchmark, members))
    if entry is None:
        return None
    metric = entry.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
    return None if metric is None else metric["score"]


def ratio(numerator, denominator):
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


def table(results, sizes, title, measure):
    """Print one measure of every benchmark, by size; the clean-network ones have no size."""
    print()
    print(f"{title} by size:")
    for benchmark in (FIRST, BUILD, BUILD_AND_FIRST, CATALOGUE, TWO_THREADS, HIBERNATE, HAND_WRITTEN):
        cells = []
        for m in sizes:
            value = measure(results, benchmark, m)
            cells.append(f"{m}: {value:,.0f}" if value is not None else f"{m}: -")
        print(f"  {benchmark[len(PACKAGE):]:<42} " + "   ".join(cells))
    for benchmark in (CLEAN, REBUILD, REBUILD_AND_VALIDATE):
        value = measure(results, benchmark, None)
        if value is not None:
            print(f"  {benchmark[len(PACKAGE):]:<42} 60 (clean): {value:,.0f}")


def per_element(results, benchmark, title, element):
    """Print a benchmark whose size is a count of elements, with the time per element at each count."""
    counts = sorted({m for (b, m) in results if b == benchmark and m is not None})
    if not counts:
        return
    print()
    print(title)
    for k in counts:
        value = throughput(results, benchmark, k)
        shown = "-" if value is None else f"{value:,.2f} ops/s, {1e6 / (value * k):,.2f} us per {element}"
        print(f"  {k:>6}: {shown}")


def analysis(results):
    """Print the ego-metrics benchmarks: throughput, allocation and time per V.E; the JGraphT baseline."""
    sizes = sorted({m for (b, m) in results if b == EGO_METRICS and m is not None})
    if not sizes and (JGRAPHT, None) not in results:
        return
    print()
    print("AnalysisBenchmark (ego-network metrics):")
    for m in sizes:
        value = throughput(results, EGO_METRICS, m)
        alloc = allocation(results, EGO_METRICS, m)
        per = "-" if value is None or m not in VERTEX_EDGES else f"{1e9 / (value * VERTEX_EDGES[m]):,.3f} ns per V.E"
        shown = "-" if value is None else f"{value:,.0f} ops/s"
        print(f"  egoMetrics {m:>4}: {shown}, {per}, " + ("-" if alloc is None else f"{alloc:,.0f} B/op"))
    for benchmark in (RANK_REFERENTS, CLASSIFY):
        for m in sorted({m for (b, m) in results if b == benchmark and m is not None}):
            value = throughput(results, benchmark, m)
            alloc = allocation(results, benchmark, m)
            print(f"  {benchmark[len(PACKAGE) + len('AnalysisBenchmark.'):]} {m:>4}: "
                  + ("-" if value is None else f"{value:,.0f} ops/s, ") + ("-" if alloc is None else f"{alloc:,.0f} B/op"))
    baseline = throughput(results, JGRAPHT, None)
    if baseline is not None:
        alloc = allocation(results, JGRAPHT, None)
        print(f"  jgraphtCentralities 60: {baseline:,.0f} ops/s, " + ("-" if alloc is None else f"{alloc:,.0f} B/op"))


TERRITORY = PACKAGE + "TerritoryBenchmark."


def average_ms(results, benchmark, size):
    """Milliseconds per operation of an average-time benchmark; None when absent."""
    entry = results.get((benchmark, size))
    if entry is None or entry.get("mode") != "avgt":
        return None
    metric = entry["primaryMetric"]
    per = {"ms/op": 1.0, "us/op": 1e-3, "ns/op": 1e-6, "s/op": 1e3}.get(metric["scoreUnit"])
    if per is None:
        raise SystemExit(f"ratios.py: unknown time unit {metric['scoreUnit']!r} for {benchmark}")
    return metric["score"] * per


def territory(results):
    """Print the territory benchmarks (issue 15) and their goals; informative, not part of --strict."""
    sizes = sorted({m for (b, m) in results if b == TERRITORY + "maillage" and m is not None})
    fold = average_ms(results, TERRITORY + "fold", 2000)
    if not sizes and fold is None:
        return
    print()
    print("TerritoryBenchmark (issue 15): build + components + articulation points + bridges, ms per operation")
    for m in sizes:
        ours = average_ms(results, TERRITORY + "maillage", m)
        hand = average_ms(results, TERRITORY + "handWritten", m)
        jgrapht = average_ms(results, TERRITORY + "jgrapht", m)
        limit = ratio(ours, hand)
        faster = ratio(jgrapht, ours)
        print(f"  {m:>9,} ties: maillage {ours:,.2f} ms ({ours * 1e6 / m:,.1f} ns per tie), hand-written "
              + ("-" if hand is None else f"{hand:,.2f} ms") + ", JGraphT " + ("-" if jgrapht is None else f"{jgrapht:,.1f} ms")
              + "; maillage / hand-written " + ("-" if limit is None else f"{limit:.2f}x (goal <= 1.5x)")
              + ", JGraphT / maillage " + ("-" if faster is None else f"{faster:.1f}x (goal >= 30x)"))
    # two baselines (TerritoryBenchmark's Javadoc): the plain loop reads the organisations and the two ends of
    # each tie; professionalTies also finds whether both ends are professionals and reads their organisations
    if fold is not None:
        for name, label in (("plainLoop", "plain loop (organisations and tie ends)"),
                            ("professionalTies", "professional ties (ends looked up, their organisations)")):
            baseline = average_ms(results, TERRITORY + name, 2000)
            share = ratio(baseline, fold)
            print(f"  fold of 2,000 networks: {fold:,.2f} ms against the {label} "
                  + ("-" if baseline is None else f"{baseline:,.2f} ms: the fold at {share:.0%} of its throughput")
                  + " (goal >= 80%)")


FORMATS = PACKAGE + "Json"


def seconds(results, benchmark, modes):
    """Seconds per operation of an average-time or single-shot benchmark without parameters; None when absent."""
    entry = results.get((benchmark, None))
    if entry is None or entry.get("mode") not in modes:
        return None
    metric = entry["primaryMetric"]
    per = {"s/op": 1.0, "ms/op": 1e-3, "us/op": 1e-6, "ns/op": 1e-9}.get(metric["scoreUnit"])
    if per is None:
        raise SystemExit(f"ratios.py: unknown time unit {metric['scoreUnit']!r} for {benchmark}")
    return metric["score"] * per


def formats(results):
    """Print the JSON and JSON Lines benchmarks (issue 12) and their goals; informative, not part of --strict."""
    read = seconds(results, FORMATS + "Benchmark.readNetwork", ("avgt",))
    lines = seconds(results, FORMATS + "LinesBenchmark.readAndValidate", ("ss",))
    if read is None and lines is None:
        return
    print()
    print("JsonBenchmark and JsonLinesBenchmark (issue 12)")
    if read is not None:
        records = seconds(results, FORMATS + "Benchmark.readRecords", ("avgt",))
        write = seconds(results, FORMATS + "Benchmark.writeNetwork", ("avgt",))
        write_records = seconds(results, FORMATS + "Benchmark.writeRecords", ("avgt",))
        r, w = ratio(read, records), ratio(write, write_records)
        print("  read / databind on records: " + ("-" if r is None else f"{r:.2f}x (goal <= 3x)")
              + "; write / databind on records: " + ("-" if w is None else f"{w:.2f}x (goal <= 2x)"))
    if lines is not None:
        only = seconds(results, FORMATS + "LinesBenchmark.readOnly", ("ss",))
        validate = seconds(results, FORMATS + "LinesBenchmark.validateOnly", ("ss",))
        if only is not None and validate is not None:
            print(f"  JSON Lines, read and validate / what the two apart predict: {(only + validate) / lines:.2f}"
                  " (goal >= 0.8)")


FHIR = PACKAGE + "FhirBenchmark."


def fhir(results):
    """Print the FHIR benchmarks (issue 16) and their goals; informative, not part of --strict."""
    export = seconds(results, FHIR + "export", ("avgt",))
    imported = seconds(results, FHIR + "importNetwork", ("avgt",))
    if export is None and imported is None:
        return
    print()
    print("FhirBenchmark (issue 16): the 60-member network's bundle, against HAPI FHIR on the same bundle")
    for ours, hapi, label in (("export", "hapiEncode", "export / HAPI encode"),
                              ("importNetwork", "hapiParse", "import / HAPI parse")):
        mine, theirs = seconds(results, FHIR + ours, ("avgt",)), seconds(results, FHIR + hapi, ("avgt",))
        faster = ratio(theirs, mine)
        a, b = allocation(results, FHIR + ours, None), allocation(results, FHIR + hapi, None)
        print(f"  {label}: " + ("-" if faster is None else f"{faster:.1f}x faster (goal >= 5x)")
              + ("" if a is None or b is None else f"; {a:,.0f} B/op vs {b:,.0f} B/op (goal: less)"))


def main(argv):
    parser = argparse.ArgumentParser(description="Ratios of the Maillage performance goals from a JMH JSON file.")
    parser.add_argument("result", help="JMH result file (-rf json)")
    parser.add_argument("--members", type=int, default=60, help="size for ratios 1, 2 and 5 (default 60)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed or a ratio missing")
    args = parser.parse_args(argv)
    results = load(args.result)
    n = args.members

    catalogue = throughput(results, CATALOGUE, n)
    catalogue_60 = throughput(results, CATALOGUE, 60)
    catalogue_400 = throughput(results, CATALOGUE, 400)
    # time per member = 1 / (throughput * members); its ratio 400 vs 60 is (thr60 * 60) / (thr400 * 400)
    per_member = ratio(None if catalogue_60 is None else catalogue_60 * 60,
                       None if catalogue_400 is None else catalogue_400 * 400)
    clean_bytes = allocation(results, CLEAN, None)

    first = throughput(results, FIRST, n)
    first_60 = throughput(results, FIRST, 60)
    first_10000 = throughput(results, FIRST, 10000)
    first_per_member = ratio(None if first_60 is None else first_60 * 60,
                             None if first_10000 is None else first_10000 * 10000)
    referents_1000 = throughput(results, REFERENTS, 1000)
    referents_16000 = throughput(results, REFERENTS, 16000)
    per_referent = ratio(None if referents_1000 is None else referents_1000 * 1000,
                         None if referents_16000 is None else referents_16000 * 16000)
    flows_2000 = throughput(results, FLOWS, 2000)
    flows_8000 = throughput(results, FLOWS, 8000)
    per_flow = ratio(None if flows_2000 is None else flows_2000 * 2000,
                     None if flows_8000 is None else flows_8000 * 8000)
    hibernate = throughput(results, HIBERNATE, n)
    ego_60 = throughput(results, EGO_METRICS, 60)
    ego_400 = throughput(results, EGO_METRICS, 400)
    # time per V.E = 1 / (throughput * V.E); its ratio 400 vs 60 is (thr60 * VE60) / (thr400 * VE400)
    ego_per_vertex_edge = ratio(None if ego_60 is None else ego_60 * VERTEX_EDGES[60],
                                None if ego_400 is None else ego_400 * VERTEX_EDGES[400])

    rows = [
        (f"first validation / Hibernate Validator, throughput at {n}",
         ratio(first, hibernate), ">=", 50.0, "x"),
        (f"hand-written / first validation, throughput at {n}",
         ratio(throughput(results, HAND_WRITTEN, n), first), "<=", 5.0, "x"),
        (f"build + first validation / Hibernate Validator, at {n}",
         ratio(throughput(results, BUILD_AND_FIRST, n), hibernate), ">=", 30.0, "x"),
        ("first validation, time per member, 10,000 / 60",
         first_per_member, "<=", 1.5, "x"),
        ("catalogue with k referents, time per referent, 16,000 / 1,000",
         per_referent, "<=", 1.5, "x"),
        ("time per flow, 8,000 / 2,000",
         per_flow, "<=", 1.5, "x"),
        (f"re-validation / Hibernate Validator, throughput at {n}",
         ratio(catalogue, throughput(results, HIBERNATE, n)), ">=", 50.0, "x"),
        (f"hand-written / catalogue, throughput at {n}",
         ratio(throughput(results, HAND_WRITTEN, n), catalogue), "<=", 10.0, "x"),
        ("allocation of a clean 60-member validation",
         clean_bytes, "<=", float(ALLOCATION_GOAL_BYTES), "B/op"),
        ("time per member, 400 members / 60 members",
         per_member, "<=", 1.5, "x"),
        (f"two threads / one thread, throughput at {n}",
         ratio(throughput(results, TWO_THREADS, n), catalogue), ">=", 1.7, "x"),
        ("all ego metrics / JGraphT build + 3 centralities, throughput at 60",
         ratio(ego_60, throughput(results, JGRAPHT, None)), ">=", 50.0, "x"),
        ("allocation of all ego metrics at 60 members",
         allocation(results, EGO_METRICS, 60), "<=", float(EGO_METRICS_ALLOCATION_GOAL_BYTES), "B/op"),
        ("all ego metrics, time per V.E, 400 members / 60 members",
         ego_per_vertex_edge, "<=", 1.5, "x"),
        (f"referent ranking / whole catalogue, throughput at {n}",
         ratio(throughput(results, RANK_REFERENTS, n), catalogue), ">=", 1.0, "x"),
        (f"classification / whole catalogue, throughput at {n}",
         ratio(throughput(results, CLASSIFY, n), catalogue), ">=", 1.0, "x"),
    ]

    territory(results)
    formats(results)
    fhir(results)
    failed = False
    width = max(len(r[0]) for r in rows)
    for label, value, sense, goal, unit in rows:
        if value is None:
            verdict, shown = "MISSING", "-"
            failed = True
        else:
            met = value >= goal if sense == ">=" else value <= goal
            verdict = "ok" if met else "MISSED"
            failed = failed or not met
            shown = f"{value:,.0f} {unit}" if unit == "B/op" else f"{value:,.2f}{unit}"
        goal_shown = f"{goal:,.0f} {unit}" if unit == "B/op" else f"{goal:g}{unit}"
        print(f"{label:<{width}}  {shown:>16}  goal {sense} {goal_shown:<10} {verdict}")

    sizes = sorted({m for (b, m) in results
                    if m is not None and b not in (REFERENTS, FLOWS, HASH_CODE, EGO_METRICS, RANK_REFERENTS, CLASSIFY)})
    table(results, sizes, "throughput (ops/s)", throughput)
    table(results, sizes, "allocation (B/op, gc.alloc.rate.norm)", allocation)
    per_element(results, REFERENTS, "ValidatorBenchmark.referents, by number of referents:", "referent")
    per_element(results, FLOWS,
                "ValidatorBenchmark.flows, by number of flows (each with an objection and a consent):", "flow")
    analysis(results)
    hashed = results.get((HASH_CODE, 10000))
    if hashed is not None:
        metric = hashed["primaryMetric"]
        print()
        print(f"NetworkBenchmark.networkHashCode at 10,000 members: {metric['score']:,.2f} {metric['scoreUnit']}")
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
