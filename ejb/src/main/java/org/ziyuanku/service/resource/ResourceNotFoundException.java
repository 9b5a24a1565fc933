package org.ziyuanku.service.resource;

import jakarta.ejb.ApplicationException;

/**
 * No resource with that id that the caller may know of: one that does not exist and a draft of another school look
 * the same, so ids cannot be probed (404, never 403).
 */
@ApplicationException(rollback = true)
public class ResourceNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(long id) {
        super("no visible resource " + id);
    }
}
