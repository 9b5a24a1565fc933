package org.ziyuanku.service.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the parameter of an {@link Audited} method that names its target: the prefix and the argument, "word:7". */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface AuditTarget {

    /** The text before the argument, e.g. {@code "library:"}; empty for the argument alone. */
    String value() default "";
}
