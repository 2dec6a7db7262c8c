package org.broadsheet.content.metering;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeterMonthRepository extends JpaRepository<MeterMonth, MeterMonthId> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MeterMonth m where m.id = :id")
    Optional<MeterMonth> lock(@Param("id") MeterMonthId id);

    @Modifying
    @Query(value = "insert into meter_months (meter_key, month_key, created_at) values (:key, :month, :at)",
            nativeQuery = true)
    void insert(@Param("key") String key, @Param("month") String month, @Param("at") Instant at);
}
