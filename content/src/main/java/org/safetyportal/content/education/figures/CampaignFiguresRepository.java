package org.safetyportal.content.education.figures;

import static org.safetyportal.content.internal.jooq.Tables.AREA;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_CAMPAIGN_FIGURES;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_CAMPAIGN_FIGURE_CELL;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_ORGANISATION;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_SESSION;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_SESSION_PARTICIPANT;
import static org.safetyportal.content.internal.jooq.Tables.QUIZ_ATTEMPT;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.safetyportal.content.internal.jooq.tables.records.EducationCampaignFiguresRecord;
import org.safetyportal.content.ledger.StoredPublication;
import org.safetyportal.content.ledger.StoredRows;

/** The sessions and participants of a campaign's days, and the published snapshots of its figures. */
@Singleton
class CampaignFiguresRepository {

    private final DSLContext dsl;

    CampaignFiguresRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Sessions opening from {@code from} (inclusive) to {@code until} (exclusive). */
    List<CampaignFigureTally.SessionRow> sessions(Instant from, Instant until) {
        return dsl.select(EDUCATION_SESSION.ID, AREA.CODE, EDUCATION_SESSION.AUDIENCE_CODE).from(EDUCATION_SESSION)
                .join(EDUCATION_ORGANISATION).on(EDUCATION_ORGANISATION.ID.eq(EDUCATION_SESSION.ORGANISATION_ID))
                .join(AREA).on(AREA.ID.eq(EDUCATION_ORGANISATION.AREA_ID))
                .where(opening(from, until)).orderBy(EDUCATION_SESSION.ID)
                .fetch().map(r -> new CampaignFigureTally.SessionRow(r.value1(), r.value2(), r.value3()));
    }

    /** The participants of those sessions, without their names. */
    List<CampaignFigureTally.ParticipantRow> participants(Instant from, Instant until) {
        return dsl.select(EDUCATION_SESSION_PARTICIPANT.SESSION_ID, EDUCATION_SESSION_PARTICIPANT.FAMILY,
                        QUIZ_ATTEMPT.SUBMITTED_AT, QUIZ_ATTEMPT.PASSED)
                .from(EDUCATION_SESSION_PARTICIPANT)
                .join(QUIZ_ATTEMPT).on(QUIZ_ATTEMPT.ID.eq(EDUCATION_SESSION_PARTICIPANT.ATTEMPT_ID))
                .join(EDUCATION_SESSION).on(EDUCATION_SESSION.ID.eq(EDUCATION_SESSION_PARTICIPANT.SESSION_ID))
                .where(opening(from, until))
                .fetch().map(r -> new CampaignFigureTally.ParticipantRow(r.value1(), Boolean.TRUE.equals(r.value2()),
                        r.value3() != null, Boolean.TRUE.equals(r.value4())));
    }

    private static Condition opening(Instant from, Instant until) {
        return EDUCATION_SESSION.OPENS_AT.ge(utc(from)).and(EDUCATION_SESSION.OPENS_AT.lt(utc(until)));
    }

    boolean exists(String campaignCode, java.time.LocalDate starts, Instant at) {
        return dsl.fetchExists(EDUCATION_CAMPAIGN_FIGURES, EDUCATION_CAMPAIGN_FIGURES.CAMPAIGN_CODE.eq(campaignCode),
                EDUCATION_CAMPAIGN_FIGURES.STARTS_ON.eq(starts), EDUCATION_CAMPAIGN_FIGURES.PUBLISHED_AT.eq(utc(at)));
    }

