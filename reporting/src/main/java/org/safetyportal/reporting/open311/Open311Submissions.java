package org.safetyportal.reporting.open311;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.jooq.DSLContext;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.reporting.intake.IntakeSource;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.intake.Receipt;
import org.safetyportal.reporting.intake.ReportIntake;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.publiccases.PublicCaseNumber;

/**
 * Reports posted by Open311 clients: checked and stored by the same intake as the report form (the same
 * rules, routing, first public step and ledger entry), with the client's token in the same transaction,
 * so that every answer a client receives names a stored report.
 */
@Singleton
public class Open311Submissions {

    static final String DEVICE_PREFIX = "open311:";
    private static final int TOKEN_LENGTH = 24;

    private final ApiKeys keys;
    private final ApiKeyRepository repository;
    private final ReportIntake intake;
    private final ReportRepository reports;
    private final DSLContext dsl;
    private final CityClock clock;

    Open311Submissions(ApiKeys keys, ApiKeyRepository repository, ReportIntake intake, ReportRepository reports,
            DSLContext dsl, CityClock clock) {
        this.keys = keys;
        this.repository = repository;
        this.intake = intake;
        this.reports = reports;
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * What the client hands its user: the public number (the service request id), the token, and the tracking
     * code and PIN with which the citizen follows the report privately at {@code /track}.
     */
    public record Submission(String serviceRequestId, String token, String trackingCode, String pin) {
    }

    /** Refused with {@code open311.error.apiKey} when the key is missing, unknown or revoked. */
    public Submission submit(String apiKey, Open311Post post) {
        ApiKey holder = keys.holder(apiKey).orElseThrow(ApiKeyRefusedException::new);
        NewReport report = new NewReport(post.serviceCode(), post.county(), null, post.addressString(), post.latitude(),
                post.longitude(), null, null, post.description(), null, false);
        // Per citizen's device when the app names it; the app's own server address is not the citizen's.
        IntakeSource source = new IntakeSource(null,
                post.deviceId() == null ? null : DEVICE_PREFIX + holder.id() + ":" + post.deviceId());
        String token = RandomText.of(TOKEN_LENGTH);
        Receipt receipt = dsl.transactionResult(() -> {
            Receipt stored = intake.submit(report, source);
            repository.insertSubmission(token, stored.hazardCase().id(), holder.id(), clock.now());
            return stored;
        });
        return new Submission(numberOf(receipt.hazardCase().id()).orElseThrow(), token, receipt.formattedCode(), receipt.pin());
    }

    /** The service request id a token stands for; empty for an unknown token. */
    public Optional<String> requestOfToken(String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        return repository.reportOfToken(token).flatMap(this::numberOf);
    }

    private Optional<String> numberOf(int reportId) {
        return reports.byId(reportId).map(c -> PublicCaseNumber.of(clock.dateOf(c.submittedAt()), c.id()));
    }
}
