#!/usr/bin/python3
"""Extract records from JSON-lines articles on a Dask cluster with newsfacts' `extract` command.

    python3 job.py --scheduler tcp://127.0.0.1:8786 --input 'articles/*.jsonl' --output records/

Reads the articles into a Dask bag (one partition per block of lines), streams each partition's lines through
a long-lived `extract --input jsonl` process on the worker, and writes one JSON line per record, with the
document id first (`{"id": ..., "type": ..., "text": ..., ...}`), to records/<partition>.jsonl. A line that
could not be processed comes back as `{"id": ..., "error": {"code", "message"}, "input": "<the line's start>"}`;
the job goes on.

The protocol is the same on any engine: one JSON line per document in, exactly one result line per document
out, in order. Each worker thread keeps one `extract` process for all its partitions (loading the models takes
about a second), so a partition costs only its lines. Needs `extract` (npm install -g newsfacts) and `node` on
every worker, and the input on storage all workers can read (a shared folder, s3://, ...).
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import threading
import time

import dask
import dask.bag as db
from distributed import Client

INPUT_PREVIEW = 200


def _extract_process(command):
    """This worker thread's `extract` process, started on first use and again if it has exited.

    Kept on the thread object: this module's globals are shipped to the workers by value with each task, so a
    global would not outlive the task."""
    thread = threading.current_thread()
    proc = getattr(thread, "newsfacts_extract", None)
    if proc is None or proc.poll() is not None:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        thread.newsfacts_extract = proc
    return proc


def extract_partition(lines, command):
    """The records of one partition's articles, in order: each result line flattened to one row per record."""
    lines = [line if line.endswith("\n") else line + "\n" for line in lines]
    proc = _extract_process(command)

    # A separate writer thread: extract answers as it reads, so writing everything first could fill both pipes.
    def feed():
        try:
            for line in lines:
                proc.stdin.write(line.encode("utf-8"))
            proc.stdin.flush()
        except (BrokenPipeError, ValueError):
            pass  # extract died; the reader below reports it

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    rows = []
    for line in lines:
        raw = proc.stdout.readline()
        if not raw:
            threading.current_thread().newsfacts_extract = None
            raise RuntimeError(f"extract exited early (exit code {proc.wait()})")
        result = json.loads(raw)
        if "error" in result:
            # Line numbers count the lines of a long-lived process, not of the input: name the line by its start.
            del result["error"]["line"]
            rows.append({**result, "input": line[:INPUT_PREVIEW].rstrip("\n")})
        else:
            rows.extend({"id": result["id"], **record} for record in result["records"])
    writer.join()
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scheduler", required=True, help="the scheduler's address, e.g. tcp://127.0.0.1:8786")
    parser.add_argument("--input", required=True, help="JSON-lines file(s), a glob or a list, as dask.bag.read_text takes")
    parser.add_argument("--output", required=True, help="folder for the record files (one per partition)")
    parser.add_argument("--extract", default="extract", help="the extract command, e.g. 'node /opt/newsfacts/bin/extract'")
    parser.add_argument("--extract-args", default="", help="more options for extract, e.g. '--types quantity,date'")
    parser.add_argument("--blocksize", default="64kB", help="bytes of input per partition (default 64kB)")
    args = parser.parse_args(argv)

    command = shlex.split(args.extract) + ["--input", "jsonl", "--format", "jsonl", "--jobs", "1"] + shlex.split(args.extract_args)
    started = time.time()
    with Client(args.scheduler, timeout="60s") as client:
        articles = db.read_text(args.input, blocksize=args.blocksize)
        records = articles.map_partitions(extract_partition, command)
        os.makedirs(args.output, exist_ok=True)
        written = records.map(json.dumps).to_textfiles(os.path.join(args.output, "*.jsonl"), compute=False)
        # A lost worker's partitions are rescheduled by Dask itself; retries cover an extract process that crashed.
        dask.compute(written, retries=2)
        workers = len(client.scheduler_info()["workers"])
    summary = {"partitions": articles.npartitions, "seconds": round(time.time() - started, 2), "workers": workers}
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
