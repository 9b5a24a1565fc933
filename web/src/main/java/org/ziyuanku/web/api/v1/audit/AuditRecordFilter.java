package org.ziyuanku.web.api.v1.audit;

import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditSearchQuery;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * The audit search's parameters as text, as they arrive in a URL: {@code from, to} (date or date-time), {@code actor}
 * (exact, or a prefix ending with *), {@code action}, {@code outcome}, {@code target} (contains), {@code q} (free
 * text), {@code page}, {@code size}. The REST endpoint receives it as a bean parameter; the console page binds its
 * view parameters to it.
 */
public class AuditRecordFilter {

    public static final int DEFAULT_SIZE = 50;

    @QueryParam("from")
    private String from;
    @QueryParam("to")
    private String to;
    @QueryParam("actor")
    private String actor;
    @QueryParam("action")
    private String action;
    @QueryParam("outcome")
    private String outcome;
    @QueryParam("target")
    private String target;
    @QueryParam("q")
    private String q;
    @QueryParam("page")
    private String page;
    @QueryParam("size")
    private String size;

    /**
     * The search these parameters ask for.
     *
     * @throws BadParameterException for a value the search cannot take (not a date, to before from, unknown outcome,
     *             text too long, page or size out of range)
     */
    public AuditSearchQuery toQuery() {
        LocalDateTime fromTime = QueryParameters.dateTime("from", from, false);
        LocalDateTime toTime = QueryParameters.dateTime("to", to, true);
        if (fromTime != null && toTime != null && fromTime.isAfter(toTime)) {
            throw new BadParameterException("to", to, "api.error.beforeFrom");
        }
        AuditOutcome outcomeFilter = QueryParameters.enumValue("outcome", outcome, AuditOutcome.class,
                "api.error.unknownOutcome");
        int maxSize = AuditSearchQuery.MAX_SIZE;
        int pageNo = QueryParameters.integer("page", page, 0, 0, Integer.MAX_VALUE / maxSize);
        int pageSize = QueryParameters.integer("size", size, DEFAULT_SIZE, 1, maxSize);
        return new AuditSearchQuery(fromTime, toTime, text("actor", actor), text("action", action), outcomeFilter,
                text("target", target), text("q", q), pageNo, pageSize);
    }

    private static String text(String name, String value) {
        return QueryParameters.text(name, value, AuditSearchQuery.MAX_TEXT_LENGTH);
    }

    /** The filters that are set (not page or size) as a URL query string, "?actor=…&amp;…", or "" when none is. */
    public String filterQueryString() {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("from", from);
        set.put("to", to);
        set.put("actor", actor);
        set.put("action", action);
        set.put("outcome", outcome);
        set.put("target", target);
        set.put("q", q);
        String query = set.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}
