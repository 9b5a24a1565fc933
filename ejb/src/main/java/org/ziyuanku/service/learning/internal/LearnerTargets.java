package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ziyuanku.domain.learning.LearnerTarget;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.service.learning.LearnerActionRefusedException;
import org.ziyuanku.service.resource.ReferencedResource;
import org.ziyuanku.service.resource.ResourceCatalogueService;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.resource.ResourceReferences;
import org.ziyuanku.service.resource.TeachingResourceView;
import org.ziyuanku.service.teaching.LearnableItem;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * What a learner's favourite or note is about, through the published catalogue and teaching's access rules: a
 * published resource anyone may open, or a visible item of a published offering the learner is enrolled in (or that
 * is open for trial). Anything else is not found. Also tells which saved targets are still available.
 */
@ApplicationScoped
public class LearnerTargets {

    private static final Set<ResourceKind> PLAYED = Set.of(ResourceKind.VIDEO, ResourceKind.AUDIO);

    /** A target the learner may use now: its title, whether it is played (video, audio), the learner's class. */
    public record Resolved(String title, boolean played, Long classId) {
    }

    @Inject
    private ResourceCatalogueService catalogue;

    @Inject
    private ResourceReferences references;

    @Inject
    private TeachingAccess teaching;

    /** The target as the learner may use it. @throws LearnerActionRefusedException not found otherwise */
    public Resolved resolve(LearnerTarget target, long learnerId) {
        if (target.isResource()) {
            TeachingResourceView view = published(target.resourceId())
                    .orElseThrow(LearnerActionRefusedException::notFound);
            return new Resolved(view.title(), PLAYED.contains(view.kind()), null);
        }
        LearnableItem item = teaching.visibleItem(target.offeringId(), target.nodeId())
                .orElseThrow(LearnerActionRefusedException::notFound);
        Optional<Long> classId = teaching.classOfLearner(target.offeringId(), learnerId);
        if (classId.isEmpty() && !item.trial()) {
            throw LearnerActionRefusedException.notFound();
        }
        boolean played = item.resourceId() != null && published(item.resourceId())
                .map(v -> PLAYED.contains(v.kind())).orElse(false);
        return new Resolved(item.title(), played, classId.orElse(null));
    }

    /** The class of the learner's active enrolment in the offering, if any. */
    public Optional<Long> classOf(long offeringId, long learnerId) {
        return teaching.classOfLearner(offeringId, learnerId);
    }

    /** Whether the learner teaches or assists the class. */
    public boolean isClassStaff(long classId, long accountId) {
        return teaching.isClassStaff(classId, accountId);
    }

    /** The published and available resources among the ids. */
    public Set<Long> availableResources(Collection<Long> ids) {
        Map<Long, ReferencedResource> found = references.byId(ids);
        return found.values().stream().filter(ReferencedResource::available).map(ReferencedResource::id)
                .collect(Collectors.toSet());
    }

    /** Whether the item is still visible in its published offering. */
    public boolean itemAvailable(long offeringId, long nodeId) {
        return teaching.visibleItem(offeringId, nodeId).isPresent();
    }

    private Optional<TeachingResourceView> published(long resourceId) {
        try {
            return Optional.of(catalogue.find(resourceId));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }
}
