// The story editor's fields as the user's role allows them (ui/access.h).
#include "storyeditor.h"

#include "gherkinedit.h"
#include "productdocument.h"
#include "scoringeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QAbstractButton>
#include <QToolButton>

namespace Ordo {

void StoryEditor::updateAccess()
{
    const Access access = m_document ? m_document->access() : Access();
    const bool backlog = access.may(Access::Change::Backlog);
    // Read-only, not disabled: the text stays legible and selectable, and what is being typed
    // when the connection to the server is lost stays in its field.
    for (QLineEdit *edit : {m_title, m_role, m_labels, m_requester, m_metricName, m_baseline, m_target, m_actual})
        edit->setReadOnly(!backlog);
    for (QPlainTextEdit *edit : {m_want, m_benefit, m_description, m_impact})
        edit->setReadOnly(!backlog);
    m_measuredOn->setReadOnly(!backlog);
    m_criteria->setReadOnly(!access.may(Access::Change::Criteria));
    m_estimate->setEnabled(access.may(Access::Change::Estimate));
    m_type->setEnabled(backlog);
    m_epic->setEnabled(backlog);
    for (QCheckBox *box : std::as_const(m_investBoxes))
        box->setEnabled(backlog);
    m_scoring->setEnabled(backlog);
    // Splitting and linking change the backlog: the Product Owner's.
    for (const char *name : {"splitButton", "addDependencyButton"}) {
        if (auto *button = findChild<QAbstractButton *>(QLatin1String(name)))
            button->setEnabled(backlog);
    }
    if (m_criterionUp && !access.may(Access::Change::Criteria)) {
        m_criterionUp->setEnabled(false);
        m_criterionDown->setEnabled(false);
    }
    if (m_removeDependency && !backlog)
        m_removeDependency->setEnabled(false);
}

} // namespace Ordo
