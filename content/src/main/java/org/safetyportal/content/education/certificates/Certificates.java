package org.safetyportal.content.education.certificates;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.sessions.DisplayNames;
import org.safetyportal.content.ledger.PublicationLedger;

/**
 * Certificates for a passed quiz, of a group session or of a lesson page's self-study quiz: issued once per attempt
 * (asking again gives the same certificate), kept with what they state, verified by their code by anyone, and
 * printed as a PDF. Takers have no account: holding the attempt's key (which only their page has) is what entitles
 * them; whether the attempt passed is the stored grade, never the page's word.
 */
@Singleton
public class Certificates {

    public static final String LEDGER_EVENT = "certificate.issued";

    private final CertificateRepository repository;
    private final PublicationLedger ledger;
    private final DSLContext dsl;
    private final CityClock clock;
    private final SecureRandom random = new SecureRandom();

    Certificates(CertificateRepository repository, PublicationLedger ledger, DSLContext dsl, CityClock clock) {
        this.repository = repository;
        this.ledger = ledger;
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The same certificates issued on another clock: for a session held before (the demonstration data's). */
    public Certificates at(CityClock otherClock) {
        return new Certificates(repository, ledger, dsl, otherClock);
    }

    /** The certificate of this passed session attempt, issued now if it has none; refused in words for any other attempt. */
    public Certificate issue(String attemptKey) {
        if (attemptKey == null || attemptKey.length() > 64) {
            throw new ValidationException("education.certificate.notPassed");
        }
        return dsl.transactionResult(() -> {
            CertificateRepository.PassedAttempt attempt = repository.passedSessionAttempt(attemptKey)
                    .orElseThrow(() -> new ValidationException("education.certificate.notPassed"));
            return certificateOf(attempt);
        });
    }

    /** The attempt's certificate if it has one, else a new one with a fresh code; within the caller's transaction. */
    private Certificate certificateOf(CertificateRepository.PassedAttempt attempt) {
        Optional<Certificate> issued = repository.forAttempt(attempt.attemptId());
        if (issued.isPresent()) {
            return issued.get();
        }
        String code;
        do {
            code = CertificateCode.generate(random);
        } while (repository.codeTaken(code));
        Instant now = clock.now();
        repository.insert(code, attempt, clock.dateOf(attempt.submittedAt()), now);
        Certificate certificate = repository.byCode(code).orElseThrow();
        // In the ledger in the same transaction: a certificate the verification page confirms is one the chain holds.
        ledger.append(LEDGER_EVENT, CertificateContentSource.PREFIX + repository.idOf(code),
                CertificateContentSource.canonical(certificate), now);
        return certificate;
    }

    /**
     * The certificate of this passed self-study attempt, issued now in the name typed if it has none (asking again
     * gives the same certificate, in the name first given). Refused in words for a name that is empty, too long or
     * markup-like ({@link DisplayNames}), for an attempt that is not this taker's self-study attempt (a session's,
     * another visitor's, an unknown key), and for one not submitted or not passed.
     */
    public Certificate issueSelfStudy(String attemptKey, String takerKey, String typedName) {
        String name = DisplayNames.checked(typedName);
        if (attemptKey == null || attemptKey.length() > 64 || takerKey == null || takerKey.length() > 64) {
            throw new ValidationException("education.certificate.notYours");
        }
        return dsl.transactionResult(() -> {
            if (!repository.isSelfStudyAttemptOf(attemptKey, takerKey)) {
                throw new ValidationException("education.certificate.notYours");
            }
            CertificateRepository.PassedAttempt attempt = repository.passedSelfStudyAttempt(attemptKey, takerKey)
                    .orElseThrow(() -> new ValidationException("education.certificate.notPassed"));
            return certificateOf(attempt.named(name));
        });
    }

    /** What a typed code verifies as: a certificate, or why not (mistyped, not a code, or no such certificate). */
    public Verification verify(String typed) {
        CertificateCode.Reading reading = CertificateCode.read(typed);
        return switch (reading.shape()) {
            case NOT_A_CODE -> new Verification(Verification.Outcome.NOT_A_CODE, null);
            case MISTYPED -> new Verification(Verification.Outcome.MISTYPED, null);
            case WELL_FORMED -> repository.byCode(reading.code())
                    .map(c -> new Verification(Verification.Outcome.VALID, c))
                    .orElse(new Verification(Verification.Outcome.UNKNOWN, null));
        };
    }

    /** The certificate as a PDF; {@code verifyAddress} is where its code can be checked. */
    public byte[] pdf(Certificate certificate, Locale locale, String verifyAddress) {
        return CertificatePdf.write(certificate, locale, verifyAddress);
    }

    /** The answer to a verification: valid with its certificate, or the reason it is not. */
    public record Verification(Outcome outcome, Certificate certificate) {

        public enum Outcome { VALID, UNKNOWN, MISTYPED, NOT_A_CODE }

        public boolean valid() {
            return outcome == Outcome.VALID;
        }
    }
}
