#include "syntheticdata.h"
#include "testsupport.h"

#include "classify/calibration.h"
#include "classify/evaluation.h"
#include "classify/linearclassifier.h"
#include "classify/textclassifier.h"
#include "classify/trainingdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

using namespace RouteDesk;

namespace {

std::unique_ptr<TextClassifier> train(const QList<LabelledText> &examples, const TrainOptions &options,
                                      nlohmann::json *report = nullptr)
{
    QString error;
    auto model = trainClassifier(examples, options, report, {}, &error);
    if (!model)
        qWarning("training failed: %s", qPrintable(error));
    return model;
}

QList<EvaluatedExample> judge(const TextClassifier &model, const QList<LabelledText> &examples)
{
    QStringList texts;
    for (const LabelledText &e : examples)
        texts.append(e.text);
    const QList<Prediction> predictions = predictAll(model, texts, false);
    QList<EvaluatedExample> judged;
    for (qsizetype i = 0; i < examples.size(); ++i)
        judged.append({examples.at(i).label, predictions.at(i).category(), predictions.at(i).confidence()});
    return judged;
}

QByteArray editedModel(const QByteArray &json, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    edit(object);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestClassifier : public QObject
{
    Q_OBJECT

private slots:
    void learnsSyntheticTopics()
    {
        const auto examples = Test::syntheticExamples(60, 1, 4, 0.0);
        nlohmann::json report;
        auto model = train(examples, {}, &report);
        QVERIFY(model);
        QCOMPARE(model->categories(),
                 (QStringList {QStringLiteral("cat0"), QStringLiteral("cat1"), QStringLiteral("cat2"),
                               QStringLiteral("cat3")}));
        // Ambiguous texts (one word of their topic, two of another) cap what any model can reach here.
        QVERIFY2(report.value("cvAccuracy", 0.0) > 0.6, report.dump().c_str());
        const Prediction p = model->predict(QStringLiteral("please refund my money, cancel the subscription"));
        QCOMPARE(p.category(), QStringLiteral("cat3"));
        double sum = 0;
        for (const ScoredCategory &s : p.ranked)
            sum += s.p;
        QVERIFY(qAbs(sum - 1.0) < 1e-9);
        QVERIFY(p.ranked.at(0).p >= p.ranked.at(1).p);
        // The explanation names the words that carried the decision.
        QVERIFY(!p.evidence.isEmpty());
        QStringList evidence;
        for (const FeatureContribution &f : p.evidence) {
            QCOMPARE(f.category, QStringLiteral("cat3"));
            QVERIFY(f.weight > 0);
            evidence.append(f.feature);
        }
        QVERIFY2(evidence.contains(QStringLiteral("refund")) || evidence.contains(QStringLiteral("money")),
                 qPrintable(evidence.join(u',')));
        // The same ranking without the evidence.
        const Prediction ranked = model->rank(QStringLiteral("please refund my money, cancel the subscription"));
        QCOMPARE(ranked.ranked, p.ranked);
        QVERIFY(ranked.evidence.isEmpty());
    }

    // Examples labelled with an escalation code get a learned detector: its threshold keeps the target recall
    // out of fold, the model file records its figures, it survives a save and load, and a firing detector names
    // the words that drove it. Examples without such labels give no detector.
    void learnsRiskDetectors()
    {
        QList<LabelledText> examples = Test::syntheticExamples(50, 3, 4, 0.0);
        const QStringList risky = {QStringLiteral("intruder"), QStringLiteral("breach"), QStringLiteral("stolen"),
                                   QStringLiteral("hijacked"), QStringLiteral("compromised")};
        for (qsizetype i = 0; i < examples.size(); i += 4) {
            examples[i].text += QLatin1Char(' ') + risky.at((i / 4) % risky.size()) + QStringLiteral(" account");
            examples[i].reasons = {QLatin1String(EscalationCode::SecurityIncident)};
        }
        auto plain = train(Test::syntheticExamples(50, 3, 4, 0.0), {});
        QVERIFY(plain);
        QVERIFY(plain->detectorCodes().isEmpty());
        QVERIFY(plain->predict(QStringLiteral("refund please")).detectors.isEmpty());

        TrainOptions options;
        options.detectorTargets.insert(QLatin1String(EscalationCode::SecurityIncident), DetectorTarget {0.9, 0.0});
        nlohmann::json report;
        auto model = train(examples, options, &report);
        QVERIFY(model);
        QCOMPARE(model->detectorCodes(), QStringList {QLatin1String(EscalationCode::SecurityIncident)});
        const nlohmann::json figures = report["detectors"]["security_incident"];
        QVERIFY2(figures["recall"].get<double>() >= 0.9, report.dump().c_str());
        QVERIFY2(figures["precision"].get<double>() > 0.5, report.dump().c_str());
        QCOMPARE(figures["positives"].get<int>(), int((examples.size() + 3) / 4));
        // The joint choice only ever raises a detector's own threshold, and keeps the reason's union recall.
        QVERIFY2(figures["threshold"].get<double>() >= figures["ownThreshold"].get<double>(), report.dump().c_str());
        QVERIFY2(figures["unionRecall"].get<double>() >= 0.9, report.dump().c_str());
        QVERIFY(report.contains("jointThresholds"));
        QVERIFY(model->metadata().contains("detectors"));

        QString error;
        auto loaded = TextClassifier::fromJson(model->toJson(), &error);
        QVERIFY2(loaded, qPrintable(error));
        const QString text = QStringLiteral("an intruder hijacked the account overnight");
        const Prediction a = model->predict(text);
        const Prediction b = loaded->predict(text);
        QCOMPARE(a.detectors.size(), 1);
        QCOMPARE(b.detectors.size(), 1);
        QCOMPARE(a.detectors.first().score, b.detectors.first().score);
        QVERIFY(a.detectors.first().fired());
        QVERIFY2(a.detectors.first().words.contains(QStringLiteral("intruder"))
                     || a.detectors.first().words.contains(QStringLiteral("hijacked")),
                 qPrintable(a.detectors.first().words.join(u',')));
        QVERIFY(!model->predict(QStringLiteral("please refund my money")).detectors.first().fired());
    }

    // The scope threshold lets the target share of in-scope training texts through (out of fold) and calls text
    // from no topic out of scope; at 0 there is none.
    void scopeThreshold()
    {
        const auto examples = Test::syntheticExamples(60, 4, 4, 0.0);
        nlohmann::json report;
        auto model = train(examples, {}, &report);
        QVERIFY(model);
        QVERIFY2(report.contains("scope"), report.dump().c_str());
        QVERIFY(report["scope"]["inScopePass"].get<double>() >= 0.95);
        const Prediction unrelated = model->predict(QStringLiteral("qqqq xxjx zzvz"));
        QVERIFY(std::isfinite(unrelated.scopeThreshold));
        QVERIFY(unrelated.outOfScope());
        TrainOptions none;
        none.scopePass = 0;
        auto without = train(examples, none);
        QVERIFY(without);
        QVERIFY(!without->predict(QStringLiteral("qqqq xxjx zzvz")).outOfScope());
    }

    void sameSeedSameBytes()
    {
        const auto examples = Test::syntheticExamples(40, 2);
        TrainOptions options;
        options.seed = 7;
        options.threads = 1;
        auto a = train(examples, options);
        options.threads = 2;
        auto b = train(examples, options);
        QVERIFY(a && b);
        // Threads share the work but do not change the result.
        QCOMPARE(a->toJson(), b->toJson());
        QCOMPARE(a->version(), b->version());
        // Another seed deals other folds and visits examples in another order.
        options.seed = 8;
        auto c = train(examples, options);
        QVERIFY(c);
        QVERIFY(a->toJson() != c->toJson());
        QVERIFY(a->version() != c->version());
    }

    void saveAndLoadPredictTheSame()
    {
        const auto examples = Test::syntheticExamples(40, 3);
        auto model = train(examples, {});
        QVERIFY(model);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.json"));
        QString error;
        QVERIFY2(model->save(path, &error), qPrintable(error));
        auto loaded = TextClassifier::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->toJson(), model->toJson());
        QCOMPARE(loaded->version(), model->version());
        QCOMPARE(loaded->categories(), model->categories());
        QCOMPARE(loaded->threshold(), model->threshold());
        for (const QString &c : model->categories())
            QCOMPARE(loaded->secondaryThreshold(c), model->secondaryThreshold(c));
        QCOMPARE(loaded->metadata().dump(), model->metadata().dump());
        const auto probe = Test::syntheticExamples(10, 99);
        for (const LabelledText &e : probe) {
            const Prediction a = model->predict(e.text);
            const Prediction b = loaded->predict(e.text);
            QCOMPARE(a.ranked, b.ranked);
            QCOMPARE(a.evidence.size(), b.evidence.size());
            for (qsizetype i = 0; i < a.evidence.size(); ++i) {
                QCOMPARE(a.evidence.at(i).feature, b.evidence.at(i).feature);
                QCOMPARE(a.evidence.at(i).weight, b.evidence.at(i).weight);
            }
        }
        // The file records what the model is.
        const nlohmann::json meta = loaded->metadata();
        QCOMPARE(meta["formatVersion"].get<int>(), LinearTextClassifier::FormatVersion);
        QCOMPARE(meta["training"]["examples"].get<int>(), int(examples.size()));
        int counted = 0;
        for (const auto &[category, count] : meta["training"]["perCategory"].items())
            counted += count.get<int>();
        QCOMPARE(counted, int(examples.size()));
        QVERIFY(meta["metrics"].contains("cvAccuracy"));
        QVERIFY(meta["metrics"].contains("ece"));
        QVERIFY(meta["metrics"].contains("coverage"));
        QCOMPARE(meta["options"]["seed"].get<int>(), 1);
    }

    void refusesBadModels_data()
    {
        const auto examples = Test::syntheticExamples(20, 4);
        auto model = train(examples, {});
        QVERIFY(model);
        const QByteArray good = model->toJson();
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("invalid JSON");
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("invalid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
        QTest::newRow("other format") << QByteArray("{\"format\":\"something\"}")
                                      << QStringLiteral("not a RouteDesk model");
        QTest::newRow("newer") << editedModel(good, [](QJsonObject &o) { o[QStringLiteral("formatVersion")] = 2; })
                               << QStringLiteral("newer than this RouteDesk reads");
        QTest::newRow("no weights") << editedModel(good, [](QJsonObject &o) { o.remove(QStringLiteral("weights")); })
                                    << QStringLiteral("\"weights\" is missing");
        QTest::newRow("corrupt weights") << editedModel(good, [](QJsonObject &o) {
            QJsonObject w = o[QStringLiteral("weights")].toObject();
            w[QStringLiteral("data")] = QStringLiteral("AAAA");
            o[QStringLiteral("weights")] = w;
        }) << QStringLiteral("weights.data");
        QTest::newRow("bad base64") << editedModel(good, [](QJsonObject &o) {
            QJsonObject w = o[QStringLiteral("weights")].toObject();
            w[QStringLiteral("data")] = QStringLiteral("!!not base64!!");
            o[QStringLiteral("weights")] = w;
        }) << QStringLiteral("not base64");
        QTest::newRow("one category") << editedModel(good, [](QJsonObject &o) {
            o[QStringLiteral("categories")] = QJsonArray {QStringLiteral("a")};
        }) << QStringLiteral("at least two");
        QTest::newRow("idf size") << editedModel(good, [](QJsonObject &o) {
            QJsonObject v = o[QStringLiteral("vocabulary")].toObject();
            v[QStringLiteral("idf")] = QStringLiteral("AAAAAA==");
            o[QStringLiteral("vocabulary")] = v;
        }) << QStringLiteral("vocabulary.idf");
        QTest::newRow("threshold out of range") << editedModel(good, [](QJsonObject &o) {
            QJsonObject t = o[QStringLiteral("thresholds")].toObject();
            t[QStringLiteral("confidence")] = 3;
            o[QStringLiteral("thresholds")] = t;
        }) << QStringLiteral("between 0 and 1");
        QTest::newRow("version not integer")
            << editedModel(good, [](QJsonObject &o) { o[QStringLiteral("formatVersion")] = 1.5; })
            << QStringLiteral("integer");
    }

    void refusesBadModels()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!TextClassifier::fromJson(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // The version a model records is a hash of its content: the trainer's file loads, in any layout; the same file
    // with one weight scale, a bias or a threshold changed is refused, loudly.
    void refusesAlteredModels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.json"));
        auto model = train(Test::syntheticExamples(20, 4), {});
        QVERIFY(model);
        QString error;
        QVERIFY2(model->save(path, &error), qPrintable(error));
        bool badInput = true;
        QVERIFY2(TextClassifier::load(path, &error, &badInput), qPrintable(error));
        QVERIFY(!badInput);

        const nlohmann::json good = nlohmann::json::parse(model->toJson().toStdString());
        QVERIFY2(TextClassifier::fromJson(QByteArray::fromStdString(good.dump(2)), &error), qPrintable(error));
        const QList<std::pair<const char *, std::function<void(nlohmann::json &)>>> edits {
            {"weight scale",
             [](nlohmann::json &d) {
                 d["weights"]["scales"][0] = d["weights"]["scales"][0].get<double>() * 1.5;
             }},
            {"bias",
             [](nlohmann::json &d) {
                 d["weights"]["bias"][1] = d["weights"]["bias"][1].get<double>() + 0.25;
             }},
            {"threshold",
             [](nlohmann::json &d) {
                 d["thresholds"]["confidence"] = 0.05;
             }},
            // The version itself, and text that looks like a version member inside a string or a nested object
            // (the load hashes the bytes around the top-level member; these must not fool it).
            {"version",
             [](nlohmann::json &d) {
                 d["version"] = "0123456789abcdef";
             }},
            {"version text in a string",
             [](nlohmann::json &d) {
                 d["name"] = std::string("x\",\"version\":\"") + d["version"].get<std::string>() + "\"";
             }},
            {"nested version member",
             [](nlohmann::json &d) {
                 d["training"]["version"] = d["version"];
             }},
            {"weights",
             [](nlohmann::json &d) {
                 QByteArray packed
                     = QByteArray::fromBase64(QByteArray::fromStdString(d["weights"]["data"].get<std::string>()));
                 // Per feature: a count (one byte for four categories), then a gap and an 8-bit weight each.
                 // Negate the first stored weight.
                 qsizetype at = 0;
                 while (at < packed.size() && packed.at(at) == 0)
                     ++at;
                 QVERIFY(at + 2 < packed.size());
                 packed[at + 2] = char(-packed.at(at + 2));
                 d["weights"]["data"] = packed.toBase64().toStdString();
             }},
        };
        for (const auto &[what, edit] : edits) {
            nlohmann::json changed = good;
            edit(changed);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(changed.dump()));
            file.close();
            QVERIFY2(!TextClassifier::load(path, &error, &badInput), what);
            QVERIFY2(error.startsWith(path) && error.contains(QLatin1String("changed after it was written")),
                     qPrintable(error));
            QVERIFY(badInput);
        }
    }

    void shippedDemoModelLoads()
    {
        QString error;
        QVERIFY2(TextClassifier::load(Test::sourceDir() + QStringLiteral("/resources/demo/model.json"), &error),
                 qPrintable(error));
    }

    void loadNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.json"));
        QString error;
        QVERIFY(!TextClassifier::load(path, &error));
        QVERIFY2(error.startsWith(path) && error.contains(QLatin1String("cannot open")), qPrintable(error));
        QFile file(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"routedesk-classifier\",\"formatVersion\":9}");
        file.close();
        QVERIFY(!TextClassifier::load(file.fileName(), &error));
        QVERIFY2(error.startsWith(file.fileName()) && error.contains(QLatin1String("newer")), qPrintable(error));
    }

