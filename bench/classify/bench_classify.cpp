// bench_classify: RouteDesk's classifier against scikit-learn on the same 5-fold split of banking77.
//
// Writes the fold assignment to a file, trains and evaluates our model on every fold (in-process prediction and
// a whole `routedesk-cli eval` process over the test fold), runs bench/classify/sklearn_baseline.py on the same
// folds, simulates out-of-scope tickets by holding whole intents out of training, and prints one table.
// See docs/classifier.md for the figures it printed.

#include "classify/calibration.h"
#include "classify/evaluation.h"
#include "classify/linearclassifier.h"
#include "classify/parallel.h"
#include "classify/textclassifier.h"
#include "classify/trainingdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace RouteDesk;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString csvField(const QString &s)
{
    QString q = s;
    q.replace(u'"', QLatin1String("\"\""));
    return u'"' + q + u'"';
}

bool writeCsv(const QString &path, const QList<LabelledText> &examples, const std::vector<qsizetype> &rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray data = "text,category\n";
    for (qsizetype i : rows)
        data += (csvField(examples.at(i).text) + u',' + csvField(examples.at(i).label) + u'\n').toUtf8();
    return file.write(data) == data.size();
}

struct PipelineResult
{
    QString name;
    std::vector<double> accuracy, macroF1, trainSeconds, predictPerSecond, processPerSecond, ece, coverage,
        accuracyAtThreshold;
};

