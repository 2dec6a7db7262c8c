package org.broadsheet.content.article;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.broadsheet.content.CatalogRef;
import org.hibernate.annotations.BatchSize;

/** A part of the paper (India, World, Business…) every article belongs to. */
@Entity
@Table(name = "sections")
@BatchSize(size = 50)
class Section {

    @Id
    private UUID id;

    @Column(name = "ref_key", nullable = false, unique = true, length = 64)
    private String key;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false)
    private int position;

    protected Section() {
    }

    Section(String key, String name, int position) {
        this.id = UUID.randomUUID();
        this.key = key;
        this.name = name;
        this.position = position;
    }

    UUID id() {
        return id;
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
