package org.ziyuanku.infrastructure.identity;

import jakarta.ejb.ApplicationException;

/** The identity provider could not be reached or refused a change; the surrounding transaction rolls back. */
@ApplicationException(rollback = true)
public class IdentityDirectoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentityDirectoryException(String message) {
        super(message);
    }

    public IdentityDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
