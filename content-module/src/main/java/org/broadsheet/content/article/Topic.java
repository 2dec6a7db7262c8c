package org.broadsheet.content.article;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.broadsheet.content.CatalogRef;
import org.hibernate.annotations.BatchSize;

/** A subject that runs across sections (Elections, Monsoon…), which readers can follow. */
@Entity
@Table(name = "topics")
@BatchSize(size = 50)
class Topic {

    @Id
    private UUID id;

    @Column(name = "ref_key", nullable = false, unique = true, length = 64)
    private String key;

    @Column(nullable = false, length = 120)
    private String name;

    protected Topic() {
    }

    Topic(String key, String name) {
        this.id = UUID.randomUUID();
        this.key = key;
        this.name = name;
    }

    String key() {
        return key;
    }

    void rename(String name) {
        this.name = name;
    }

    CatalogRef ref() {
        return new CatalogRef(key, name);
    }
}
