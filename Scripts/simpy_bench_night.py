#!/usr/bin/env python3
"""The bench-night scenario as a SimPy 4.1 model, to compare the Swift engine's throughput with.

Every step of the via-socialjouren alarm path is a SimPy process that waits with env.timeout; a step
starts when the steps it follows have completed (env.all_of), as in the Swift engine:

  kontakt-enhetschef      Socialjouren calls Socialjourens enhetschef        LN(5, 20),  no answer 0.10, wait 15
  kontakt-direktor        then the director of the affected administration  LN(10, 30), no answer 0.20, wait 20
  posom-beslut            that director decides on POSOM                     LN(5, 15),  activates half the time
  informera-sof-direktor  in parallel, Socialjouren informs the SoF director LN(10, 30), no answer 0.20, wait 20
  informera-stadsdirektor the SoF director informs the city director         LN(15, 45), no answer 0.10, wait 30

A call that is not answered within the wait goes to the deputy, who answers after a fresh draw.
Prints runs per second and P50/P90 per role as JSON.

Needs SimPy: pip install 'simpy>=4.1,<4.2'
Usage: simpy_bench_night.py [--runs N] [--seed S]
"""

import argparse
import json
import math
import random
import time

import simpy

Z90 = 1.2815515655446004

RESPONSES = {
    "socialjourens-enhetschef": (5.0, 20.0, 0.10, 15.0),
    "direktor-berord-forvaltning": (10.0, 30.0, 0.20, 20.0),
    "sof-direktor": (10.0, 30.0, 0.20, 20.0),
    "stadsdirektor": (15.0, 45.0, 0.10, 30.0),
}
ROLES = list(RESPONSES)


def log_normal(rng, median, p90):
    return rng.lognormvariate(math.log(median), math.log(p90 / median) / Z90)


def call(env, rng, role, reached):
    """Contacts or informs `role`; completes when the role or its deputy answers."""
    median, p90, no_answer, wait = RESPONSES[role]
    answers = rng.random() >= no_answer
    first = log_normal(rng, median, p90) if answers else math.inf
    if first <= wait:
        yield env.timeout(first)
    else:
        yield env.timeout(wait)
        yield env.timeout(log_normal(rng, median, p90))
    reached.setdefault(role, env.now)


def decide(env, rng, outcome):
    yield env.timeout(log_normal(rng, 5.0, 15.0))
    outcome["posom"] = rng.random() < 0.5


def step(env, waits_for, body):
    """A step that starts when every process in `waits_for` has completed."""
    if waits_for:
        yield env.all_of(waits_for)
    yield from body()


def one_run(rng):
    env = simpy.Environment()
    reached = {}
    outcome = {}
    chief = env.process(step(env, [], lambda: call(env, rng, "socialjourens-enhetschef", reached)))
    director = env.process(step(env, [chief], lambda: call(env, rng, "direktor-berord-forvaltning", reached)))
    env.process(step(env, [director], lambda: decide(env, rng, outcome)))
    sof = env.process(step(env, [director], lambda: call(env, rng, "sof-direktor", reached)))
    env.process(step(env, [sof], lambda: call(env, rng, "stadsdirektor", reached)))
    env.run()
    return reached


def percentile(ordered, fraction):
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    times = {role: [] for role in ROLES}
    started = time.perf_counter()
    for _ in range(args.runs):
        for role, minute in one_run(rng).items():
            times[role].append(minute)
    seconds = time.perf_counter() - started
    roles = []
    for role in ROLES:
        ordered = sorted(times[role])
        roles.append({"id": role, "p50": round(percentile(ordered, 0.5), 3), "p90": round(percentile(ordered, 0.9), 3)})
    print(json.dumps({"runs": args.runs, "seed": args.seed, "simpy": simpy.__version__, "seconds": round(seconds, 3),
                      "runsPerSecond": round(args.runs / seconds, 1), "roles": roles}, ensure_ascii=False))


if __name__ == "__main__":
    main()
