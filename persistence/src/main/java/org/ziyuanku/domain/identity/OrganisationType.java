package org.ziyuanku.domain.identity;

/** What kind of body an organisation is; host and participating units of a library may be of any kind. */
public enum OrganisationType {
    SCHOOL,
    COMPANY,
    ASSOCIATION,
    EDUCATION_DEPARTMENT,
    RESEARCH_INSTITUTE,
    PUBLIC_INSTITUTION,
    OTHER
}
