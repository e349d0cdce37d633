#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace RouteDesk {

// An inline message above a view (errors the agent must see without a modal box in the way), closable with
// its button or Escape. Stays until closed or replaced.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Error;
};

} // namespace RouteDesk
