#pragma once

#include "../domain/product.h"
#include "expected.h"

namespace Ordo {

class Database;

// Reads and writes the product row and its Definition of Done / Ready checklists.
class ProductRepository
{
public:
    explicit ProductRepository(const Database &database);

    Status create(const Product &product);
    Expected<Product> load() const;
    Status update(const Product &product);

private:
    Status writeChecklists(const Product &product);
    Status writeTeam(const Product &product);

    const Database &m_database;
};

} // namespace Ordo
