package org.broadsheet.content.article;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SectionRepository extends JpaRepository<Section, UUID> {

    Optional<Section> findByKey(String key);

    List<Section> findAllByOrderByPositionAscNameAsc();
}
