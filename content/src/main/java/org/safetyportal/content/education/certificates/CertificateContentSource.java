package org.safetyportal.content.education.certificates;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerChain;
import org.safetyportal.content.ledger.PublishedContentSource;
import org.safetyportal.content.ledger.StoredPublication;

/**
 * An issued certificate as the ledger sees it: everything its public verification page states. A certificate row
 * added, or one whose name, lesson or score was changed, in the database is named by the ledger's verification, so
 * that "this certificate is genuine" is as checkable as a published list. The subject is the row's id, never the
 * code, so the public ledger lists no code anyone could look up.
 */
@Singleton
class CertificateContentSource implements PublishedContentSource {

    static final String PREFIX = "certificate:";

    private final CertificateRepository repository;

    CertificateContentSource(CertificateRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::byId).map(CertificateContentSource::canonical);
    }

    static String canonical(Certificate c) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("code", c.code());
        content.put("name", c.displayName());
        content.put("lessonZh", c.lessonTitle().zh());
        content.put("lessonEn", c.lessonTitle().en());
        content.put("organisation", c.organisationName());
        content.put("score", c.score());
        content.put("total", c.total());
        content.put("passMark", c.passMark());
        content.put("passedOn", c.passedOn().toString());
        content.put("selfStudy", c.selfStudy());
        return CanonicalJson.write(content);
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.stored();
    }
}
