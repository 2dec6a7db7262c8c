package org.broadsheet.content.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<Topic, UUID> {

    Optional<Topic> findByKey(String key);

    List<Topic> findByKeyIn(Collection<String> keys);

    List<Topic> findAllByOrderByNameAsc();
}
