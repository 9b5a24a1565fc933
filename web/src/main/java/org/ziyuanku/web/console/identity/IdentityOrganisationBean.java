package org.ziyuanku.web.console.identity;

import jakarta.ejb.EJB;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.identity.OrganisationProfileView;
import org.ziyuanku.service.identity.OrganisationUnitRefusedException;
import org.ziyuanku.service.identity.OrganisationUnitService;
import org.ziyuanku.service.identity.OrganisationUnitView;
import org.ziyuanku.service.identity.UnitCommand;
import org.ziyuanku.service.identity.UnknownOrganisationException;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * An organisation's data and its units (console/identity/organisation.xhtml?organisation=…), for those who
 * administer it: edit the data, add, rename, move and delete units. Without the parameter, the caller's own
 * organisation. Outside the caller's scope the 403 page, unknown the 404 page.
 */
@Named
@ViewScoped
public class IdentityOrganisationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationUnitService service;

    private String organisation;
    private final IdentityOrganisationForm form = new IdentityOrganisationForm();
    private transient OrganisationProfileView profile;
    private transient List<OrganisationUnitView> units;

    /** Reads data and units into the page, the data into its form too. */
    public void load() {
        organisation = organisation != null && !organisation.isBlank() ? organisation
                : service.callersOrganisation().map(String::valueOf).orElse(null);
        read();
        form.show(profile);
    }

    /** Reads data and units; the 403 page when the caller may not, the 404 page when there is no such organisation. */
    private void read() {
        Long id = IdentityOrganisationForm.id(organisation);
        try {
            profile = id == null ? null : service.profile(id);
            units = profile == null ? null : service.units(id);
        } catch (UnknownOrganisationException e) {
            profile = null;
        }
        if (profile == null) {
            throw new SubjectNotFoundException("organisation " + organisation);
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

    /** Deletes the unit of the row whose button was pressed. */
    public void deleteUnit(long unit) {
        change(id -> service.delete(id, unit), "identity.units.deleted");
    }

    private OrganisationUnitView chosen() {
        Long unit = IdentityOrganisationForm.id(form.getUnit());
        return getUnits().stream().filter(u -> unit != null && u.id() == unit).findFirst()
                .orElse(new OrganisationUnitView(unit == null ? -1 : unit, null, null, null, 0, 0, 0));
    }

    private void change(Consumer<Long> action, String doneKey) {
        Long id = IdentityOrganisationForm.id(organisation);
        try {
            action.accept(id);
            Messages.addGlobalInfo(doneKey);
            form.setName(null);
            form.setCode(null);
        } catch (OrganisationUnitRefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (UnknownOrganisationException e) {
            throw new SubjectNotFoundException("organisation " + organisation);
        }
        read();
    }

    public OrganisationProfileView getProfile() {
        if (profile == null) {
            read();
        }
        return profile;
    }

    /** The units depth first. */
    public List<OrganisationUnitView> getUnits() {
        getProfile();
        return units;
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
