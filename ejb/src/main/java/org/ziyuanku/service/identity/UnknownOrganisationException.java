package org.ziyuanku.service.identity;

import jakarta.ejb.ApplicationException;

/** No organisation has the id asked for. Answered with 404. */
@ApplicationException(rollback = true)
public class UnknownOrganisationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownOrganisationException(long organisationId) {
        super("no organisation " + organisationId);
    }
}
