package org.ziyuanku.web.api.v1.teaching;

import java.util.Objects;
import org.ziyuanku.web.api.BadParameterException;

/** Rules shared by the {@code /api/v1/classes/{id}/…} paths: what is the class's, and the class a body may name. */
final class ClassScope {

    private ClassScope() {
    }

    /** Whether something of the offering ({@code itemClassId} null: the whole offering's) concerns the class. */
    static boolean concerns(Long itemClassId, long classId) {
        return itemClassId == null || itemClassId == classId;
    }

    /** The class a body creates for: the path's; a body naming another class is bad input (400). */
    static long classOf(Long bodyClassId, long classId) {
        if (bodyClassId != null && !Objects.equals(bodyClassId, classId)) {
            throw new BadParameterException("classId", bodyClassId.toString(), "api.error.classMismatch", classId);
        }
        return classId;
    }
}
