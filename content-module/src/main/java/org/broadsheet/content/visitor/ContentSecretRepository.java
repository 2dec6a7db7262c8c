package org.broadsheet.content.visitor;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContentSecretRepository extends JpaRepository<ContentSecret, String> {

    @Modifying
    @Query(value = "insert into content_secrets (name, secret, created_at) values (:name, :secret, :at)",
            nativeQuery = true)
    void insert(@Param("name") String name, @Param("secret") String secret, @Param("at") Instant at);
}
