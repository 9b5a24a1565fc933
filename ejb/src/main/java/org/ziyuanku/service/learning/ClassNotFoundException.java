package org.ziyuanku.service.learning;

import org.ziyuanku.service.system.RefusedException;

/** No class with that id: answered 404 ({@code learning.class.notFound}). */
public class ClassNotFoundException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public ClassNotFoundException(long classId) {
        super("learning.class.notFound", Long.toString(classId));
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