    void refusesUntrainableData()
    {
        QString error;
        QVERIFY(
            !trainClassifier({{QStringLiteral("a"), QStringLiteral("x")}, {QStringLiteral("b"), QStringLiteral("x")}},
                             {}, nullptr, {}, &error));
        QVERIFY2(error.contains(QLatin1String("two categories")), qPrintable(error));
        QVERIFY(!trainClassifier({}, {}, nullptr, {}, &error));
        QVERIFY(!trainClassifier({{QStringLiteral("a"), QString()}, {QStringLiteral("b"), QStringLiteral("y")}}, {},
                                 nullptr, {}, &error));
        QVERIFY2(error.contains(QLatin1String("no label")), qPrintable(error));
        // Cancelling through the progress callback.
        const auto examples = Test::syntheticExamples(10, 5);
        int calls = 0;
        QVERIFY(!trainClassifier(
            examples, {}, nullptr, [&calls](int, int) { return ++calls < 2; }, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));
    }

    void progressReachesTotal()
    {
        const auto examples = Test::syntheticExamples(10, 6);
        int last = -1;
        int total = 0;
        bool monotonic = true;
        auto model = trainClassifier(
            examples, {}, nullptr,
            [&](int done, int of) {
                monotonic = monotonic && done > last;
                last = done;
                total = of;
                return true;
            },
            nullptr);
        QVERIFY(model);
        QVERIFY(monotonic);
        QCOMPARE(last, total);
    }

