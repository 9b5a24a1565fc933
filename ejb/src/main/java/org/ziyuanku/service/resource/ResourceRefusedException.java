package org.ziyuanku.service.resource;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * An upload or change of a resource that breaks a rule: a renamed executable, a type that does not match its name, a
 * file over its kind's limit, an unsafe archive, a library the caller does not contribute to. Nothing of it is stored.
 * Carries a message key ({@code resource.refused.*}) and its arguments; the web tier localises it.
 */
@ApplicationException(rollback = true)
public class ResourceRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reasonKey;
    private final String[] reasonArgs;

    public ResourceRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey + " " + Arrays.toString(reasonArgs));
        this.reasonKey = reasonKey;
        this.reasonArgs = reasonArgs.clone();
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public Object[] getReasonArgs() {
        return reasonArgs.clone();
    }
}
