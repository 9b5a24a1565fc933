package org.ziyuanku.web.api;

/**
 * A request body the API cannot read: not JSON, JSON of the wrong shape or types, nested too deeply (400), or too
 * large (413). Carries a stable error code and the message key (with arguments) for the caller's language.
 */
public class UnreadableBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final String reasonKey;
    private final transient Object[] reasonArgs;

    public UnreadableBodyException(int status, String error, String reasonKey, Object... reasonArgs) {
        super(error);
        this.status = status;
        this.error = error;
        this.reasonKey = reasonKey;
        this.reasonArgs = reasonArgs.clone();
    }

    public int getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public Object[] getReasonArgs() {
        return reasonArgs.clone();
    }
}