    // Temperature scaling on a problem with label noise: held-out confidence must match held-out accuracy.
    void calibratedOnHeldOutData()
    {
        const auto trainSet = Test::syntheticExamples(250, 10);
        const auto testSet = Test::syntheticExamples(250, 11);
        nlohmann::json report;
        auto model = train(trainSet, {}, &report);
        QVERIFY(model);
        const Evaluation e = evaluate(model->categories(), judge(*model, testSet), model->threshold());
        QVERIFY2(e.accuracy > 0.6 && e.accuracy < 0.95, qPrintable(QString::number(e.accuracy)));
        QVERIFY2(e.ece < 0.07,
                 qPrintable(QStringLiteral("held-out ECE %1 (cv %2, before calibration %3)")
                                .arg(e.ece)
                                .arg(report.value("ece", 0.0))
                                .arg(report.value("eceBeforeCalibration", 0.0))));
        QVERIFY(report.value("ece", 1.0) < 0.5 * report.value("eceBeforeCalibration", 0.0));
    }

    // The threshold chosen for a target accuracy keeps it on data the model has not seen.
    void thresholdMeetsTargetOnHeldOutData()
    {
        const auto trainSet = Test::syntheticExamples(250, 20);
        const auto testSet = Test::syntheticExamples(500, 21);
        TrainOptions options;
        options.targetAccuracy = 0.9;
        nlohmann::json report;
        auto model = train(trainSet, options, &report);
        QVERIFY(model);
        QVERIFY(report.value("thresholdReached", false));
        QCOMPARE(model->targetAccuracy(), 0.9);
        const Evaluation e = evaluate(model->categories(), judge(*model, testSet), model->threshold());
        QVERIFY2(e.accuracy < 0.9, "the problem must be hard enough for the threshold to matter");
        QVERIFY2(e.accuracyAtThreshold >= 0.88,
                 qPrintable(QStringLiteral("accuracy %1 at threshold %2, coverage %3")
                                .arg(e.accuracyAtThreshold)
                                .arg(model->threshold())
                                .arg(e.coverage)));
        QVERIFY2(e.coverage > 0.05 && e.coverage < 1.0, qPrintable(QString::number(e.coverage)));
        // A stricter target routes fewer tickets.
        options.targetAccuracy = 0.97;
        auto strict = train(trainSet, options);
        QVERIFY(strict);
        QVERIFY(strict->threshold() > model->threshold());
    }

