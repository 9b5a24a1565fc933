package org.ziyuanku.service.resource;

import java.util.Set;
import org.ziyuanku.service.system.RefusedException;

/**
 * An upload or change of a resource that breaks a rule: a renamed executable, a type that does not match its name, a
 * file over its kind's limit, an unsafe archive, a library that does not exist. Nothing of it is stored. Keys are
 * {@code resource.refused.*}.
 */
public class ResourceRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;
    private static final Set<String> TOO_LARGE = Set.of("resource.refused.tooLarge",
            "resource.refused.archive.too_large", "resource.refused.archive.compression_ratio",
            "resource.refused.archive.too_many_entries");
    private static final Set<String> UNSUPPORTED = Set.of("resource.refused.executable",
            "resource.refused.activeContent", "resource.refused.typeNotAllowed", "resource.refused.extensionMismatch",
            "resource.refused.missingExtension");

    private static final Set<String> CONFLICTS = Set.of("resource.refused.inReview",
            "resource.refused.nothingToSubmit", "resource.refused.notPublished");

    public ResourceRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    @Override
    public Kind kind() {
        if (CONFLICTS.contains(getReasonKey())) {
            return Kind.CONFLICT;
        }
        return TOO_LARGE.contains(getReasonKey()) ? Kind.TOO_LARGE
                : UNSUPPORTED.contains(getReasonKey()) ? Kind.UNSUPPORTED_TYPE : Kind.INVALID;
    }
}
