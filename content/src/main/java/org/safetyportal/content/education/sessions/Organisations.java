package org.safetyportal.content.education.sessions;

import jakarta.inject.Singleton;
import java.util.List;
import org.jooq.DSLContext;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.lessons.EducationReference;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.OrganizationDirectory;

/**
 * The schools and communities that run sessions, registered by an administrator, and the educators who act
 * for each. An educator holds the SESSION_HOST role and is linked here to their organisations: the role says
 * they may run sessions, the link says for whom.
 */
@Singleton
public class Organisations {

    static final int MAX_NAME = 100;
    public static final String AUDIT_REGISTERED = "education.organisationRegistered";
    public static final String AUDIT_EDUCATOR_ADDED = "education.educatorAdded";

    private final SessionRepository repository;
    private final CurrentRights rights;
    private final DSLContext dsl;
    private final OrganizationDirectory directory;
    private final EducationReference reference;
    private final AuditLog audit;
    private final AccountService accounts;
    private final CityClock clock;

    Organisations(SessionRepository repository, CurrentRights rights, DSLContext dsl, OrganizationDirectory directory,
            EducationReference reference, AuditLog audit, AccountService accounts, CityClock clock) {
        this.repository = repository;
        this.rights = rights;
        this.dsl = dsl;
        this.directory = directory;
        this.reference = reference;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Registers a school or community; only administrators (users:manage) may. */
    public EducationOrganisation register(Actor actor, String name, String audienceCode, int countyId) {
        return dsl.transactionResult(() -> {
            Actor now = rights.of(actor);
            now.require(Permissions.MANAGE_USERS);
            String clean = name == null ? "" : name.strip();
            if (clean.isEmpty() || clean.length() > MAX_NAME || DisplayNames.hasMarkup(clean)) {
                throw new ValidationException("education.organisation.name", MAX_NAME);
            }
            if (reference.audience(audienceCode == null ? "" : audienceCode).isEmpty()) {
                throw new ValidationException("education.organisation.kind");
            }
            Area county = directory.area(countyId).filter(a -> a.kind() == AreaKind.COUNTY)
                    .orElseThrow(() -> new ValidationException("education.organisation.county"));
            if (repository.organisationNamed(clean)) {
                throw new ValidationException("education.organisation.duplicate", clean);
            }
            int id = repository.insertOrganisation(clean, audienceCode, county.id(), now.username(), clock.now());
            audit.record(now.username(), AUDIT_REGISTERED, "education-organisation:" + id, clean + " / " + audienceCode
                    + " / " + county.code());
            return new EducationOrganisation(id, clean, audienceCode, county.id());
        });
    }

    /** Links a staff account holding SESSION_HOST to an organisation, so that it may run sessions for it. */
    public void addEducator(Actor actor, int organisationId, String username) {
        dsl.transaction(() -> {
            Actor now = rights.of(actor);
            now.require(Permissions.MANAGE_USERS);
            EducationOrganisation organisation = repository.organisation(organisationId)
                    .orElseThrow(() -> new ValidationException("education.organisation.unknown"));
            String name = username == null ? "" : username.strip();
            int userId = repository.userId(name).orElseThrow(() -> new ValidationException("education.educator.unknown", name));
            if (!accounts.actor(name).isPermitted(Permissions.RUN_SESSIONS)) {
                throw new ValidationException("education.educator.noRole", name);
            }
            if (repository.isEducator(organisationId, name)) {
                throw new ValidationException("education.educator.already", name);
            }
            repository.addEducator(organisationId, userId);
            audit.record(now.username(), AUDIT_EDUCATOR_ADDED, "education-organisation:" + organisation.id(), name);
        });
    }

    public List<EducationOrganisation> all() {
        return repository.organisations();
    }

    public List<String> educatorsOf(int organisationId) {
        return repository.educatorsOf(organisationId);
    }

    /** The organisations this member of staff runs sessions for. */
    public List<EducationOrganisation> of(Actor actor) {
        return repository.organisationsOf(actor.username());
    }
}
