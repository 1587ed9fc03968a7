#include "newproductdialog.h"

#include "productlocations.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace Ordo {
namespace {

// "Grocery Delivery App" -> "GDA"; "Harbor" -> "HAR".
QString suggestedPrefix(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString prefix;
    if (words.size() > 1) {
        for (const QString &word : words) {
            if (word.front().isLetter())
                prefix += word.front().toUpper();
        }
    } else if (!words.isEmpty()) {
        for (QChar c : words.front()) {
            if (c.isLetter())
                prefix += c.toUpper();
        }
    }
    prefix = prefix.left(4);
    return prefix.size() >= 2 ? prefix : QStringLiteral("ORD");
}

} // namespace

NewProductDialog::NewProductDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_keyPrefix(new QLineEdit(this))
    , m_goal(new QPlainTextEdit(this))
    , m_location(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Product"));
    m_name->setPlaceholderText(tr("e.g. Grocery Delivery App"));
    m_keyPrefix->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Z][A-Z0-9]{1,5}")), m_keyPrefix));
    m_keyPrefix->setToolTip(tr("Item keys start with this, as in ORD-42."));
    m_keyPrefix->setText(QStringLiteral("ORD"));
    m_goal->setPlaceholderText(
        tr("The future state of the product the team plans against, in one or two sentences."));
    m_goal->setTabChangesFocus(true);
    m_goal->setFixedHeight(m_goal->fontMetrics().lineSpacing() * 4 + 12);

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Product &name:"), m_name);
    form->addRow(tr("&Key prefix:"), m_keyPrefix);
    form->addRow(tr("Product &Goal:"), m_goal);
    form->addRow(tr("&File:"), locationRow);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Product"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    connect(m_name, &QLineEdit::textEdited, this, &NewProductDialog::nameEdited);
    connect(m_keyPrefix, &QLineEdit::textEdited, this, [this] {
        m_prefixEdited = true;
        validate();
    });
    connect(m_location, &QLineEdit::textEdited, this, [this] {
        m_locationEdited = true;
        validate();
    });
    connect(browse, &QPushButton::clicked, this, &NewProductDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Product NewProductDialog::product() const
{
    Product product;
    product.name = m_name->text().trimmed();
    product.keyPrefix = m_keyPrefix->text();
    product.productGoal = m_goal->toPlainText().trimmed();
    product.definitionOfDone = {tr("Acceptance criteria met"),
                                tr("Code reviewed"),
                                tr("Automated tests pass"),
                                tr("Documentation updated"),
                                tr("Deployed to the staging environment")};
    product.definitionOfReady = {tr("User-story voice with the why"),
                                 tr("Acceptance criteria written"),
                                 tr("Estimated by the team"),
                                 tr("Dependencies resolved")};
    return product;
}

QString NewProductDialog::filePath() const { return m_location->text().trimmed(); }

void NewProductDialog::nameEdited(const QString &name)
{
    if (!m_prefixEdited)
        m_keyPrefix->setText(suggestedPrefix(name));
    if (!m_locationEdited && !name.trimmed().isEmpty()) {
        QString fileName = name.trimmed();
        fileName.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
        m_location->setText(QDir(ProductLocations::documentsFolder())
                                .filePath(fileName + QLatin1Char('.')
                                          + QLatin1String(ProductLocations::fileSuffix)));
    }
    validate();
}

void NewProductDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("New Product File"),
                                                      filePath().isEmpty()
                                                          ? ProductLocations::documentsFolder()
                                                          : filePath(),
                                                      tr("Ordo products (*.ordo)"));
    if (path.isEmpty())
        return;
    m_location->setText(QDir::toNativeSeparators(path));
    m_locationEdited = true;
    validate();
}

void NewProductDialog::validate()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the product a name.");
    else if (!m_keyPrefix->hasAcceptableInput())
        problem = tr("The key prefix needs 2 to 6 capital letters or digits, starting with a letter.");
    else if (filePath().isEmpty())
        problem = tr("Choose where to keep the product file.");
    else if (!QFileInfo(QFileInfo(filePath()).absolutePath()).isDir())
        problem = tr("The folder for the product file does not exist.");
    // An empty name is obvious; only explain the less obvious problems.
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !m_name->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Ordo
