#pragma once

#include "domain/item.h"
#include "presentationtheme.h"

#include <QLabel>
#include <QWidget>

namespace Ordo {

class ProductDocument;

// One page of presentation mode (planning, review, ...). It reads the product through the
// document's change channel like every view, and marks its labels as headings or body text;
// PresentationWindow gives each role its size for the screen and the zoom.
class PresentedPage : public QWidget
{
    Q_OBJECT

public:
    enum class Role { Body, Heading };
    // The property PresentationWindow reads to size a widget's font.
    static constexpr const char *roleProperty = "presentationRole";
    // A colour the window keeps when it restyles a widget (a verdict's).
    static constexpr const char *colourProperty = "presentationColour";
    static void setRole(QWidget *widget, Role role);
    static Role roleOf(const QWidget *widget);
    // A word-wrapped plain-text label of `role`.
    static QLabel *label(QWidget *parent, Role role = Role::Body);

    explicit PresentedPage(QWidget *parent = nullptr);

    // The colours the page draws its verdicts and states in; a page redraws itself when they change.
    void setTheme(const PresentationTheme &theme);
    const PresentationTheme &theme() const { return m_theme; }

    virtual void setDocument(ProductDocument *document) = 0;
    // What the bar shows as the step, e.g. "Story 2 of 5".
    virtual QString step() const = 0;
    // The sprint the page is about (its name in the bar), or 0.
    virtual SprintId sprint() const = 0;
    virtual ItemId currentItem() const = 0;
    virtual void showItem(ItemId id) = 0;

signals:
    void stepChanged();
    void currentItemChanged(Ordo::ItemId id);
    void errorOccurred(const QString &message);

protected:
    virtual void themeChanged() {}
    // Draws the page again from the product.
    virtual void refresh() = 0;
    // What the change channel calls: a page off the wall draws itself when it is shown next, so
    // that an edit on the laptop redraws only the page the room sees.
    void productChanged();
    void showEvent(QShowEvent *event) override;

private:
    PresentationTheme m_theme = PresentationTheme::of(PresentationTheme::Kind::Light);
    bool m_stale = false;
};

} // namespace Ordo
