package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.teaching.CourseOffering;

/** What an offering's discussion or Q&A board shows above its posts: the offering's title and the caller's classes. */
@ApplicationScoped
public class BoardHeadings {

    @Inject
    private OfferingRepository offerings;

    @Inject
    private ClassRepository classes;

    /** The offering's title ("" for an unknown one) and the names of its classes among {@code classIds}, as tabs. */
    public Heading of(long offeringId, List<Long> classIds) {
        String title = offerings.find(offeringId).map(CourseOffering::getTitle).orElse("");
        return new Heading(title, classes.namesOf(offeringId, classIds));
    }

    /** A board's heading: the offering's title and the class names by id, in the offering's order. */
    public record Heading(String title, Map<Long, String> classNames) {
    }
}