    void chooseThresholdRule()
    {
        // Sorted by confidence: 0.9 ok, 0.8 ok, 0.7 wrong, 0.6 ok, 0.5 wrong.
        const std::vector<double> confidence {0.5, 0.9, 0.7, 0.6, 0.8};
        const std::vector<bool> correct {false, true, false, true, true};
        ThresholdChoice c = chooseThreshold(confidence, correct, 0.75);
        QCOMPARE(c.threshold, 0.6); // 3 of 4 at >= 0.6
        QCOMPARE(c.coverage, 0.8);
        QCOMPARE(c.accuracy, 0.75);
        QVERIFY(c.reached);
        c = chooseThreshold(confidence, correct, 1.0);
        QCOMPARE(c.threshold, 0.8);
        QCOMPARE(c.coverage, 0.4);
        c = chooseThreshold({0.9}, {false}, 0.5);
        QVERIFY(!c.reached);
        QCOMPARE(c.threshold, 1.0);
        QCOMPARE(c.coverage, 0.0);
    }

    void expectedCalibrationErrorBins()
    {
        // Two bins: confidence 0.95 (all right: gap 0.05) and 0.55 (half right: gap 0.05).
        const std::vector<double> confidence {0.95, 0.95, 0.55, 0.55};
        const std::vector<bool> correct {true, true, true, false};
        QVERIFY(qAbs(expectedCalibrationError(confidence, correct) - 0.05) < 1e-12);
        QCOMPARE(expectedCalibrationError({}, {}), 0.0);
    }

