package org.ziyuanku.service.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the parameter of an {@link Audited} method that names its scope: the prefix and the argument, "library:53". */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface AuditScope {

    /** The text before the argument, e.g. {@code "organisation:"}. */
    String value();
}
