package org.ziyuanku.web.console.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditRecordPage;
import org.ziyuanku.service.audit.AuditRecordView;
import org.ziyuanku.service.audit.AuditSearchService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.v1.audit.AuditRecordFilter;
import org.ziyuanku.web.faces.LocaleBean;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * The audit log (console/audit/records.xhtml with the parameters of {@link AuditRecordFilter}), for the audit
 * administrator: bookmarkable filters, pages of records newest first, and a link to the CSV export with the same
 * filters. A bad filter is reported on the page; anyone else gets 403.
 */
@Named
@RequestScoped
public class AuditRecordsBean {

    static final String EXPORT_PATH = "/api/v1/audit/records.csv";

    @EJB
    private AuditSearchService auditSearch;

    private final AuditRecordFilter filter = new AuditRecordFilter();
    private AuditRecordPage result;

    /** Runs the search for the current parameters (GET). */
    public void load() {
        try {
            result = auditSearch.search(filter.toQuery());
        } catch (BadParameterException e) {
            String reason = MessageBundle.text(LocaleBean.current(), e.getReasonKey(), e.getReasonParams());
            Messages.addGlobalError("audit.records.badFilter", e.getParameter(), e.getValue(), reason);
        }
    }

    /** Post-redirect-get: the filter form lands on a bookmarkable URL, at the first page. */
    public String search() {
        filter.setPage(null);
        return "/console/audit/records?faces-redirect=true&includeViewParams=true";
    }

    public AuditRecordFilter getFilter() {
        return filter;
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public List<AuditRecordView> getRecords() {
        return result == null ? null : result.items();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    /** The current page counted from one, for display. */
    public int getPageNumber() {
        return result == null ? 1 : result.page() + 1;
    }

    /** The number of pages, at least one (an empty result is one empty page). */
    public int getPageCount() {
        return result == null ? 1 : Math.max(1, result.totalPages());
    }

    public boolean isFirstPage() {
        return result == null || result.page() == 0;
    }

    public boolean isLastPage() {
        return result == null || result.page() + 1 >= result.totalPages();
    }

    /** The zero-based page parameter of the previous page. */
    public int getPreviousPage() {
        return result == null ? 0 : result.page() - 1;
    }

    public int getNextPage() {
        return result == null ? 0 : result.page() + 1;
    }

    /** The CSV export of all records matching the current filters, relative to the context path. */
    public String getExportUrl() {
        return EXPORT_PATH + filter.filterQueryString();
    }
}
