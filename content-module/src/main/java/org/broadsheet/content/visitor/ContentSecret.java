package org.broadsheet.content.visitor;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A secret generated once and shared through the database by every instance. */
@Entity
@Table(name = "content_secrets")
class ContentSecret {

    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContentSecret() {
    }

    String secret() {
        return secret;
    }
}
