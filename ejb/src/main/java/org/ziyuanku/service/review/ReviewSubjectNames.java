package org.ziyuanku.service.review;

/** The names of the subject types tiered review knows, as interfaces pass them to the review services. */
public final class ReviewSubjectNames {

    /** Teaching resources. */
    public static final String RESOURCE = "RESOURCE";

    /** Standard courses (and their new versions). */
    public static final String COURSE = "COURSE";

    /** Questions of a library's bank (and their new versions). */
    public static final String QUESTION = "QUESTION";

    private ReviewSubjectNames() {
    }
}
