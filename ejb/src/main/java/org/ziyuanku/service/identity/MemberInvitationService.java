package org.ziyuanku.service.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.infrastructure.identity.IdentityDirectory;
import org.ziyuanku.infrastructure.identity.IdentityDirectoryException;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.internal.AdministeredOrganisations;
import org.ziyuanku.service.identity.internal.MemberSheet;
import org.ziyuanku.service.identity.internal.MemberSheet.Member;
import org.ziyuanku.service.identity.internal.RoleGrantRepository;
import org.ziyuanku.service.identity.internal.OrganisationRepository;
import org.ziyuanku.service.identity.internal.UserAccountRepository;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * Inviting people (邀请用户) into an organisation, one by one or by an Excel sheet (批量导入), by those who administer
 * it (see {@link Caller#administers}; otherwise {@link AccessDeniedException}). Each person becomes a Keycloak
 * user with the realm role {@code learner} or {@code teacher} and no password, a platform account in the
 * organisation with that role granted within it, and gets Keycloak's e-mail to set a password and verify the
 * address. Runs in the OIDC virtual security domain.
 */
@Stateless
@PermitAll
public class MemberInvitationService {

    static final String ACTION = "USER_INVITE";

    @Inject
    private Caller caller;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private AdministeredOrganisations administered;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private RoleGrantRepository grants;

    @Inject
    private IdentityDirectory directory;

    @Inject
    private AuditedCall audited;

    /**
     * Invites the people of a workbook (see {@link MemberSheet} for its layout). Any bad row, a user name that exists
     * here or in Keycloak, or an e-mail address Keycloak knows, refuses the whole sheet with every row named and
     * nothing created. Then rows are created in order; see {@link MemberImportReport} for a Keycloak failure midway.
     * Imports into one organisation run one after the other. Audited: each person as {@code USER_INVITE}, a refused
     * sheet or a failed row as FAILURE, a caller outside their scope as DENIED.
     *
     * @throws UnknownOrganisationException when there is no such organisation
     * @throws AccessDeniedException when the caller does not administer it
     */
    @Audited(action = ACTION)
    public MemberImportReport importSheet(
            @AuditScope("organisation:") @AuditTarget("organisation:") long organisationId, InputStream xlsx,
            String fileName) {
        Organisation org = administered.require(organisationId);
        return invite(org, MemberSheet.read(xlsx), "file=" + fileName);
    }

    /** Invites one person, checked and created like one row of a sheet. Same rules and exceptions. */
    @Audited(action = ACTION)
    public MemberImportReport invite(@AuditScope("organisation:") @AuditTarget("organisation:") long organisationId,
            InviteMemberCommand command) {
        Organisation org = administered.require(organisationId);
        return invite(org, MemberSheet.single(command.username(), command.name(), command.email(), command.role()),
                "single");
    }

    /**
     * Checks that the caller may invite people into the organisation, for a page that offers it; not audited.
     *
     * @throws UnknownOrganisationException when there is no such organisation
     * @throws AccessDeniedException when the caller does not administer it
     */
    public void requireInviter(long organisationId) {
        administered.require(organisationId);
    }

    private MemberImportReport invite(Organisation org, MemberSheet sheet, String source) {
        organisations.lock(org);
        List<RosterRowError> errors = new ArrayList<>(sheet.errors());
        Set<String> known = accounts.existing(sheet.members().stream().map(Member::username).toList());
        for (Member member : sheet.members()) {
            if (known.contains(member.username()) || directory.hasUser(member.username())) {
                errors.add(RosterRowError.ofRow(member.row(), "identity.import.error.exists", member.username()));
            } else if (directory.hasEmail(member.email())) {
                errors.add(RosterRowError.ofRow(member.row(), "identity.import.error.emailExists", member.email()));
            }
        }
        if (!errors.isEmpty()) {
            audited.failed(source + "; rejected, errors=" + errors.size());
            return MemberImportReport.rejected(errors);
        }
        List<String> created = new ArrayList<>();
        for (Member member : sheet.members()) {
            try {
                create(org, member);
            } catch (IdentityDirectoryException e) {
                audited.target("user:" + member.username());
                audited.failed(source + "; row=" + member.row() + "; created before=" + created.size() + "; "
                        + e.getMessage());
                return new MemberImportReport(created, List.of(RosterRowError.ofRow(member.row(),
                        "identity.import.error.directory", member.username())), true);
            }
            audited.done("organisation:" + org.getId(), "user:" + member.username(), source + "; row="
                    + member.row() + "; role=" + member.role().realmRole());
            created.add(member.username());
        }
        return new MemberImportReport(created, List.of(), false);
    }

    /** The account and its grant are written (and flushed) first and undone when Keycloak fails for the row. */
    private void create(Organisation org, Member member) {
        String realmRole = member.role().realmRole();
        UserAccount account = accounts.findOrCreate(member.username(), member::name);
        account.joinOrganisation(org);
        RoleGrant grant = new RoleGrant(account, realmRole, ScopeType.ORGANISATION, org.getId(), caller.username());
        grants.add(grant);
        organisations.flush();
        try {
            directory.invite(member.username(), member.name(), member.email(), realmRole);
        } catch (IdentityDirectoryException e) {
            grants.remove(grant);
            accounts.remove(account);
            organisations.flush();
            throw e;
        }
    }
}
