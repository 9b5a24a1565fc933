package org.ziyuanku.service.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ziyuanku.service.graph.RelatedResourceView;
import org.ziyuanku.service.graph.RelatedResourcesService;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * "For you" (为你推荐, issue 16 item 7) on the signed-in learner's home: first the next unfinished item of each
 * enrolled course not yet complete (newest enrolment first), then published resources related to the learner's
 * favourite resources (sharing knowledge or skill points, else made for the same course; newest favourite first),
 * never a resource already a favourite, each once, each with its reason. Read only.
 */
@Stateless
@PermitAll
public class RecommendationService {

    /** How many the home page shows at most. */
    public static final int MAX = 10;
    private static final int MAX_COURSES = 5;
    private static final int MAX_FAVOURITES = 5;

    @Inject
    private Caller caller;

    @EJB
    private LearnerProgressService progress;

    @EJB
    private FavouriteService favourites;

    @EJB
    private RelatedResourcesService related;

    /**
     * The caller's recommendations, at most {@link #MAX}.
     *
     * @throws AccessDeniedException for an anonymous caller
     */
    public List<RecommendationView> forMe() {
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("recommendations need an account");
        }
        List<RecommendationView> out = new ArrayList<>(unfinished());
        List<FavouriteView> saved = favourites.mine(null);
        Set<Long> seen = new HashSet<>();
        saved.stream().filter(f -> f.resourceId() != null).forEach(f -> seen.add(f.resourceId()));
        saved.stream().filter(f -> f.resourceId() != null && f.available()).limit(MAX_FAVOURITES)
                .forEach(f -> related.related(f.resourceId()).stream().filter(r -> seen.add(r.resourceId()))
                        .forEach(r -> out.add(because(f, r))));
        return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : out;
    }

    private List<RecommendationView> unfinished() {
        List<RecommendationView> out = new ArrayList<>();
        progress.myCourses().stream().filter(c -> c.completedItems() < c.totalItems()).limit(MAX_COURSES)
                .forEach(c -> progress.course(c.offeringId()).items().stream()
                        .filter(i -> !ItemStatusView.COMPLETED.equals(i.status())).findFirst()
                        .ifPresent(i -> out.add(new RecommendationView(null, c.offeringId(), i.nodeId(), i.title(),
                                RecommendationReason.UNFINISHED_ITEM, c.title(), i.title()))));
        return out;
    }

    private static RecommendationView because(FavouriteView favourite, RelatedResourceView r) {
        boolean shares = !r.sharedNodes().isEmpty();
        return new RecommendationView(r.resourceId(), null, null, r.title(),
                shares ? RecommendationReason.SHARES_POINTS : RecommendationReason.SAME_COURSE, favourite.title(),
                shares ? r.shared() : r.sameCourse());
    }
}
