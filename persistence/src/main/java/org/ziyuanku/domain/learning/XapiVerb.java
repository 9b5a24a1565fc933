package org.ziyuanku.domain.learning;

/** The verbs of the activity stream, each with its ADL xAPI IRI. */
public enum XapiVerb {
    LAUNCHED("http://adlnet.gov/expapi/verbs/launched"),
    PROGRESSED("http://adlnet.gov/expapi/verbs/progressed"),
    COMPLETED("http://adlnet.gov/expapi/verbs/completed"),
    ENROLLED("http://adlnet.gov/expapi/verbs/registered"),
    LEFT("http://adlnet.gov/expapi/verbs/exited"),
    RESUMED("http://adlnet.gov/expapi/verbs/resumed"),
    TERMINATED("http://adlnet.gov/expapi/verbs/terminated");

    private final String iri;

    XapiVerb(String iri) {
        this.iri = iri;
    }

    public String iri() {
        return iri;
    }

    /** The stored name, e.g. {@code launched}. */
    public String storedName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
