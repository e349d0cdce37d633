#!/usr/bin/env python3
"""Whole routedesk-cli processes against scikit-learn's in-process calls on the same texts, one run each.

Rows (issue 14):
  classify  61,600 BANKING77 texts (the 10,003 training texts repeated) with a model trained on BANKING77;
            scikit-learn: TF-IDF transform + LinearSVC predict of the same texts, the data already loaded.
  route     20,000 tickets varied from the demo queue and history (classify, route, escalate, draft);
            scikit-learn: transform + predict of the same texts with a pipeline fitted on the demo history.
  train     BANKING77, 10,003 texts, with RouteDesk's cross-validated calibration and thresholds;
            scikit-learn: one TF-IDF + LinearSVC fit.
The features are those of bench/classify/sklearn_baseline.py (word 1-2-grams and char_wb 2-5-grams, sublinear
TF-IDF). Prints a Markdown table; files go to a temporary folder that is removed afterwards (--keep keeps it).
"""

import argparse
import csv
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "classify"))


def read_banking(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [r["category"] for r in rows]


def write_repeated_csv(texts, labels, count, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "category"])
        for i in range(count):
            w.writerow([f"B-{i + 1}", texts[i % len(texts)], labels[i % len(labels)]])
    return [texts[i % len(texts)] for i in range(count)]


def make_tickets(root, count, path):
    """Tickets varied from resources/demo (requester names, numbers, dates, ids); deterministic."""
    source = []
    for name in ("queue.jsonl", "history.jsonl"):
        with open(os.path.join(root, "resources", "demo", name), encoding="utf-8") as f:
            source.extend(json.loads(line) for line in f if line.strip())
    keep = ("subject", "body", "requester_name", "requester_email", "customer_tier", "language", "channel",
            "priority", "created_at", "tags", "messages")
    first = ["Maria", "Jonas", "Aiko", "Priya", "Lucas", "Chloé", "Mateo", "Sofia", "Omar", "Lena", "Wei", "Ana"]
    last = ["Lopez", "Weber", "Tanaka", "Sharma", "Martin", "Dubois", "García", "Rossi", "Haddad", "Fischer"]
    rnd = random.Random(14)

    def vary(text):
        return re.sub(r"\d{3,}", lambda m: str(rnd.randrange(10 ** (len(m.group()) - 1), 10 ** len(m.group()))),
                      text)

    texts = []
    with open(path, "w", encoding="utf-8") as f:
        for i in range(count):
            t = source[i % len(source)]
            r = {k: t[k] for k in keep if k in t}
            r["id"] = f"T-{i + 1:06d}"
            if i >= len(source):
                name = f"{rnd.choice(first)} {rnd.choice(last)}"
                old = t.get("requester_name", "")
                r["requester_name"] = name
                for k in ("subject", "body"):
                    if isinstance(r.get(k), str):
                        s = r[k]
                        if old:
                            s = s.replace(old, name).replace(old.split(" ")[0], name.split(" ")[0])
                        r[k] = vary(s)
                if "created_at" in r:
                    r["created_at"] = (f"2026-{rnd.randrange(1, 12):02d}-{rnd.randrange(1, 28):02d}"
                                       f"T{rnd.randrange(24):02d}:{rnd.randrange(60):02d}:00Z")
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            texts.append((r.get("subject", "") + "\n\n" + r.get("body", "")).strip())
    return texts


def history(root):
    texts, labels = [], []
    with open(os.path.join(root, "resources", "demo", "history.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                texts.append((r.get("subject", "") + "\n\n" + r.get("body", "")).strip())
                labels.append(r["category"])
    return texts, labels


CPU = {}  # what -> CPU seconds (user + system), ours and theirs


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command, what):
    cpu = children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    CPU["ours " + what] = children_cpu() - cpu
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr}")
    return seconds, done.stderr.strip()


class Clock:
    """Wall and CPU time of an in-process block."""

    def __init__(self, what):
        self.what = what

    def __enter__(self):
        self.cpu = time.process_time()
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start
        CPU["theirs " + self.what] = time.process_time() - self.cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="routedesk-cli")
    parser.add_argument("--root", required=True, help="the project's source folder")
    parser.add_argument("--data", required=True, help="banking77_train.csv")
    parser.add_argument("--texts", type=int, default=61600)
    parser.add_argument("--tickets", type=int, default=20000)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()

    from sklearn_baseline import features  # the same features as bench_classify's baselines
    from sklearn.pipeline import Pipeline
    from sklearn.svm import LinearSVC

    work = tempfile.mkdtemp(prefix="routedesk-bench-")
    try:
        texts, labels = read_banking(args.data)
        many = write_repeated_csv(texts, labels, args.texts, os.path.join(work, "banking-many.csv"))
        ticket_texts = make_tickets(args.root, args.tickets, os.path.join(work, "tickets.jsonl"))
        model = os.path.join(work, "banking.json")

        ours = {}
        ours["train"], _ = timed([args.cli, "train", "--input", args.data, "--text-column", "text",
                                  "--label-column", "category", "--model-out", model], "train")
        ours["classify"], _ = timed([args.cli, "classify", "--model", model, "--input",
                                     os.path.join(work, "banking-many.csv"), "--text-column", "text",
                                     "--output", os.path.join(work, "classified.jsonl")], "classify")
        ours["route"], route_note = timed([args.cli, "route", "--input", os.path.join(work, "tickets.jsonl"),
                                           "--output", os.path.join(work, "routed.jsonl"),
                                           "--now", "2026-11-25T12:00:00Z"], "route")
        print(route_note, file=sys.stderr)

        theirs = {}
        pipeline = Pipeline([("features", features()), ("model", LinearSVC())])
        with Clock("train") as clock:
            pipeline.fit(texts, labels)
        theirs["train"] = clock.seconds
        with Clock("classify") as clock:
            pipeline.predict(many)
        theirs["classify"] = clock.seconds
        h_texts, h_labels = history(args.root)
        routing = Pipeline([("features", features()), ("model", LinearSVC())]).fit(h_texts, h_labels)
        with Clock("route") as clock:
            routing.predict(ticket_texts)
        theirs["route"] = clock.seconds

        rows = [
            (f"`classify` {args.texts:,} BANKING77 texts", "texts/s", args.texts / ours["classify"],
             args.texts / theirs["classify"], "TF-IDF transform + LinearSVC predict"),
            (f"`route` {args.tickets:,} tickets (classify, route, escalate, draft)", "tickets/s",
             args.tickets / ours["route"], args.tickets / theirs["route"], "transform + predict only"),
        ]
        print("| work | RouteDesk | scikit-learn | ratio |")
        print("|---|---|---|---|")
        for name, unit, mine, other, what in rows:
            print(f"| {name} | {mine:,.0f} {unit} | {other:,.0f} {unit} ({what}) | {mine / other:.2f}x |")
        print(f"| `train` BANKING77, {len(texts):,} texts, with cross-validated calibration | "
              f"{ours['train']:.2f} s | {theirs['train']:.2f} s (one TF-IDF + LinearSVC fit) | "
              f"{theirs['train'] / ours['train']:.2f}x |")
        print("\nCPU seconds (user + system; RouteDesk spreads its work over the cores): "
              + ", ".join(f"{w} {CPU['ours ' + w]:.2f} / {CPU['theirs ' + w]:.2f}" for w in ("classify", "route", "train"))
              + f" (RouteDesk / scikit-learn). Load average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores.")
        print(f"\nRouteDesk: whole routedesk-cli processes (model load, reading, writing); scikit-learn "
              f"in-process, the data already loaded. Work files: {work}" + ("" if args.keep else " (removed)"))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
