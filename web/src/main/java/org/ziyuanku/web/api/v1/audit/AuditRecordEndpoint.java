package org.ziyuanku.web.api.v1.audit;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ziyuanku.service.audit.AuditRecordPage;
import org.ziyuanku.service.audit.AuditSearchQuery;
import org.ziyuanku.service.audit.AuditSearchService;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * {@code GET /api/v1/audit/records?from=&to=&actor=&action=&outcome=&target=&q=&page=&size=}: a page of audit records,
 * newest first; {@code GET /api/v1/audit/records.csv?…} with the same filters: every matching record as a CSV
 * download, header in the caller's language. Only the audit administrator may call them (web.xml security constraint,
 * and the service checks again: 403 otherwise). A bad parameter is a 400.
 */
@Path("v1/audit")
public class AuditRecordEndpoint {

    static final String CSV_TYPE = "text/csv;charset=UTF-8";
    private static final List<String> CSV_COLUMNS = List.of("id", "occurredAt", "actor", "actorRoles", "scope",
            "sourceIp", "action", "target", "outcome", "detail");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @EJB
    private AuditSearchService auditSearch;

    @GET
    @Path("records")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public AuditRecordPageDto search(@BeanParam AuditRecordFilter filter) {
        AuditRecordPage result = auditSearch.search(filter.toQuery());
        return new AuditRecordPageDto(result.items().stream().map(AuditRecordDto::of).toList(), result.page(),
                result.size(), result.total(), result.totalPages());
    }

    @GET
    @Path("records.csv")
    @Produces(CSV_TYPE)
    public Response export(@BeanParam AuditRecordFilter filter, @Context HttpHeaders headers) {
        AuditSearchQuery query = filter.toQuery();
        Locale locale = ApiLocale.of(headers);
        List<String> header = CSV_COLUMNS.stream()
                .map(column -> MessageBundle.text(locale, "audit.records.column." + column)).toList();
        StreamingOutput body = out -> auditSearch.export(query, header, out);
        String fileName = "audit-" + FILE_STAMP.format(LocalDateTime.now()) + ".csv";
        return Response.ok(body, CSV_TYPE).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
