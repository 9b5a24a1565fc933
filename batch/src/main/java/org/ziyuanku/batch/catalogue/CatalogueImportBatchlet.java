package org.ziyuanku.batch.catalogue;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ziyuanku.service.library.CatalogueImportReport;
import org.ziyuanku.service.library.NationalCatalogueImportService;

/** Runs the idempotent national catalogue import; the exit status says what changed. */
@Named
@Dependent
public class CatalogueImportBatchlet extends AbstractBatchlet {

    @EJB
    private NationalCatalogueImportService importService;

    @Inject
    private JobContext jobContext;

    @Override
    public String process() {
        CatalogueImportReport report = importService.importNationalCatalogue();
        String exitStatus = report.changedAnything() ? "CHANGED" : "UNCHANGED";
        jobContext.setExitStatus(exitStatus);
        return exitStatus;
    }
}
