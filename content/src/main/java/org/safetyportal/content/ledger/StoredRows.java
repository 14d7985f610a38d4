package org.safetyportal.content.ledger;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Reads the rows of one table of published content as {@link StoredPublication}s, for a feature's
 * repository: the id makes the subject, and the table's own copy of the content hash and of the time of
 * publication (either may be absent) are read as stored.
 */
public final class StoredRows {

    private StoredRows() {
    }

    public static List<StoredPublication> read(DSLContext dsl, String subjectPrefix, TableField<?, Integer> id,
            Field<String> contentHash, Field<LocalDateTime> publishedAt) {
        return read(dsl, subjectPrefix, id, contentHash, publishedAt, DSL.noCondition());
    }

    /** Only the rows that claim to be published ({@code published}). */
    public static List<StoredPublication> read(DSLContext dsl, String subjectPrefix, TableField<?, Integer> id,
            Field<String> contentHash, Field<LocalDateTime> publishedAt, Condition published) {
        Field<String> hash = contentHash == null ? DSL.inline((String) null) : contentHash;
        Field<LocalDateTime> at = publishedAt == null ? DSL.inline((LocalDateTime) null, LocalDateTime.class) : publishedAt;
        return dsl.select(id, hash, at).from(id.getTable()).where(published).orderBy(id)
                .fetch(r -> StoredPublication.of(subjectPrefix + r.value1(), r.value2(),
                        r.value3() == null ? null : r.value3().toInstant(ZoneOffset.UTC)));
    }
}