double mean(const std::vector<double> &v)
{
    return v.empty() ? std::nan("") : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

QString fmt(double v, int decimals)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Classifier benchmark against scikit-learn on banking77."));
    parser.addHelpOption();
    const QString sourceDir = QStringLiteral(ROUTEDESK_SOURCE_DIR);
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Labelled CSV (text,category)."),
                                        QStringLiteral("FILE"),
                                        sourceDir + QStringLiteral("/../shared/data/banking77_train.csv"));
    const QCommandLineOption foldsOption(QStringLiteral("folds"), QStringLiteral("Folds (default 5)."),
                                         QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption onlyOption(QStringLiteral("only-folds"),
                                        QStringLiteral("Evaluate only the first N folds (default all)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the split and the models."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption cOption(QStringLiteral("c"), QStringLiteral("SVM cost."), QStringLiteral("C"));
    const QCommandLineOption minDfOption(QStringLiteral("min-df"), QStringLiteral("Minimum document frequency."),
                                         QStringLiteral("N"));
    const QCommandLineOption maxFeaturesOption(QStringLiteral("max-features"), QStringLiteral("Feature cap."),
                                               QStringLiteral("N"));
    const QCommandLineOption charsOption(QStringLiteral("chars"), QStringLiteral("Character n-grams MIN-MAX."),
                                         QStringLiteral("RANGE"));
    const QCommandLineOption cliOption(QStringLiteral("cli"),
                                       QStringLiteral("routedesk-cli to time (default: beside this program)."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption pythonOption(QStringLiteral("python"), QStringLiteral("Python with scikit-learn."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption noSklearnOption(QStringLiteral("no-sklearn"), QStringLiteral("Skip scikit-learn."));
    const QCommandLineOption noScopeOption(QStringLiteral("no-out-of-scope"),
                                           QStringLiteral("Skip the out-of-scope simulation."));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the work folder here."),
                                        QStringLiteral("DIR"));
    parser.addOptions({dataOption, foldsOption, onlyOption, seedOption, cOption, minDfOption, maxFeaturesOption,
                       charsOption, cliOption, pythonOption, noSklearnOption, noScopeOption, keepOption});
    parser.process(app);

    const QString dataPath = parser.value(dataOption);
    QList<LabelledText> examples;
    QString error;
    if (!loadLabelledTexts(dataPath, {}, &examples, &error)) {
        QTextStream(stderr) << "bench_classify: " << error << Qt::endl;
        return 1;
    }
    const int folds = std::max(2, parser.value(foldsOption).toInt());
    const int onlyFolds
        = parser.value(onlyOption).toInt() > 0 ? std::min(folds, parser.value(onlyOption).toInt()) : folds;
    const quint64 seed = parser.value(seedOption).toULongLong();

    TrainOptions options;
    options.seed = seed;
    options.targetAccuracy = 0.95;
    if (parser.isSet(cOption))
        options.c = parser.value(cOption).toDouble();
    if (parser.isSet(minDfOption))
        options.minDf = parser.value(minDfOption).toInt();
    if (parser.isSet(maxFeaturesOption))
        options.maxFeatures = parser.value(maxFeaturesOption).toInt();
    if (parser.isSet(charsOption)) {
        const QStringList range = parser.value(charsOption).split(u'-');
        options.charMinN = range.value(0).toInt();
        options.charMaxN = range.value(1, range.value(0)).toInt();
    }

    QTemporaryDir temporary;
    QString work = temporary.path();
    if (parser.isSet(keepOption)) {
        work = parser.value(keepOption);
        QDir().mkpath(work);
    }

    // The split both sides read.
    QStringList categories;
    for (const LabelledText &e : std::as_const(examples)) {
        if (!categories.contains(e.label))
            categories.append(e.label);
    }
    std::sort(categories.begin(), categories.end());
    std::vector<int> labelIndex(examples.size());
    for (qsizetype i = 0; i < examples.size(); ++i)
        labelIndex[i] = static_cast<int>(categories.indexOf(examples.at(i).label));
    const std::vector<int> fold = stratifiedFolds(labelIndex, folds, seed);
    const QString foldsPath = work + QStringLiteral("/folds.csv");
    {
        QFile file(foldsPath);
        if (!file.open(QIODevice::WriteOnly)) {
            QTextStream(stderr) << "bench_classify: cannot write " << foldsPath << Qt::endl;
            return 1;
        }
        QByteArray data = "row,fold\n";
        for (size_t i = 0; i < fold.size(); ++i)
            data += QByteArray::number(qulonglong(i)) + ',' + QByteArray::number(fold[i]) + '\n';
        file.write(data);
    }

    QString cli = parser.value(cliOption);
    if (cli.isEmpty())
        cli = QCoreApplication::applicationDirPath() + QStringLiteral("/routedesk-cli");
    const bool haveCli = QFileInfo(cli).isExecutable();

    out() << "data: " << dataPath << " (" << examples.size() << " examples, " << categories.size() << " categories), "
          << folds << " folds, seed " << seed << Qt::endl;

    PipelineResult ours;
    ours.name = QStringLiteral("RouteDesk (SVM + temperature)");
    std::vector<double> heldOutAtThreshold, heldOutCoverage, cvThreshold;
    for (int f = 0; f < onlyFolds; ++f) {
        QList<LabelledText> train;
        std::vector<qsizetype> testRows;
        QStringList testTexts;
        for (qsizetype i = 0; i < examples.size(); ++i) {
            if (fold[i] == f) {
                testRows.push_back(i);
                testTexts.append(examples.at(i).text);
            } else {
                train.append(examples.at(i));
            }
        }
        QElapsedTimer timer;
        timer.start();
        nlohmann::json report;
        auto model = trainClassifier(train, options, &report, {}, &error);
        const double trainSeconds = timer.nsecsElapsed() / 1e9;
        if (!model) {
            QTextStream(stderr) << "bench_classify: training failed: " << error << Qt::endl;
            return 1;
        }
        timer.restart();
        const QList<Prediction> predictions = predictAll(*model, testTexts, true);
        const double predictSeconds = timer.nsecsElapsed() / 1e9;
        QList<EvaluatedExample> judged;
        for (qsizetype k = 0; k < predictions.size(); ++k) {
            judged.append(
                {examples.at(testRows[k]).label, predictions.at(k).category(), predictions.at(k).confidence()});
        }
        const Evaluation e = evaluate(model->categories(), judged, model->threshold());
        ours.accuracy.push_back(e.accuracy);
        ours.macroF1.push_back(e.macroF1);
        ours.ece.push_back(e.ece);
        ours.trainSeconds.push_back(trainSeconds);
        ours.predictPerSecond.push_back(testTexts.size() / predictSeconds);
        heldOutAtThreshold.push_back(e.accuracyAtThreshold);
        heldOutCoverage.push_back(e.coverage);
        cvThreshold.push_back(model->threshold());

        QString processNote;
        const QString modelPath = work + QStringLiteral("/model-%1.json").arg(f);
        const QString testPath = work + QStringLiteral("/test-%1.csv").arg(f);
        if (!model->save(modelPath, &error) || !writeCsv(testPath, examples, testRows)) {
            QTextStream(stderr) << "bench_classify: cannot write " << testPath << ' ' << error << Qt::endl;
            return 1;
        }
        if (haveCli) {
            // Best of three runs: the figure is the program's cost, not the machine's noise.
            double best = 1e9;
            for (int run = 0; run < 3; ++run) {
                QProcess process;
                timer.restart();
                process.start(cli,
                              {QStringLiteral("eval"), QStringLiteral("--model"), modelPath, QStringLiteral("--input"),
                               testPath, QStringLiteral("--json")});
                process.waitForFinished(120000);
                const double seconds = timer.nsecsElapsed() / 1e9;
                if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
                    processNote = QStringLiteral(" (routedesk-cli eval failed: %1)")
                                      .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
                    best = 0;
                    break;
                }
                best = std::min(best, seconds);
            }
            if (best > 0)
                ours.processPerSecond.push_back(testRows.size() / best);
        }
        out() << QStringLiteral(
                     "fold %1: accuracy %2, macro-F1 %3, ECE %4, train %5 s, predict %6/s, threshold %7 "
                     "(cv coverage %8), held-out coverage %9, accuracy at threshold %10, features %11, epochs %12%13")
                     .arg(f)
                     .arg(fmt(e.accuracy, 4), fmt(e.macroF1, 4), fmt(e.ece, 4), fmt(trainSeconds, 2),
                          fmt(testTexts.size() / predictSeconds, 0), fmt(model->threshold(), 3),
                          fmt(report.value("coverage", 0.0), 3), fmt(e.coverage, 3))
                     .arg(fmt(e.accuracyAtThreshold, 4),
                          QString::number(report["features"].value("words", 0) + report["features"].value("chars", 0)),
                          QString::number(report.value("maxEpochs", 0)), processNote)
              << Qt::endl;
    }

    // scikit-learn on the same folds.
    QList<PipelineResult> baselines;
    if (!parser.isSet(noSklearnOption)) {
        QString python = parser.value(pythonOption);
        if (python.isEmpty())
            python = QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                           : QStringLiteral("python3");
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(python,
                      {sourceDir + QStringLiteral("/bench/classify/sklearn_baseline.py"), QStringLiteral("--data"),
                       dataPath, QStringLiteral("--folds"), foldsPath, QStringLiteral("--only-folds"),
                       QString::number(onlyFolds)});
        if (!process.waitForFinished(3600 * 1000) || process.exitCode() != 0) {
            out() << "scikit-learn baseline failed (is python3-sklearn installed?)" << Qt::endl;
        } else {
            const QByteArray json = process.readAllStandardOutput();
            try {
                const nlohmann::json results = nlohmann::json::parse(json.constBegin(), json.constEnd());
                for (const nlohmann::json &r : results["pipelines"]) {
                    PipelineResult p;
                    p.name = QString::fromStdString(r["name"].get<std::string>());
                    for (const nlohmann::json &f : r["folds"]) {
                        p.accuracy.push_back(f["accuracy"].get<double>());
                        p.macroF1.push_back(f["macroF1"].get<double>());
                        p.trainSeconds.push_back(f["trainSeconds"].get<double>());
                        p.predictPerSecond.push_back(f["predictPerSecond"].get<double>());
                        if (f.contains("ece"))
                            p.ece.push_back(f["ece"].get<double>());
                    }
                    baselines.append(p);
                }
            } catch (const std::exception &e) {
                out() << "cannot read the scikit-learn results: " << e.what() << Qt::endl;
            }
        }
    }

    // Out of scope: hold 10 whole intents out of training and see how many of their tickets are escalated (low
    // confidence or below the scope threshold, which lets 95% of in-scope training tickets through).
    struct ScopeResult
    {
        quint64 seed;
        double outEscalated;
        double inEscalated;
        double inAccuracyAtThreshold;
    };
    QList<ScopeResult> scope;
    if (!parser.isSet(noScopeOption)) {
        for (quint64 s = 1; s <= 3; ++s) {
            Random random(mixSeed(s * 7919));
            std::vector<int> order(categories.size());
            std::iota(order.begin(), order.end(), 0);
            for (int i = static_cast<int>(order.size()) - 1; i > 0; --i)
                std::swap(order[i], order[random.below(i + 1)]);
            std::vector<bool> held(categories.size(), false);
            for (int k = 0; k < std::min<int>(10, static_cast<int>(categories.size()) - 2); ++k)
                held[order[k]] = true;
            QList<LabelledText> train;
            QStringList inTexts;
            QStringList inLabels;
            QStringList outTexts;
            for (qsizetype i = 0; i < examples.size(); ++i) {
                const bool isHeld = held[labelIndex[i]];
                if (fold[i] != 0 && !isHeld)
                    train.append(examples.at(i));
                else if (fold[i] == 0 && !isHeld) {
                    inTexts.append(examples.at(i).text);
                    inLabels.append(examples.at(i).label);
                } else if (fold[i] == 0 && isHeld)
                    outTexts.append(examples.at(i).text);
            }
            TrainOptions scopeOptions = options;
            scopeOptions.seed = s;
            auto model = trainClassifier(train, scopeOptions, nullptr, {}, &error);
            if (!model)
                continue;
            const double t = model->threshold();
            const QList<Prediction> inPredictions = predictAll(*model, inTexts, false);
            const QList<Prediction> outPredictions = predictAll(*model, outTexts, false);
            qsizetype inLow = 0;
            qsizetype outLow = 0;
            qsizetype inRouted = 0;
            qsizetype inRight = 0;
            // Escalated as `classify` escalates: below the confidence threshold, or below the scope threshold.
            for (qsizetype k = 0; k < inPredictions.size(); ++k) {
                if (inPredictions.at(k).confidence() < t || inPredictions.at(k).outOfScope()) {
                    ++inLow;
                } else {
                    ++inRouted;
                    inRight += inPredictions.at(k).category() == inLabels.at(k) ? 1 : 0;
                }
            }
            for (const Prediction &p : outPredictions)
                outLow += p.confidence() < t || p.outOfScope() ? 1 : 0;
            scope.append({s, double(outLow) / std::max<qsizetype>(1, outPredictions.size()),
                          double(inLow) / std::max<qsizetype>(1, inPredictions.size()),
                          inRouted ? double(inRight) / inRouted : 0.0});
        }
    }

    // The table.
    out() << "\n| pipeline | accuracy | macro-F1 | ECE | train (s) | predict in-process (texts/s) | whole process "
             "`routedesk-cli eval` (texts/s) |\n|---|---|---|---|---|---|---|\n";
    QList<PipelineResult> all = baselines;
    all.prepend(ours);
    for (const PipelineResult &p : std::as_const(all)) {
        out() << "| " << p.name << " | " << fmt(mean(p.accuracy), 4) << " | " << fmt(mean(p.macroF1), 4) << " | "
              << fmt(mean(p.ece), 4) << " | " << fmt(mean(p.trainSeconds), 2) << " | "
              << fmt(mean(p.predictPerSecond), 0) << " | " << fmt(mean(p.processPerSecond), 0) << " |\n";
    }
    out() << "\nmeans over " << onlyFolds << " test folds; ECE: 15 equal-width bins of the top probability "
          << "(scikit-learn: LogisticRegression's predict_proba; LinearSVC has none)\n";

    double bestAccuracy = 0;
    double svcTrain = std::nan("");
    double svcPredict = std::nan("");
    for (const PipelineResult &p : std::as_const(baselines)) {
        bestAccuracy = std::max(bestAccuracy, mean(p.accuracy));
        if (p.name.contains(QLatin1String("LinearSVC"))) {
            svcTrain = mean(p.trainSeconds);
            svcPredict = mean(p.predictPerSecond);
        }
    }
    if (!baselines.isEmpty()) {
        out() << "\ntargets: accuracy " << fmt(mean(ours.accuracy), 4) << " vs best scikit-learn "
              << fmt(bestAccuracy, 4) << (mean(ours.accuracy) >= bestAccuracy ? " (met)" : " (MISSED)") << "; training "
              << fmt(svcTrain / mean(ours.trainSeconds), 1) << "x faster than the LinearSVC pipeline (target 3x)"
              << "; whole-process classification " << fmt(mean(ours.processPerSecond) / svcPredict, 1)
              << "x its in-process throughput (target 5x), in-process "
              << fmt(mean(ours.predictPerSecond) / svcPredict, 1) << "x; ECE " << fmt(mean(ours.ece), 4)
              << " (target 0.05)\n";
    }
    out() << "threshold for target accuracy 0.95: mean threshold " << fmt(mean(cvThreshold), 3)
          << ", accuracy among held-out tickets at or above it " << fmt(mean(heldOutAtThreshold), 4)
          << ", held-out coverage (routed automatically) " << fmt(mean(heldOutCoverage), 3) << '\n';
    if (!scope.isEmpty()) {
        out() << "\nout of scope (10 of " << categories.size() << " intents held out of training, fold 0 as test):\n"
              << "| seed | held-out-intent tickets escalated | in-scope tickets escalated | in-scope accuracy when "
                 "routed |\n|---|---|---|---|\n";
        double a = 0;
        double b = 0;
        for (const ScopeResult &r : std::as_const(scope)) {
            out() << "| " << r.seed << " | " << fmt(100 * r.outEscalated, 1) << "% | " << fmt(100 * r.inEscalated, 1)
                  << "% | " << fmt(r.inAccuracyAtThreshold, 4) << " |\n";
            a += r.outEscalated;
            b += r.inEscalated;
        }
        out() << "| mean | " << fmt(100 * a / scope.size(), 1) << "% | " << fmt(100 * b / scope.size(), 1) << "% | |\n";
    }
    out() << Qt::flush;
    return 0;
}
