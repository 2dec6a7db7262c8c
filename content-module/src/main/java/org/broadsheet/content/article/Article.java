package org.broadsheet.content.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleImage;
import org.hibernate.annotations.BatchSize;

/** A piece of journalism with its byline, lead image, access level and body. */
@Entity
@Table(name = "articles")
@BatchSize(size = 50)
class Article {

    enum Status { DRAFT, PUBLISHED }

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 200)
    private String slug;

    @Column(nullable = false, length = 300)
    private String headline;

    @Column(nullable = false, length = 1000)
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private Section section;

    @Column(length = 120)
    private String dateline;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_level", nullable = false, length = 16)
    private AccessLevel accessLevel;

    @Column(name = "image_path", length = 300)
    private String imagePath;

    @Column(name = "image_caption", length = 600)
    private String imageCaption;

    @Column(name = "image_credit", length = 200)
    private String imageCredit;

    @Column(name = "agency_credit", length = 200)
    private String agencyCredit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "article_topics", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Topic> topics = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_contributors", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Contribution> contributors = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "article_related", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    @OrderColumn(name = "position")
    private List<Article> related = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_paragraphs", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "body", nullable = false)
    private List<String> paragraphs = new ArrayList<>();

    protected Article() {
    }

    Article(String slug, Section section) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.section = section;
        this.status = Status.DRAFT;
    }

    UUID id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String headline() {
        return headline;
    }

    String summary() {
        return summary;
    }

    Section section() {
        return section;
    }

    String dateline() {
        return dateline;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    AccessLevel accessLevel() {
        return accessLevel;
    }

    String agencyCredit() {
        return agencyCredit;
    }

    boolean published() {
        return status == Status.PUBLISHED;
    }

    ArticleImage image() {
        return imagePath == null ? null : new ArticleImage(imagePath, imageCaption, imageCredit);
    }

    List<Topic> topics() {
        return topics;
    }

    List<Author> writers() {
        return contributors.stream().filter(c -> c.role() == Contribution.Role.WRITER).map(Contribution::author).toList();
    }

    List<Author> editors() {
        return contributors.stream().filter(c -> c.role() == Contribution.Role.EDITOR).map(Contribution::author).toList();
    }

    List<Article> related() {
        return related;
    }

    List<String> paragraphs() {
        return paragraphs;
    }

    void write(String headline, String summary, String dateline, AccessLevel accessLevel, ArticleImage image,
            String agencyCredit, List<String> paragraphs) {
        this.headline = headline;
        this.summary = summary;
        this.dateline = dateline;
        this.accessLevel = accessLevel;
        this.imagePath = image == null ? null : image.path();
        this.imageCaption = image == null ? null : image.caption();
        this.imageCredit = image == null ? null : image.credit();
        this.agencyCredit = agencyCredit;
        this.paragraphs.clear();
        this.paragraphs.addAll(paragraphs);
    }

    void file(Section section, List<Topic> topics, List<Author> writers, List<Author> editors) {
        this.section = section;
        this.topics.clear();
        this.topics.addAll(topics);
        this.contributors.clear();
        writers.forEach(w -> contributors.add(new Contribution(w, Contribution.Role.WRITER)));
        editors.forEach(e -> contributors.add(new Contribution(e, Contribution.Role.EDITOR)));
    }

    void relate(List<Article> related) {
        this.related.clear();
        this.related.addAll(related);
    }

    void publish(Instant publishedAt, Instant updatedAt) {
        this.status = Status.PUBLISHED;
        this.publishedAt = publishedAt;
        this.updatedAt = updatedAt == null ? publishedAt : updatedAt;
    }

    /** Keeps the article (or takes it) off the site, with the times it will carry once published. */
    void holdBack(Instant publishedAt, Instant updatedAt) {
        this.status = Status.DRAFT;
        this.publishedAt = publishedAt;
        this.updatedAt = updatedAt == null ? publishedAt : updatedAt;
    }

    void unpublish() {
        this.status = Status.DRAFT;
    }
}
