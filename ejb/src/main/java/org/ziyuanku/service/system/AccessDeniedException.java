package org.ziyuanku.service.system;

import jakarta.ejb.ApplicationException;

/** The caller holds no role whose scope covers what they asked for. Answered with 403. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
