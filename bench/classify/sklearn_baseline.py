#!/usr/bin/env python3
"""scikit-learn baselines for bench_classify, on the fold assignment bench_classify wrote.

Pipelines: a FeatureUnion of TF-IDF word 1-2-grams and TF-IDF character 2-5-grams (inside word boundaries,
sublinear tf, L2-normalised per block) followed by LogisticRegression or LinearSVC, with scikit-learn's defaults.
For every test fold it prints accuracy, macro-F1, training time, in-process prediction throughput and, for the
model with probabilities, the expected calibration error (15 equal-width bins of the top probability).

Prints one JSON object: {"pipelines": [{"name", "folds": [{...}, ...]}, ...]}.
"""

import argparse
import csv
import json
import sys
import time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC


def features():
    return FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
    ])


def expected_calibration_error(confidence, correct, bins=15):
    confidence = np.asarray(confidence)
    correct = np.asarray(correct, dtype=float)
    index = np.clip(np.ceil(confidence * bins).astype(int) - 1, 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        mask = index == b
        if mask.any():
            ece += abs(correct[mask].sum() - confidence[mask].sum()) / len(confidence)
    return ece


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", required=True, help="CSV with text,category")
    parser.add_argument("--folds", required=True, help="CSV with row,fold (written by bench_classify)")
    parser.add_argument("--only-folds", type=int, default=0, help="evaluate only the first N folds")
    args = parser.parse_args()

    with open(args.data, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    texts = np.array([r["text"] for r in rows], dtype=object)
    labels = np.array([r["category"] for r in rows], dtype=object)
    fold = np.zeros(len(rows), dtype=int)
    with open(args.folds, newline="") as f:
        for r in csv.DictReader(f):
            fold[int(r["row"])] = int(r["fold"])
    folds = sorted(set(fold.tolist()))
    if args.only_folds > 0:
        folds = folds[: args.only_folds]

    pipelines = [
        ("scikit-learn LogisticRegression", lambda: LogisticRegression(max_iter=1000)),
        ("scikit-learn LinearSVC", lambda: LinearSVC()),
    ]
    results = []
    for name, make in pipelines:
        per_fold = []
        for k in folds:
            train = fold != k
            test = fold == k
            model = Pipeline([("features", features()), ("model", make())])
            start = time.perf_counter()
            model.fit(texts[train], labels[train])
            train_seconds = time.perf_counter() - start
            start = time.perf_counter()
            predicted = model.predict(texts[test])
            predict_seconds = time.perf_counter() - start
            entry = {
                "fold": int(k),
                "accuracy": float(accuracy_score(labels[test], predicted)),
                "macroF1": float(f1_score(labels[test], predicted, average="macro")),
                "trainSeconds": train_seconds,
                "predictPerSecond": float(test.sum() / predict_seconds),
            }
            if hasattr(model, "predict_proba"):
                try:
                    proba = model.predict_proba(texts[test])
                    top = proba.max(axis=1)
                    chosen = model.classes_[proba.argmax(axis=1)]
                    entry["ece"] = float(expected_calibration_error(top, chosen == labels[test]))
                except AttributeError:
                    pass
            print(f"{name} fold {k}: accuracy {entry['accuracy']:.4f}, train {train_seconds:.2f} s",
                  file=sys.stderr, flush=True)
            per_fold.append(entry)
        results.append({"name": name, "folds": per_fold})
    json.dump({"pipelines": results}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