    void temperatureScalingRecoversTheTruth()
    {
        // Scores drawn so that softmax(2 * s) is the true label distribution: the fit must find beta close to 2.
        Random random(5);
        const int classes = 3;
        const int n = 20000;
        std::vector<float> scores(n * classes);
        std::vector<int> labels(n);
        std::vector<double> p(classes);
        for (int i = 0; i < n; ++i) {
            for (int c = 0; c < classes; ++c)
                scores[i * classes + c] = static_cast<float>(double(random.below(2000)) / 1000.0);
            softmax(scores.data() + i * classes, classes, 2.0, p.data());
            const double u = double(random.below(1000000)) / 1e6;
            double acc = 0;
            labels[i] = classes - 1;
            for (int c = 0; c < classes; ++c) {
                acc += p[c];
                if (u < acc) {
                    labels[i] = c;
                    break;
                }
            }
        }
        const double beta = fitInverseTemperature(scores, labels, classes);
        QVERIFY2(qAbs(beta - 2.0) < 0.15, qPrintable(QString::number(beta)));
    }

    void secondaryThresholdsAreClamped()
    {
        // Class 2 climbs high on tickets that are not about it; class 1 never does.
        const std::vector<double> probabilities {0.7, 0.0, 0.3, 0.1, 0.9, 0.0, 0.45, 0.1, 0.45, 0.2, 0.8, 0.0};
        const std::vector<int> labels {0, 1, 0, 1};
        const std::vector<double> t = secondaryThresholds(probabilities, labels, 3);
        QCOMPARE(t.size(), size_t(3));
        QCOMPARE(t[1], SecondaryFloor);
        QVERIFY(t[2] >= 0.3 && t[2] <= SecondaryCeiling);
    }

