package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.learning.AttemptMode;
import org.ziyuanku.domain.learning.ProgressCredit;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.service.course.PublishedAssemblyPart;
import org.ziyuanku.service.course.PublishedCourses;
import org.ziyuanku.service.resource.ResourceCatalogueService;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.resource.TeachingResourceView;
import org.ziyuanku.service.teaching.LearnableItem;

/**
 * The media facts of an item through the resource context's published catalogue: video and audio with a known
 * duration are played (MEDIA), everything else is read (DOCUMENT); a page counts its minimum time. A 积件 (assembly)
 * is learned part by part: each of its published parts (course's read model) is played as a resource item would be,
 * with the part's resource id as the part. An item whose resource is not published, a 积件 without the part asked for
 * (or without a part at all), and a part asked of an item that is not a 积件 have none.
 */
@ApplicationScoped
public class ItemMediaResolver {

    static final String PAGE = "PAGE";
    static final String RESOURCE = "RESOURCE";
    static final String ASSEMBLY = "ASSEMBLY";
    /** A self-test counts time on its page as a PAGE does; its score is the self-test's own. */
    static final String SELF_TEST = "SELF_TEST";

    @Inject
    private ResourceCatalogueService catalogue;

    @Inject
    private PublishedCourses courses;

    /** Whether the item is a 积件, learned part by part. */
    public static boolean isAssembly(String itemKind) {
        return ASSEMBLY.equals(itemKind);
    }

    /** The playable parts of a 积件 item in order; none for any other item. */
    public List<PublishedAssemblyPart> parts(LearnableItem item) {
        return isAssembly(item.itemKind()) && item.assemblyId() != null ? courses.assemblyParts(item.assemblyId())
                : List.of();
    }

    /** The item's media; for a 积件 that of {@code part} (the part's resource id), which must be one of its parts. */
    public Optional<ItemMedia> resolve(LearnableItem item, Long part) {
        if (isAssembly(item.itemKind())) {
            return part == null ? Optional.empty() : resolvePart(item, part, parts(item));
        }
        if (part != null) {
            return Optional.empty();
        }
        if (PAGE.equals(item.itemKind()) || SELF_TEST.equals(item.itemKind())) {
            return Optional.of(new ItemMedia(AttemptMode.DOCUMENT, 0, 0, ProgressCredit.requiredSeconds(
                    AttemptMode.DOCUMENT, 0, item.minSeconds(), null, false), null));
        }
        if (!RESOURCE.equals(item.itemKind()) || item.resourceId() == null) {
            return Optional.empty();
        }
        return published(item.resourceId(), item.minSeconds());
    }

    /** The media of one of the 积件's parts, already read ({@link #parts}); none when it is not among them. */
    public Optional<ItemMedia> resolvePart(LearnableItem item, long part, List<PublishedAssemblyPart> parts) {
        if (!isAssembly(item.itemKind()) || parts.stream().noneMatch(p -> p.resourceId() == part)) {
            return Optional.empty();
        }
        return published(part, item.minSeconds());
    }

    private Optional<ItemMedia> published(long resourceId, int minSeconds) {
        try {
            return Optional.of(media(catalogue.find(resourceId), minSeconds));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    private static ItemMedia media(TeachingResourceView resource, int minSeconds) {
        boolean played = resource.kind() == ResourceKind.VIDEO || resource.kind() == ResourceKind.AUDIO;
        Integer seconds = resource.durationSeconds();
        if (played && seconds != null && seconds > 0) {
            long duration = seconds * 1000L;
            return new ItemMedia(AttemptMode.MEDIA, duration, resource.id(), ProgressCredit.requiredSeconds(
                    AttemptMode.MEDIA, duration, minSeconds, null, false), resource);
        }
        return new ItemMedia(AttemptMode.DOCUMENT, 0, resource.id(), ProgressCredit.requiredSeconds(
                AttemptMode.DOCUMENT, 0, minSeconds, resource.pageCount(), "pdf".equals(resource.format())),
                resource);
    }
}
