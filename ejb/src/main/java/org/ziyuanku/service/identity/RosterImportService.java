package org.ziyuanku.service.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.RosterEntry;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.internal.AdministeredOrganisations;
import org.ziyuanku.service.identity.internal.OrganisationRepository;
import org.ziyuanku.service.identity.internal.RosterEntryRepository;
import org.ziyuanku.service.identity.internal.RosterSheet;
import org.ziyuanku.service.identity.internal.RosterSheet.Person;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * A school's roster (名单) of its teachers and students, imported from Excel by those who administer the school, for
 * real-name registration (实名制). Rule for every method: the caller must administer the organisation (see
 * {@link Caller#administers}), otherwise {@link AccessDeniedException}. Runs in the OIDC virtual security domain.
 */
@Stateless
@PermitAll
public class RosterImportService {

    static final String ACTION = "ROSTER_IMPORT";

    @Inject
    private Caller caller;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private AdministeredOrganisations administered;

    @Inject
    private RosterEntryRepository roster;

    @Inject
    private AuditedCall audited;

    /**
     * Imports a roster workbook (.xlsx, see {@link RosterSheet} for its layout) into the school's roster: new numbers
     * are added, known numbers take the file's name and role, numbers missing from the file stay. All or nothing: with
     * any bad row, or a row that would change the name or role of an entry someone is already bound to, nothing is
     * stored and the report lists the rows. Imports of one school run one after the other. Audited as
     * {@code ROSTER_IMPORT}, refusals included.
     *
     * @throws UnknownOrganisationException when there is no such organisation
     * @throws AccessDeniedException when the caller does not administer it
     */
    @Audited(action = ACTION)
    public RosterImportReport importRoster(@AuditScope("organisation:") @AuditTarget("roster:") long organisationId,
            InputStream xlsx, String fileName) {
        Organisation org = administered.require(organisationId);
        organisations.lock(org);
        RosterSheet sheet = RosterSheet.read(xlsx);
        Map<String, RosterEntry> existing = roster.byNumber(organisationId);
        List<RosterRowError> errors = new ArrayList<>(sheet.errors());
        for (Person person : sheet.people()) {
            RosterEntry entry = existing.get(person.number());
            if (entry != null && entry.isBound() && !entry.sameAs(person.name(), person.role())) {
                errors.add(RosterRowError.ofRow(person.row(), "identity.roster.error.boundChanged", person.number()));
            }
        }
        if (!errors.isEmpty()) {
            audited.failed("file=" + fileName + "; rejected, errors=" + errors.size());
            return RosterImportReport.rejected(errors);
        }
        RosterImportReport report = store(org, sheet.people(), existing);
        organisations.flush();
        audited.detail("file=" + fileName + "; added=" + report.added() + ", updated=" + report.updated()
                + ", unchanged=" + report.unchanged());
        return report;
    }

    private RosterImportReport store(Organisation org, List<Person> people, Map<String, RosterEntry> existing) {
        String importer = caller.username();
        int added = 0;
        int updated = 0;
        for (Person person : people) {
            RosterEntry entry = existing.get(person.number());
            if (entry == null) {
                roster.add(new RosterEntry(org, person.name(), person.number(), person.role(), importer));
                added++;
            } else if (entry.reimport(person.name(), person.role(), importer)) {
                updated++;
            }
        }
        return new RosterImportReport(added, updated, people.size() - added - updated, List.of());
    }

    /**
     * One page of the school's roster in number order, or empty when there is no such organisation.
     *
     * @throws AccessDeniedException when the caller does not administer it
     */
    public Optional<RosterPage> entries(long organisationId, int first, int max) {
        return administered.find(organisationId).map(org -> new RosterPage(roster.views(organisationId,
                Math.max(first, 0), Math.max(max, 1)), roster.count(organisationId)));
    }
}
