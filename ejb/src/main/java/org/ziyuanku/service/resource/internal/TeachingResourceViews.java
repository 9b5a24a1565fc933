package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.resource.MediaFacts;
import org.ziyuanku.domain.resource.ResourceDescription;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.resource.ResourceCountersView;
import org.ziyuanku.service.resource.TeachingResourceView;

/** Turns resources into the views pages and the API show, with their counters read in one query. */
@ApplicationScoped
public class TeachingResourceViews {

    @Inject
    private ResourceCounterRepository counters;

    public TeachingResourceView of(TeachingResource resource) {
        return of(List.of(resource)).get(0);
    }

    public List<TeachingResourceView> of(List<TeachingResource> resources) {
        Map<Long, ResourceCountersView> totals = counters.totals(resources.stream().map(TeachingResource::getId).toList());
        return resources.stream().map(r -> view(r, totals.getOrDefault(r.getId(), ResourceCountersView.NONE))).toList();
    }

    private static TeachingResourceView view(TeachingResource r, ResourceCountersView totals) {
        ResourceDescription d = r.getDescription();
        MediaFacts m = r.getMedia();
        return new TeachingResourceView(r.getId(), r.getLibrary().getId(), r.getLibrary().getName(),
                r.getStandardName(), d.getTitle(), d.getDescription(), m.getKind(), m.getFormat(), m.getMediaType(),
                m.getSizeBytes(), m.getDurationSeconds(), m.getPageCount(), m.getWidth(), m.getHeight(),
                r.getMajor() == null ? null : r.getMajor().getName(), d.getCourseCode(), d.getCourseName(),
                d.getModuleName(), d.getKnowledgePoints(), d.getKeywords(), d.getSource(), d.getAuthorName(),
                r.getContributingUnit() == null ? null : r.getContributingUnit().getName(), d.getLicence(),
                d.getLanguage(), r.getStatus(), m.getBlobSha256(), m.getThumbnailSha256() != null,
                m.getPreviewStatus(), m.getPreviewMediaType(),
                m.getOriginalFilename(), r.getCreatedAt(),
                r.getPublishedAt(), totals, r.getResourceVersion(),
                r.getRevisionOf() == null ? null : r.getRevisionOf().getId());
    }
}
