package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.domain.learning.AttemptMode;
import org.ziyuanku.domain.learning.ProgressCredit;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.service.resource.ResourceCatalogueService;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.resource.TeachingResourceView;
import org.ziyuanku.service.teaching.LearnableItem;

/**
 * The media facts of an item through the resource context's published catalogue: video and audio with a known
 * duration are played (MEDIA), everything else is read (DOCUMENT); a page counts its minimum time. An item whose
 * resource is not published, or an assembly (积件; learned part by part in a later version), has none.
 */
@ApplicationScoped
public class ItemMediaResolver {

    static final String PAGE = "PAGE";
    static final String RESOURCE = "RESOURCE";

    @Inject
    private ResourceCatalogueService catalogue;

    public Optional<ItemMedia> resolve(LearnableItem item) {
        if (PAGE.equals(item.itemKind())) {
            return Optional.of(new ItemMedia(AttemptMode.DOCUMENT, 0, 0, ProgressCredit.requiredSeconds(
                    AttemptMode.DOCUMENT, 0, item.minSeconds(), null, false), null));
        }
        if (!RESOURCE.equals(item.itemKind()) || item.resourceId() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(media(catalogue.find(item.resourceId()), item.minSeconds()));
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
