package org.ziyuanku.service.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.service.course.internal.PublishedCourseReader;

/** What other contexts (teaching, learning) may read of standard courses: published ones only. */
@ApplicationScoped
public class PublishedCourses {

    @Inject
    private PublishedCourseReader reader;

    /** The course's published outline; empty when the course does not exist or is not published. */
    public Optional<PublishedCourseOutline> outline(long courseId) {
        return reader.outline(courseId);
    }

    /**
     * The playable parts of each of these 积件, in their order: parts whose resource is not published (taken down,
     * withdrawn, in the recycle bin, or gone) are left out. A 积件 that does not exist, or has no playable part, maps to
     * an empty list.
     */
    public Map<Long, List<PublishedAssemblyPart>> assemblyParts(Collection<Long> assemblyIds) {
        return reader.assemblyParts(assemblyIds);
    }

    /** The playable parts of one 积件, in order (see {@link #assemblyParts(Collection)}). */
    public List<PublishedAssemblyPart> assemblyParts(long assemblyId) {
        return reader.assemblyParts(List.of(assemblyId)).get(assemblyId);
    }
}
