#pragma once

// A synthetic labelled problem with known structure for classifier tests: each category has its own topic words,
// every text mixes one to three of them with up to two of another category and shared filler words, and a few
// texts carry a wrong label: learnable but not perfectly, with clear and ambiguous texts for calibration.

#include "classify/parallel.h"
#include "classify/textclassifier.h"

namespace RouteDesk::Test {

inline QList<LabelledText> syntheticExamples(int perCategory, quint64 seed, int categories = 4, double noise = 0.05)
{
    static const char *const topics[][8] = {
        {"invoice", "charge", "billing", "payment", "tax", "receipt", "price", "card"},
        {"password", "login", "locked", "reset", "account", "2fa", "email", "sso"},
        {"crash", "error", "bug", "slow", "sync", "api", "timeout", "broken"},
        {"refund", "cancel", "money", "back", "subscription", "downgrade", "return", "dispute"},
        {"feature", "idea", "question", "sales", "demo", "partner", "feedback", "roadmap"},
    };
    static const char *const filler[]
        = {"please", "help",   "today",  "my",    "the", "we",      "team", "again",    "since", "yesterday",
           "hello",  "thanks", "urgent", "still", "not", "working", "now",  "customer", "our",   "issue"};
    Random random(seed);
    QList<LabelledText> out;
    for (int i = 0; i < perCategory; ++i) {
        for (int c = 0; c < categories; ++c) {
            // Some texts are clear (three words of their topic), some ambiguous (one of theirs, two of another).
            QStringList words;
            const int own = 1 + static_cast<int>(random.below(3));
            for (int k = 0; k < own; ++k)
                words.append(QLatin1String(topics[c][random.below(8)]));
            const int foreign = static_cast<int>(random.below(3));
            const int other = static_cast<int>((c + 1 + random.below(categories - 1)) % categories);
            for (int k = 0; k < foreign; ++k)
                words.append(QLatin1String(topics[other][random.below(8)]));
            for (int k = 0; k < 4; ++k)
                words.append(QLatin1String(filler[random.below(20)]));
            for (int k = static_cast<int>(words.size()) - 1; k > 0; --k)
                words.swapItemsAt(k, static_cast<int>(random.below(k + 1)));
            int label = c;
            if (random.below(1000) < noise * 1000)
                label = static_cast<int>((c + 1 + random.below(categories - 1)) % categories);
            out.append({words.join(u' '), QStringLiteral("cat%1").arg(label), 1.0});
        }
    }
    return out;
}

} // namespace RouteDesk::Test