    int insert(CampaignFiguresPublishing.Snapshot snapshot, String by, Instant at, String contentHash) {
        dsl.insertInto(EDUCATION_CAMPAIGN_FIGURES)
                .set(EDUCATION_CAMPAIGN_FIGURES.CAMPAIGN_CODE, snapshot.campaignCode())
                .set(EDUCATION_CAMPAIGN_FIGURES.STARTS_ON, snapshot.starts())
                .set(EDUCATION_CAMPAIGN_FIGURES.ENDS_ON, snapshot.ends())
                .set(EDUCATION_CAMPAIGN_FIGURES.PUBLISHED_BY, by)
                .set(EDUCATION_CAMPAIGN_FIGURES.PUBLISHED_AT, utc(at))
                .set(EDUCATION_CAMPAIGN_FIGURES.CONTENT_HASH, contentHash)
                .execute();
        // Read back by the unique moment: MariaDB through Connector/J cannot run INSERT ... RETURNING.
        int id = dsl.select(EDUCATION_CAMPAIGN_FIGURES.ID).from(EDUCATION_CAMPAIGN_FIGURES)
                .where(EDUCATION_CAMPAIGN_FIGURES.CAMPAIGN_CODE.eq(snapshot.campaignCode()),
                        EDUCATION_CAMPAIGN_FIGURES.STARTS_ON.eq(snapshot.starts()),
                        EDUCATION_CAMPAIGN_FIGURES.PUBLISHED_AT.eq(utc(at)))
                .fetchSingle(EDUCATION_CAMPAIGN_FIGURES.ID);
        int position = 0;
        for (FigureCell cell : snapshot.cells()) {
            dsl.insertInto(EDUCATION_CAMPAIGN_FIGURE_CELL)
                    .set(EDUCATION_CAMPAIGN_FIGURE_CELL.FIGURES_ID, id)
                    .set(EDUCATION_CAMPAIGN_FIGURE_CELL.DIMENSION, cell.dimension().name())
                    .set(EDUCATION_CAMPAIGN_FIGURE_CELL.CELL_KEY, cell.key())
                    .set(EDUCATION_CAMPAIGN_FIGURE_CELL.POSITION, position++)
                    .set(EDUCATION_CAMPAIGN_FIGURE_CELL.SESSIONS, cell.sessions())
                    .set(EDUCATION_CAMPAIGN_FIGURE_CELL.PARTICIPANTS, cell.participants())
                    .set(EDUCATION_CAMPAIGN_FIGURE_CELL.PASS_RATE, cell.passRate())
                    .execute();
        }
        return id;
    }

    Optional<CampaignFigures> byId(int id) {
        return read(EDUCATION_CAMPAIGN_FIGURES.ID.eq(id)).stream().findFirst();
    }

    /** The newest snapshot of each campaign, by campaign code. */
    Map<String, CampaignFigures> newestByCampaign() {
        Map<String, CampaignFigures> newest = new LinkedHashMap<>();
        read(org.jooq.impl.DSL.noCondition()).forEach(f -> newest.putIfAbsent(f.campaignCode(), f));
        return newest;
    }

    /** Snapshots newest first, each with its cells: the snapshots read whole, then all their cells in one query. */
    private List<CampaignFigures> read(Condition condition) {
        List<EducationCampaignFiguresRecord> rows = dsl.selectFrom(EDUCATION_CAMPAIGN_FIGURES).where(condition)
                .orderBy(EDUCATION_CAMPAIGN_FIGURES.PUBLISHED_AT.desc(), EDUCATION_CAMPAIGN_FIGURES.ID.desc())
                .fetch().stream().toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        var cells = dsl.selectFrom(EDUCATION_CAMPAIGN_FIGURE_CELL)
                .where(EDUCATION_CAMPAIGN_FIGURE_CELL.FIGURES_ID.in(rows.stream().map(EducationCampaignFiguresRecord::getId).toList()))
                .orderBy(EDUCATION_CAMPAIGN_FIGURE_CELL.FIGURES_ID, EDUCATION_CAMPAIGN_FIGURE_CELL.POSITION)
                .fetch().stream().toList();
        return rows.stream().map(r -> new CampaignFigures(r.getId(), r.getCampaignCode(), r.getStartsOn(), r.getEndsOn(),
                r.getPublishedBy(), r.getPublishedAt().toInstant(ZoneOffset.UTC), r.getContentHash(),
                cells.stream().filter(c -> c.getFiguresId().equals(r.getId()))
                        .map(c -> new FigureCell(FigureCell.Dimension.valueOf(c.getDimension()), c.getCellKey(),
                                c.getSessions(), c.getParticipants(), c.getPassRate()))
                        .toList())).toList();
    }

    List<StoredPublication> stored() {
        return StoredRows.read(dsl, CampaignFiguresContentSource.PREFIX, EDUCATION_CAMPAIGN_FIGURES.ID,
                EDUCATION_CAMPAIGN_FIGURES.CONTENT_HASH, EDUCATION_CAMPAIGN_FIGURES.PUBLISHED_AT);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
