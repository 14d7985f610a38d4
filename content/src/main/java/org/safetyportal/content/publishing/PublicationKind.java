package org.safetyportal.content.publishing;

/**
 * What one kind of publication is called: its event in the ledger, the prefix of its ledger subject
 * (followed by the row's id), and the action written to the audit log.
 */
public record PublicationKind(String ledgerEvent, String subjectPrefix, String auditAction) {

    public String subject(int id) {
        return subjectPrefix + id;
    }
}
