package org.ziyuanku.service.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.OrganisationUnit;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.internal.AdministeredOrganisations;
import org.ziyuanku.service.identity.internal.OrganisationInput;
import org.ziyuanku.service.identity.internal.OrganisationUnitRepository;
import org.ziyuanku.service.identity.internal.UnitTree;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * An organisation's units (组织机构: 学院 → 系 → 教研室) and its own data, for those who administer it: a school
 * administrator their own organisation, a provincial administrator those of their province, a national or security
 * administrator all ({@link Caller#administers}); anyone else gets {@link AccessDeniedException}, audited as
 * DENIED. Every change is audited ({@code ORG_UNIT_ADD}, {@code ORG_UNIT_CHANGE}, {@code ORG_UNIT_DELETE},
 * {@code ORG_PROFILE_CHANGE}), a refusal as FAILURE. An unknown organisation is
 * {@link UnknownOrganisationException}. Runs in the OIDC virtual security domain.
 */
@Stateless
@PermitAll
public class OrganisationUnitService {

    static final String LIST = "ORG_UNIT_LIST";
    static final String ADD = "ORG_UNIT_ADD";
    static final String CHANGE = "ORG_UNIT_CHANGE";
    static final String DELETE = "ORG_UNIT_DELETE";
    static final String PROFILE = "ORG_PROFILE_CHANGE";

    @Inject
    private Caller caller;

    @Inject
    private AdministeredOrganisations administered;

    @Inject
    private OrganisationUnitRepository units;

    @Inject
    private AuditedCall audited;

    /** The caller's own organisation (the console's default), if their account belongs to one. */
    public Optional<Long> callersOrganisation() {
        return caller.organisationId();
    }

    /** The organisation's data. */
    @Audited(action = LIST, outcomes = AuditOutcome.DENIED)
    public OrganisationProfileView profile(
            @AuditScope("organisation:") @AuditTarget("organisation:") long organisationId) {
        return view(administered.require(organisationId));
    }

    /** The organisation's units depth first (each after its parent), siblings by position and name. */
    @Audited(action = LIST, target = "units", outcomes = AuditOutcome.DENIED)
    public List<OrganisationUnitView> units(@AuditScope("organisation:") long organisationId) {
        administered.require(organisationId);
        return UnitTree.depthFirst(units.unitsOf(organisationId), units.memberCounts(organisationId));
    }

    /**
     * Adds a unit under the command's parent (null: top level).
     *
     * @throws OrganisationUnitRefusedException for a bad name or code, an unknown parent (400), a sibling with the same
     *         name (409)
     */
    @Audited(action = ADD, target = "unit:new")
    public OrganisationUnitView add(@AuditScope("organisation:") long organisationId, UnitCommand command) {
        Organisation org = administered.require(organisationId);
        return described(() -> {
            OrganisationInput.checkUnit(command.name(), command.code());
            OrganisationUnit parent = parent(organisationId, command.parentId());
            requireFreeName(organisationId, parent, command.name(), null);
            OrganisationUnit unit = new OrganisationUnit(org, parent, command.name(), command.code(),
                    command.sortOrder() == null ? 0 : command.sortOrder());
            units.add(unit);
            flush(command.name());
            return view(unit);
        });
    }

    /**
     * Renames a unit and moves it under the command's parent (null: top level); its subtree moves with it.
     *
     * @throws OrganisationUnitRefusedException for a bad name or code, an unknown parent, a move under the unit itself
     *         or one of its descendants (400), a sibling with the same name or a concurrent change (409), an unknown
     *         unit (404)
     */
    @Audited(action = CHANGE)
    public OrganisationUnitView change(@AuditScope("organisation:") long organisationId,
            @AuditTarget("unit:") long unitId, UnitCommand command) {
        administered.require(organisationId);
        return described(() -> {
            OrganisationUnit unit = unit(organisationId, unitId);
            OrganisationInput.checkUnit(command.name(), command.code());
            OrganisationUnit parent = parent(organisationId, command.parentId());
            if (unit.wouldCycleUnder(parent)) {
                throw new OrganisationUnitRefusedException("identity.units.refused.cycle", unit.getName(),
                        parent.getName());
            }
            requireFreeName(organisationId, parent, command.name(), unit);
            unit.moveUnder(parent);
            unit.describe(command.name(), command.code(),
                    command.sortOrder() == null ? unit.getSortOrder() : command.sortOrder());
            flush(command.name());
            return view(unit);
        });
    }

    /**
     * Deletes a unit.
     *
     * @throws OrganisationUnitRefusedException while it has units under it or people in it (409), for an unknown unit
     *         (404)
     */
    @Audited(action = DELETE)
    public void delete(@AuditScope("organisation:") long organisationId, @AuditTarget("unit:") long unitId) {
        administered.require(organisationId);
        described(() -> {
            OrganisationUnit unit = unit(organisationId, unitId);
            if (units.childCount(unit) > 0) {
                throw new OrganisationUnitRefusedException(OrganisationUnitRefusedException.HAS_CHILDREN,
                        unit.getName());
            }
            if (units.memberCount(unit) > 0) {
                throw new OrganisationUnitRefusedException(OrganisationUnitRefusedException.HAS_MEMBERS,
                        unit.getName());
            }
            units.remove(unit);
            flush(unit.getName());
            return unit.getName();
        });
    }

    /**
     * Sets the organisation's own data (the catalogue's name stays).
     *
     * @throws OrganisationUnitRefusedException for a field too long or malformed (400), a concurrent change (409)
     */
    @Audited(action = PROFILE)
    public OrganisationProfileView describe(
            @AuditScope("organisation:") @AuditTarget("organisation:") long organisationId,
            OrganisationProfileCommand command) {
        Organisation org = administered.require(organisationId);
        return described(() -> {
            OrganisationInput.checkProfile(command);
            org.describe(command.shortName(), command.website(), command.contactPhone(), command.contactEmail(),
                    command.address());
            flush(org.getName());
            return view(org);
        });
    }

    /** Runs the change and names what it changed in the audit record: the unit, or the change's result. */
    private <T> T described(Supplier<T> change) {
        T result = change.get();
        if (result instanceof OrganisationUnitView v) {
            audited.target("unit:" + v.id());
        }
        audited.detail(String.valueOf(result instanceof OrganisationUnitView v ? v.name() : result));
        return result;
    }

    private OrganisationUnit unit(long organisationId, long unitId) {
        return units.find(organisationId, unitId).orElseThrow(() -> new OrganisationUnitRefusedException(
                OrganisationUnitRefusedException.UNKNOWN_UNIT, String.valueOf(unitId)));
    }

    private OrganisationUnit parent(long organisationId, Long parentId) {
        return parentId == null ? null : units.find(organisationId, parentId).orElseThrow(
                () -> new OrganisationUnitRefusedException("identity.units.refused.unknownParent",
                        String.valueOf(parentId)));
    }

    private void requireFreeName(long organisationId, OrganisationUnit parent, String name, OrganisationUnit self) {
        List<OrganisationUnit> siblings = units.unitsOf(organisationId).stream().filter(u -> u.isChildOf(parent))
                .toList();
        if (OrganisationUnit.nameTaken(siblings, name, self)) {
            throw new OrganisationUnitRefusedException(OrganisationUnitRefusedException.DUPLICATE, name.strip());
        }
    }

    /** Flushes so that a sibling added meanwhile (unique index) or a concurrent change is refused here. */
    private void flush(String name) {
        try {
            units.flush();
        } catch (OptimisticLockException e) {
            throw new OrganisationUnitRefusedException(OrganisationUnitRefusedException.STALE);
        } catch (PersistenceException e) {
            throw new OrganisationUnitRefusedException(OrganisationUnitRefusedException.DUPLICATE, name.strip());
        }
    }

    private static OrganisationUnitView view(OrganisationUnit u) {
        int depth = 0;
        for (OrganisationUnit p = u.getParent(); p != null; p = p.getParent()) {
            depth++;
        }
        return new OrganisationUnitView(u.getId(), u.getParent() == null ? null : u.getParent().getId(), u.getName(),
                u.getCode(), u.getSortOrder(), depth, 0);
    }

    private static OrganisationProfileView view(Organisation o) {
        return new OrganisationProfileView(o.getId(), o.getName(), o.getType().name(),
                o.getProvince() == null ? null : o.getProvince().getName(), o.getShortName(), o.getWebsite(),
                o.getContactPhone(), o.getContactEmail(), o.getAddress());
    }
}
