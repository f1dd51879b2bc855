#!/usr/bin/python3
"""All death-toll claims per source, from the records job.py wrote: a Dask dataframe query.

    python3 deaths_by_source.py records/ [--scheduler tcp://127.0.0.1:8786]

Prints one JSON line per source (who says so, or null when the text names nobody): how many claims, and the
smallest and largest figure claimed.
"""

import argparse
import json
import os
import sys

import dask.bag as db
import pandas as pd
from distributed import Client

DEATH_WORDS = ("killed", "dead", "died", "death")


def is_death_claim(row):
    if row.get("type") != "quantity" or row.get("value") is None and row.get("low") is None:
        return False
    said = " ".join(filter(None, [row.get("predicate"), row.get("concept"), row.get("text")])).lower()
    return any(word in said for word in DEATH_WORDS)


def claim(row):
    attribution = row.get("attribution")
    return {
        "id": row["id"],
        "source": attribution["text"] if attribution else None,
        "low": float(row["low"] if row["low"] is not None else row["value"]),
        "high": float(row["high"] if row["high"] is not None else row["value"]),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("records", help="the folder job.py wrote")
    parser.add_argument("--scheduler", help="a scheduler's address; without it, Dask runs in this process")
    args = parser.parse_args(argv)
    client = Client(args.scheduler, timeout="60s") if args.scheduler else None
    try:
        rows = db.read_text(os.path.join(args.records, "*.jsonl")).map(json.loads)
        meta = pd.DataFrame({"id": pd.Series(dtype=object), "source": pd.Series(dtype=object), "low": [], "high": []})
        claims = rows.filter(is_death_claim).map(claim).to_dataframe(meta=meta)
        claims["source"] = claims["source"].fillna("(none)")
        table = claims.groupby("source").agg({"id": "count", "low": "min", "high": "max"}).compute()
    finally:
        if client:
            client.close()
    for source, row in table.sort_values("id", ascending=False).iterrows():
        print(json.dumps({"source": None if source == "(none)" else source, "claims": int(row["id"]), "lowest": row["low"], "highest": row["high"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
