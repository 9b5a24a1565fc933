package org.ziyuanku.web.api;

/** A query or path parameter the API cannot accept; answered with 400 and a localized message. */
public class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String value;
    private final String reasonKey;
    private final transient Object[] reasonParams;

    public BadParameterException(String parameter, String value, String reasonKey, Object... reasonParams) {
        super("bad parameter " + parameter + "=" + value + " (" + reasonKey + ")");
        this.parameter = parameter;
        this.value = value;
        this.reasonKey = reasonKey;
        this.reasonParams = reasonParams.clone();
    }

    public String getParameter() {
        return parameter;
    }

    public String getValue() {
        return value;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public Object[] getReasonParams() {
        return reasonParams.clone();
    }
}
