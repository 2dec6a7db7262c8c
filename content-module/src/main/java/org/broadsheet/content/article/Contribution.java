package org.broadsheet.content.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One name in an article's byline: who wrote or who edited it. */
@Embeddable
class Contribution {

    enum Role { WRITER, EDITOR }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Author author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    protected Contribution() {
    }

    Contribution(Author author, Role role) {
        this.author = author;
        this.role = role;
    }

    Author author() {
        return author;
    }

    Role role() {
        return role;
    }
}
