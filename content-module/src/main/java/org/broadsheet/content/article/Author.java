package org.broadsheet.content.article;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.broadsheet.content.CatalogRef;
import org.hibernate.annotations.BatchSize;

/** A journalist who writes or edits articles. */
@Entity
@Table(name = "authors")
@BatchSize(size = 50)
class Author {

    @Id
    private UUID id;

    @Column(name = "ref_key", nullable = false, unique = true, length = 64)
    private String key;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 2000)
    private String bio;

    protected Author() {
    }

    Author(String key, String name, String bio) {
        this.id = UUID.randomUUID();
        this.key = key;
        this.name = name;
        this.bio = bio;
    }

    String key() {
        return key;
    }

    void describe(String name, String bio) {
        this.name = name;
        this.bio = bio;
    }

    CatalogRef ref() {
        return new CatalogRef(key, name);
    }
}
