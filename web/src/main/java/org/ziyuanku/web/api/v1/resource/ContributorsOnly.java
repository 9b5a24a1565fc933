package org.ziyuanku.web.api.v1.resource;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an upload into the library of the path parameter {@code libraryId}: {@link ContributorCheckFilter} checks the
 * caller's right to contribute before the body is read.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ContributorsOnly {
}
