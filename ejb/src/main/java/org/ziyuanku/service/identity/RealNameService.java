package org.ziyuanku.service.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.RoleGrant;
import org.ziyuanku.domain.identity.RosterEntry;
import org.ziyuanku.domain.identity.RosterText;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.internal.RoleGrantRepository;
import org.ziyuanku.service.identity.internal.RosterEntryRepository;
import org.ziyuanku.service.identity.internal.UserAccountRepository;
import org.ziyuanku.service.identity.internal.OrganisationRepository;

/**
 * Real-name registration (实名制) of the signed-in person against their school's roster: a teacher or student of a
 * participating school is bound to the school only when name and staff or student number match a roster entry. Any
 * signed-in user may call it; runs in the OIDC virtual security domain.
 */
@Stateless
@PermitAll
public class RealNameService {

    static final String ACTION = "REAL_NAME_BIND";
    static final String GRANTED_BY = "roster";

    @Inject
    private Caller caller;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private RosterEntryRepository roster;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private RoleGrantRepository grants;

    @Inject
    private AuditedCall audited;

    @Inject
    private Event<RealNameBound> realNameBound;

    /**
     * Binds the caller to the roster entry of the school with that number, when the name is the one on the roster
     * (compared as {@link RosterText} says). The caller's account (created if needed) then belongs to the school, shows
     * the roster name, and holds the roster role's realm role ({@code learner} or {@code teacher}) within the school;
     * {@link RealNameBound} is fired. Audited as {@code REAL_NAME_BIND}, refusals included.
     *
     * @throws RealNameRefusedException {@code MISMATCH} for an unknown school or number or another name (one answer
     *         for all, so numbers cannot be probed), {@code ALREADY_BOUND} when someone else holds the entry,
     *         {@code ALREADY_VERIFIED} when the caller has verified a real name before
     */
    @Audited(action = ACTION)
    public RealNameView bind(BindRealNameCommand command) {
        long organisationId = command.organisationId() == null ? 0 : command.organisationId();
        String number = RosterText.number(command.memberNumber());
        audited.on("organisation:" + organisationId, "member-number:" + number);
        RealNameView view = bindCaller(organisationId, number, command.personName());
        audited.detail("role=" + view.role());
        return view;
    }

    private RealNameView bindCaller(long organisationId, String number, String name) {
        UserAccount account = accounts.withId(caller.accountId());
        if (account.isRealNameVerified()) {
            throw new RealNameRefusedException(RealNameRefusedException.ALREADY_VERIFIED);
        }
        Organisation school = organisations.find(organisationId).orElse(null);
        RosterEntry entry = Optional.ofNullable(school).flatMap(s -> roster.lockByNumber(s.getId(), number))
                .filter(e -> e.matchesName(name))
                .orElseThrow(() -> new RealNameRefusedException(RealNameRefusedException.MISMATCH));
        if (entry.isBound()) {
            throw new RealNameRefusedException(RealNameRefusedException.ALREADY_BOUND);
        }
        account.bindRealName(entry.getPersonName(), entry.getMemberNumber(), school);
        entry.bindTo(account);
        String realmRole = entry.getMemberRole().realmRole();
        if (!grants.holds(account, realmRole, ScopeType.ORGANISATION, organisationId)) {
            grants.add(new RoleGrant(account, realmRole, ScopeType.ORGANISATION, organisationId, GRANTED_BY));
        }
        organisations.flush();
        realNameBound.fire(new RealNameBound(caller.username(), realmRole));
        return view(account, entry);
    }

    /** The caller's verified real name, if they have one. */
    public Optional<RealNameView> current() {
        return Optional.ofNullable(accounts.withId(caller.accountId())).filter(UserAccount::isRealNameVerified)
                .flatMap(account -> roster.boundTo(account.getId()).map(entry -> view(account, entry)));
    }

    /** The schools a person can choose from: those with a roster, by name. */
    public List<SchoolView> schoolsWithRoster() {
        return roster.schoolsWithRoster();
    }

    private static RealNameView view(UserAccount account, RosterEntry entry) {
        return new RealNameView(entry.getOrganisation().getName(), account.getRealName(), account.getMemberNumber(),
                entry.getMemberRole(), account.getRealNameVerifiedAt());
    }
}
