package org.broadsheet.content.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRepository extends JpaRepository<Article, UUID> {


    @Query(value = "select a " + "from Article a join fetch a.section s"
            + """
             where a.status = :status
              and (:section is null or s.key = :section)
              and (:topic is null or a.id in (
                    select ta.id from Article ta join ta.topics t where t.key = :topic))
              and (:author is null or a.id in (
                    select ca.id from Article ca join ca.contributors c
                    where c.author.key = :author and c.role = :writer))
            order by a.publishedAt desc, a.id desc
            """,
            countQuery = """
            select count(a) from Article a join a.section s
            where a.status = :status
              and (:section is null or s.key = :section)
              and (:topic is null or a.id in (
                    select ta.id from Article ta join ta.topics t where t.key = :topic))
              and (:author is null or a.id in (
                    select ca.id from Article ca join ca.contributors c
                    where c.author.key = :author and c.role = :writer))
            """)
    Page<Article> findNewest(@Param("status") Article.Status status, @Param("section") String section,
            @Param("topic") String topic, @Param("author") String author,
            @Param("writer") Contribution.Role writer, Pageable pageable);

    @Query("select a from Article a join fetch a.section where a.slug = :slug and a.status = :status")
    Optional<Article> findBySlugAndStatus(@Param("slug") String slug, @Param("status") Article.Status status);

    @Query("select a from Article a join fetch a.section where a.status = :status order by a.publishedAt desc, a.id desc")
    List<Article> findAllByStatusNewestFirst(@Param("status") Article.Status status);

    @Query("select a from Article a join fetch a.section where a.status = :status order by a.id")
    List<Article> findFirstInIdOrder(@Param("status") Article.Status status, Limit limit);

    @Query("select a from Article a join fetch a.section where a.status = :status and a.id > :after order by a.id")
    List<Article> findInIdOrderAfter(@Param("status") Article.Status status, @Param("after") UUID after, Limit limit);

    Optional<Article> findBySlug(String slug);

    List<Article> findBySlugIn(Collection<String> slugs);
}
