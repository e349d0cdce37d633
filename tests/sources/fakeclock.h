#pragma once

#include "sources/httpclient.h"

#include <QList>
#include <QTimeZone>

namespace RouteDesk::Test {

// A clock whose sleep() returns at once and only records how long it was asked to wait, so back-off tests do not
// sleep for real. Time moves by the recorded waits.
class FakeClock final : public HttpClock
{
public:
    QDateTime now() const override { return m_now; }
    bool sleep(qint64 ms, const Cancellation *cancellation) override
    {
        sleeps.append(ms);
        m_now = m_now.addMSecs(ms);
        return !Cancellation::isSet(cancellation);
    }

    QList<qint64> sleeps;
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc());
};

} // namespace RouteDesk::Test
