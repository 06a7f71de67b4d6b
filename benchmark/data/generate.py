#!/usr/bin/env python3
"""Regenerates the small data files of the benchmark's real-fault subjects (D1, D2, D3, D6, D7, D8).

The originals' data is either synthetic by construction (D1, D6, D7, D8), a file not in any
public source (D3), or a Kaggle download (D2); benchmark.md section 6.3 says how each stand-in is
made. Every file is drawn from a fixed NumPy seed, so running this script again gives the same
bytes. The files are committed: the benchmark itself never runs this script.

Layout of every file: training rows first, then test rows, so a subject with "shuffle": false
gets exactly the original's split by position.
"""
import numpy as np
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write_csv(name, header, rows, fmt):
    with open(HERE / name, "w") as f:
        f.write(",".join(header) + "\n")
        for r in rows:
            f.write(",".join(fmt(v) for v in r) + "\n")


def num(v):
    return format(float(v), ".6g")


def d1():
    # 31880720: vectors of 128 ones (label 1) or 128 zeros (label 0); 2 x 1000 train, 2 x 100 test.
    rng = np.random.default_rng(31880720)
    rows = []
    for n in (1000, 100):
        part = [[1] * 128 + [1] for _ in range(n)] + [[0] * 128 + [0] for _ in range(n)]
        rng.shuffle(part)
        rows += part
    write_csv("D1.csv", [f"x{i}" for i in range(128)] + ["label"], rows, lambda v: str(int(v)))


def d2():
    # 41600519: Higgs-like table, 31 raw numeric columns (30 features + Weight), -999 in about 20 %
    # of three columns as in the Kaggle file, no scaling; label from a noisy non-linear rule of a
    # few features that never hold -999. 2000 rows.
    rng = np.random.default_rng(41600519)
    n = 2000
    cols = []
    for j in range(30):
        kind = j % 4
        if kind == 0:
            c = rng.normal(100, 40, n).clip(0)          # mass-like, GeV
        elif kind == 1:
            c = rng.exponential(40, n)                  # transverse-momentum-like
        elif kind == 2:
            c = rng.normal(0, 1.5, n)                   # pseudorapidity-like
        else:
            c = rng.uniform(-np.pi, np.pi, n)           # azimuth-like
        cols.append(c)
    x = np.stack(cols, axis=1)
    weight = rng.uniform(0.001, 5.0, n)
    # Mostly monotone in a few large-scale raw columns (as the real table's strongest features
    # are), with one interaction and noise, so that a plain MLP on unscaled inputs can learn it.
    score = ((x[:, 1] - 40) / 40 + 0.8 * (x[:, 5] - 40) / 40 - 0.6 * (x[:, 8] - 100) / 40
             + 0.4 * np.sin(x[:, 3] * 1.5) - 0.25 + rng.normal(0, 0.5, n))
    label = (score > 0).astype(int)
    for j in (0, 4, 12):
        missing = rng.random(n) < 0.2
        x[missing, j] = -999.0
    x = np.round(x, 3)
    rows = np.column_stack([x, np.round(weight, 4), label])
    header = [f"f{j}" for j in range(30)] + ["Weight", "label"]
    write_csv("D2.csv", header, rows, lambda v: num(v) if v != int(v) else str(int(v)))


def d3():
    # 45442843: one value uniform in [15000, 25000], label 1 iff value < 20000; 1000 rows (fewer
    # than the spec's 2000, to keep the fixed version's small batches cheap), first 80 % train,
    # last 20 % test, no scaling.
    rng = np.random.default_rng(45442843)
    v = rng.uniform(15000, 25000, 1000).round(2)
    rows = [[x, int(x < 20000)] for x in v]
    write_csv("D3.csv", ["value", "label"], rows, lambda x: num(x) if x != int(x) else str(int(x)))


def d6():
    # 50306988: 200 points in 2-D, class 0 uniform in [0.2, 0.4)^2, class 1 in [0.5, 0.7)^2.
    rng = np.random.default_rng(50306988)
    a = rng.uniform(0.2, 0.4, (100, 2))
    b = rng.uniform(0.5, 0.7, (100, 2))
    rows = [list(p) + [0] for p in a] + [list(p) + [1] for p in b]
    rng.shuffle(rows)
    write_csv("D6.csv", ["x1", "x2", "label"], rows, lambda v: num(v) if v != int(v) else str(int(v)))


def d7():
    # 51181393: x = 100 evenly spaced values in [1, 2], y = 5 x (the subject splits 80/20 by seed).
    x = np.linspace(1, 2, 100)
    rows = [[a, 5 * a] for a in x]
    write_csv("D7.csv", ["x", "y"], rows, num)


def d8():
    # 56380303: random 0/1 vectors of length 20; the target is the 20-bit vector (least
    # significant bit first) of (the input read as a little-endian binary number) mod 7. 2000 rows.
    rng = np.random.default_rng(42)
    n = 2000
    x = rng.integers(0, 2, (n, 20))
    value = (x * (1 << np.arange(20))).sum(axis=1) % 7
    y = ((value[:, None] >> np.arange(20)) & 1)
    np.save(HERE / "D8-x.npy", x.astype("<f4"))
    np.save(HERE / "D8-y.npy", y.astype("<f4"))


if __name__ == "__main__":
    for f in (d1, d2, d3, d6, d7, d8):
        f()
