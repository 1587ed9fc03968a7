#pragma once

#include <QFrame>

class QLabel;

namespace Ordo {

struct Product;
class BacklogModel;

// The band above the backlog: the product's name, its Product Goal (what the
// order of the backlog serves) and a one-line summary of the backlog.
class ProductHeader : public QFrame
{
    Q_OBJECT

public:
    explicit ProductHeader(QWidget *parent = nullptr);

    void setProduct(const Product &product);
    void setSummary(const BacklogModel &model);

private:
    QLabel *m_name;
    QLabel *m_goal;
    QLabel *m_summary;
};

} // namespace Ordo
