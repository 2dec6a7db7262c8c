package org.broadsheet.content.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuthorRepository extends JpaRepository<Author, UUID> {

    Optional<Author> findByKey(String key);

    List<Author> findByKeyIn(Collection<String> keys);

    List<Author> findAllByOrderByNameAsc();
}
