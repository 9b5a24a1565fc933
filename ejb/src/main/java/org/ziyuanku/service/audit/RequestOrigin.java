package org.ziyuanku.service.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from (source address, user agent), set by the web tier's filter for every HTTP
 * request so that services can audit an action without seeing the request itself. Blank outside HTTP requests. It
 * also remembers whether a service already audited a refusal of this request, so the web tier does not record the
 * same refusal twice.
 */
@RequestScoped
public class RequestOrigin {

    private String sourceIp;
    private String userAgent;
    private boolean refusalRecorded;

    /** Records the request's source; called once per request by the web tier. */
    public void set(String address, String agent) {
        this.sourceIp = address;
        this.userAgent = agent;
    }

    public String getSourceIp() {
        return sourceIp;
    }

    public String getUserAgent() {
        return userAgent;
    }

    /** Notes that a service recorded a DENIED outcome during this request. */
    public void markRefusalRecorded() {
        this.refusalRecorded = true;
    }

    /** Whether a service recorded a DENIED outcome during this request. */
    public boolean isRefusalRecorded() {
        return refusalRecorded;
    }
}
