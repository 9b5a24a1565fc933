package org.ziyuanku.service.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.ziyuanku.service.review.ReviewRefusedException;
import org.ziyuanku.service.review.ReviewSubjectType;

/** The subject types the review engine knows, found by name among the deployment's {@link ReviewSubjectType} beans. */
@ApplicationScoped
public class ReviewSubjects {

    @Inject
    @Any
    private Instance<ReviewSubjectType> types;

    /** The subject type named {@code type}. @throws ReviewRefusedException for a type nobody reviews */
    public ReviewSubjectType of(String type) {
        return types.stream().filter(t -> t.type().equals(type)).findFirst()
                .orElseThrow(() -> new ReviewRefusedException("review.refused.unknownType", String.valueOf(type)));
    }
}
