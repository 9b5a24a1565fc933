package org.ziyuanku.web.console.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Consumer;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.identity.OrganisationProfileView;
import org.ziyuanku.service.identity.OrganisationUnitRefusedException;
import org.ziyuanku.service.identity.OrganisationUnitService;
import org.ziyuanku.service.identity.OrganisationUnitView;
import org.ziyuanku.service.identity.UnitCommand;
import org.ziyuanku.service.identity.UnknownOrganisationException;
import org.ziyuanku.web.faces.RequestParameters;

/**
 * An organisation's data and its units (console/identity/organisation.xhtml?organisation=…), for those who
 * administer it: edit the data, add, rename, move and delete units. Without the parameter, the caller's own
 * organisation. Outside the caller's scope 403, unknown 404.
 */
@Named
@RequestScoped
public class IdentityOrganisationBean {

    @EJB
    private OrganisationUnitService service;

    /** From the request in every phase: a postback evaluates the page before view parameters reach the bean. */
    @Inject
    @Param
    private String organisation;
    private final IdentityOrganisationForm form = new IdentityOrganisationForm();
    private OrganisationProfileView profile;
    private List<OrganisationUnitView> units;
    private boolean forbidden;
    private boolean loaded;

    /** Reads data and units; answers 403 or 404 when the caller may not or the organisation does not exist. */
    public void load() {
        loaded = true;
        organisation = organisation != null && !organisation.isBlank() ? organisation
                : service.callersOrganisation().map(String::valueOf).orElse(null);
        Long id = IdentityOrganisationForm.id(organisation);
        try {
            profile = id == null ? null : service.profile(id);
            units = profile == null ? null : service.units(id);
        } catch (AccessDeniedException e) {
            forbidden = true;
        } catch (UnknownOrganisationException e) {
            profile = null;
        }
        if (profile == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(
                    forbidden ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
        } else if (!FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .containsKey("profileForm")) {
            form.show(profile); // unless the data form was posted: then it shows what was typed
        }
    }

    public void saveProfile() {
        change(id -> form.show(service.describe(id, form.profile())), "identity.units.profileSaved");
    }

    public void addUnit() {
        change(id -> service.add(id, new UnitCommand(IdentityOrganisationForm.id(form.getParent()), form.getName(),
                form.getCode(), null)), "identity.units.added");
    }

    /** Renames the chosen unit where it is. */
    public void renameUnit() {
        OrganisationUnitView unit = chosen();
        change(id -> service.change(id, unit.id(), new UnitCommand(unit.parentId(), form.getName(), form.getCode(),
                null)), "identity.units.renamed");
    }

    /** Moves the chosen unit under the target unit (none: the top level). */
    public void moveUnit() {
        OrganisationUnitView unit = chosen();
        change(id -> service.change(id, unit.id(), new UnitCommand(IdentityOrganisationForm.id(form.getTarget()),
                unit.name(), unit.code(), null)), "identity.units.moved");
    }

    /** Applies a row's delete button ({@code deleteUnit} with the unit's id), on a real postback only. */
    public void applyDelete() {
        Long unit = IdentityOrganisationForm.id(RequestParameters.posted("deleteUnit"));
        if (unit != null) {
            change(id -> service.delete(id, unit), "identity.units.deleted");
        }
    }

    private OrganisationUnitView chosen() {
        Long unit = IdentityOrganisationForm.id(form.getUnit());
        return (getUnits() == null ? List.<OrganisationUnitView>of() : units).stream()
                .filter(u -> unit != null && u.id() == unit).findFirst().orElse(new OrganisationUnitView(unit == null ? -1 : unit, null, null, null, 0, 0, 0));
    }

    private void change(Consumer<Long> action, String doneKey) {
        Long id = IdentityOrganisationForm.id(organisation);
        try {
            if (id != null) {
                action.accept(id);
                Messages.addGlobalInfo(doneKey);
                form.setName(null);
                form.setCode(null);
            }
        } catch (OrganisationUnitRefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException | UnknownOrganisationException e) {
            profile = null; // load() below answers 403 or 404 for the same reason
        }
        load();
    }

    public OrganisationProfileView getProfile() {
        if (!loaded) {
            load();
        }
        return profile;
    }

    /** The units depth first, read on first use: a postback needs them before the view action would run. */
    public List<OrganisationUnitView> getUnits() {
        getProfile();
        return units;
    }

    public boolean isForbidden() {
        getProfile();
        return forbidden;
    }

    public IdentityOrganisationForm getForm() {
        return form;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
