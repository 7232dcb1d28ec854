#!/usr/bin/env python3
"""An independent model of the bench-night scenario, written without the Swift engine.

Each role on the chain is called when the one before it has answered. A call is answered after a
log-normal time X (median m, 90th percentile q); with probability p nobody answers. If nobody answers
or X exceeds the wait w, the deputy is called at w and answers after a fresh draw from the same
distribution. The city director is reached after four such calls in a row:

  Socialjourens enhetschef        LN(5, 20),  no answer 0.10, wait 15
  Direktör på berörd förvaltning  LN(10, 30), no answer 0.20, wait 20
  Direktör vid Socialförvaltningen LN(10, 30), no answer 0.20, wait 20
  Stadsdirektör                   LN(15, 45), no answer 0.10, wait 30

Prints JSON with P50/P90 (and P99, mean) per role in minutes from the alarm.
Usage: reference_bench_night.py [--runs N] [--seed S]
"""

import argparse
import json
import math
import random
import time

Z90 = 1.2815515655446004

CHAIN = [
    ("socialjourens-enhetschef", 5.0, 20.0, 0.10, 15.0),
    ("direktor-berord-forvaltning", 10.0, 30.0, 0.20, 20.0),
    ("sof-direktor", 10.0, 30.0, 0.20, 20.0),
    ("stadsdirektor", 15.0, 45.0, 0.10, 30.0),
]


def with_numpy(runs, seed):
    import numpy as np

    rng = np.random.default_rng(seed)
    elapsed = np.zeros(runs)
    reached = {}
    for role, median, p90, no_answer, wait in CHAIN:
        sigma = math.log(p90 / median) / Z90
        answers = rng.random(runs) >= no_answer
        first = rng.lognormal(math.log(median), sigma, runs)
        deputy = rng.lognormal(math.log(median), sigma, runs)
        elapsed = elapsed + np.where(answers & (first <= wait), first, wait + deputy)
        reached[role] = np.sort(elapsed)
    return reached


def with_random(runs, seed):
    rng = random.Random(seed)
    reached = {role: [] for role, *_ in CHAIN}
    for _ in range(runs):
        elapsed = 0.0
        for role, median, p90, no_answer, wait in CHAIN:
            sigma = math.log(p90 / median) / Z90
            first = rng.lognormvariate(math.log(median), sigma)
            if rng.random() >= no_answer and first <= wait:
                elapsed += first
            else:
                elapsed += wait + rng.lognormvariate(math.log(median), sigma)
            reached[role].append(elapsed)
    return {role: sorted(times) for role, times in reached.items()}


def percentile(ordered, fraction):
    """Nearest rank, as the Swift engine reports it."""
    rank = max(1, math.ceil(fraction * len(ordered)))
    return float(ordered[rank - 1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--no-numpy", action="store_true", help="use the random module even if numpy is there")
    args = parser.parse_args()
    started = time.perf_counter()
    try:
        if args.no_numpy:
            raise ImportError
        reached = with_numpy(args.runs, args.seed)
        method = "numpy"
    except ImportError:
        reached = with_random(args.runs, args.seed)
        method = "random"
    seconds = time.perf_counter() - started
    roles = []
    for role, *_ in CHAIN:
        ordered = reached[role]
        roles.append({
            "id": role,
            "p50": round(percentile(ordered, 0.5), 3),
            "p90": round(percentile(ordered, 0.9), 3),
            "p99": round(percentile(ordered, 0.99), 3),
            "mean": round(float(sum(ordered)) / len(ordered), 3),
        })
    print(json.dumps({"runs": args.runs, "seed": args.seed, "method": method, "seconds": round(seconds, 3),
                      "roles": roles}, ensure_ascii=False))


if __name__ == "__main__":
    main()
