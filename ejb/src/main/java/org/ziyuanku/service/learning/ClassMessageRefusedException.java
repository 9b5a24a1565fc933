package org.ziyuanku.service.learning;

import org.ziyuanku.service.system.RefusedException;

/** A message to a class that cannot be sent as written: empty or too long (400). */
public class ClassMessageRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public ClassMessageRefusedException(String reasonKey, String... args) {
        super(reasonKey, args);
    }
}