    void evaluationFigures()
    {
        const QStringList categories {QStringLiteral("a"), QStringLiteral("b")};
        const QList<EvaluatedExample> examples {{QStringLiteral("a"), QStringLiteral("a"), 0.9},
                                                {QStringLiteral("a"), QStringLiteral("b"), 0.6},
                                                {QStringLiteral("b"), QStringLiteral("b"), 0.8},
                                                {QStringLiteral("b"), QStringLiteral("b"), 0.7},
                                                {QStringLiteral("z"), QStringLiteral("a"), 0.55}};
        const Evaluation e = evaluate(categories, examples, 0.75);
        QCOMPARE(e.examples, 5);
        QCOMPARE(e.accuracy, 0.6);
        QCOMPARE(e.unknownLabels, 1);
        QCOMPARE(e.labels, (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("z")}));
        QCOMPARE(e.confusion, (QList<QList<qsizetype>> {{1, 1}, {0, 2}, {1, 0}}));
        // a: precision 1/2, recall 1/2; b: precision 2/3, recall 1; z: 0.
        QCOMPARE(e.perCategory.size(), 3);
        QCOMPARE(e.perCategory.at(0).precision, 0.5);
        QCOMPARE(e.perCategory.at(1).recall, 1.0);
        QVERIFY(qAbs(e.perCategory.at(1).f1 - 0.8) < 1e-12);
        QVERIFY(qAbs(e.macroF1 - (0.5 + 0.8 + 0.0) / 3) < 1e-12);
        QCOMPARE(e.coverage, 0.4); // 0.9 and 0.8
        QCOMPARE(e.accuracyAtThreshold, 1.0);
        const nlohmann::json j = e.toJson();
        QCOMPARE(j["confusion"]["matrix"][2][0].get<int>(), 1);
        QVERIFY(e.toText().contains(QLatin1String("accuracy: 60.0%")));
    }

    void foldsAreStratified()
    {
        std::vector<int> labels;
        for (int i = 0; i < 100; ++i)
            labels.push_back(i % 3 == 0 ? 0 : 1);
        const std::vector<int> folds = stratifiedFolds(labels, 5, 1);
        QCOMPARE(folds, stratifiedFolds(labels, 5, 1));
        QVERIFY(folds != stratifiedFolds(labels, 5, 2));
        for (int f = 0; f < 5; ++f) {
            int zeros = 0;
            int total = 0;
            for (size_t i = 0; i < labels.size(); ++i) {
                if (folds[i] == f) {
                    ++total;
                    zeros += labels[i] == 0;
                }
            }
            QVERIFY(total == 20);
            QVERIFY(zeros >= 6 && zeros <= 8); // 34 zeros over 5 folds
        }
    }

    // A small real subset: 20 banking77 intents, every third example held out.
    void learnsBanking77Subset()
    {
        const QString path = Test::sharedDataFile(QStringLiteral("banking77_train.csv"));
        if (path.isEmpty())
            QSKIP("../shared/data/banking77_train.csv is not present");
        QList<LabelledText> all;
        QString error;
        QVERIFY2(loadLabelledTexts(path, {}, &all, &error), qPrintable(error));
        QStringList intents;
        for (const LabelledText &e : all) {
            if (!intents.contains(e.label))
                intents.append(e.label);
        }
        std::sort(intents.begin(), intents.end());
        intents = intents.mid(0, 20);
        QList<LabelledText> trainSet;
        QList<LabelledText> testSet;
        qsizetype kept = 0;
        for (const LabelledText &e : all) {
            if (!intents.contains(e.label))
                continue;
            (kept++ % 3 == 0 ? testSet : trainSet).append(e);
        }
        nlohmann::json report;
        auto model = train(trainSet, {}, &report);
        QVERIFY(model);
        const Evaluation e = evaluate(model->categories(), judge(*model, testSet), model->threshold());
        qInfo("banking77 subset: %lld train, %lld test, accuracy %.4f, macro-F1 %.4f, ECE %.4f, coverage %.3f at %.3f "
              "(accuracy there %.4f)",
              qlonglong(trainSet.size()), qlonglong(testSet.size()), e.accuracy, e.macroF1, e.ece, e.coverage,
              model->threshold(), e.accuracyAtThreshold);
        QVERIFY2(e.accuracy > 0.85, qPrintable(QString::number(e.accuracy)));
        QVERIFY2(e.ece < 0.08, qPrintable(QString::number(e.ece)));
        QVERIFY2(e.accuracyAtThreshold > 0.92, qPrintable(QString::number(e.accuracyAtThreshold)));
    }
};

QTEST_GUILESS_MAIN(TestClassifier)
#include "test_classifier.moc"
