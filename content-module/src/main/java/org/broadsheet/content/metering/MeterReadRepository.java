package org.broadsheet.content.metering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeterReadRepository extends JpaRepository<MeterRead, MeterReadId> {

    @Query("select count(r) from MeterRead r where r.id.meterKey = :key and r.id.month = :month")
    long countReads(@Param("key") String key, @Param("month") String month);

    @Query("select r from MeterRead r where r.id.meterKey = :key and r.id.month = :month")
    List<MeterRead> findReads(@Param("key") String key, @Param("month") String month);

    @Modifying
    @Query(value = "insert into meter_reads (meter_key, month_key, article_id, read_at) values (:key, :month, :article, :at)",
            nativeQuery = true)
    void insert(@Param("key") String key, @Param("month") String month, @Param("article") UUID article,
            @Param("at") Instant at);

    @Modifying
    @Query("delete from MeterRead r where r.id.meterKey = :key and r.id.month = :month")
    int deleteReads(@Param("key") String key, @Param("month") String month);
}
