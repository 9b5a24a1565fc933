package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.resource.MediaFacts;
import org.ziyuanku.domain.resource.PreviewStatus;
import org.ziyuanku.domain.resource.ResourceDescription;
import org.ziyuanku.domain.resource.ResourceStatus;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.domain.review.ReviewedItem;
import org.ziyuanku.service.resource.CallerResources;
import org.ziyuanku.service.resource.ResourceContent;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.resource.ResourcePublished;
import org.ziyuanku.service.resource.ResourceRefusedException;
import org.ziyuanku.service.resource.ResourceWithdrawn;
import org.ziyuanku.service.review.ReviewPreview;
import org.ziyuanku.service.review.ReviewStage;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.service.review.ReviewSubjectType;
import org.ziyuanku.service.review.ReviewableVersion;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SubjectContent;

/**
 * Teaching resources as subjects of tiered review. The item is the resource learners see; a new version of a
 * published one is its own row until the last level approves it, when the published resource takes it over. Its
 * uploader and the library's managers send it; the library's managers take it down.
 */
@ApplicationScoped
public class ResourceReviewSubjects implements ReviewSubjectType {

    public static final String TYPE = ReviewSubjectNames.RESOURCE;

    @Inject
    private CallerResources caller;

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private ResourceContents contents;

    @Inject
    private ResourceRevisions revisions;

    @Inject
    private Event<ResourceWithdrawn> withdrawn;

    @Inject
    private Event<ResourcePublished> publishedEvent;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ReviewableVersion toSubmit(long itemId) {
        TeachingResource resource = caller.changeable(List.of(itemId), "REVIEW_SUBMIT").get(0);
        if (resource.isInRecycleBin()) {
            throw new ResourceNotFoundException(itemId);
        }
        return versionOf(revisions.pendingVersion(resource));
    }

    @Override
    public long subjectIdOf(long itemId) {
        TeachingResource resource = caller.visible(itemId);
        return resource.getRevisionOf() == null ? resource.getId() : resource.getRevisionOf().getId();
    }

    @Override
    public ReviewableVersion current(ReviewedItem submitted) {
        return versionOf(version(submitted));
    }

    @Override
    public ReviewableVersion toTakeDown(long itemId) {
        TeachingResource resource = caller.visible(itemId);
        TeachingResource published = resource.getRevisionOf() == null ? resource : resource.getRevisionOf();
        if (!caller.access().manages(published.getLibrary())) {
            caller.deny("REVIEW_TAKE_DOWN", published);
        }
        if (published.getStatus() != ResourceStatus.PUBLISHED) {
            throw new ResourceRefusedException("resource.refused.notPublished", published.getStandardName());
        }
        return versionOf(published);
    }

    @Override
    public Optional<ReviewableVersion> published(long itemId) {
        return resources.find(itemId).filter(TeachingResource::isPublic).filter(r -> r.getRevisionOf() == null)
                .map(ResourceReviewSubjects::versionOf);
    }

    @Override
    public void enter(ReviewedItem item, ReviewStage stage) {
        TeachingResource version = version(item);
        switch (stage) {
            case IN_REVIEW -> version.submitForReview();
            case RETURNED -> version.leaveReview(true);
            case WITHDRAWN -> version.leaveReview(false);
            case TAKEN_DOWN -> {
                version.takeDown();
                withdrawn.fire(new ResourceWithdrawn(version.getId(), version.getStandardName()));
            }
            case PUBLISHED -> publish(version);
        }
    }

    @Override
    public ReviewPreview preview(ReviewedItem item) {
        MediaFacts m = version(item).getMedia();
        return new ReviewPreview(m.getKind().name(), m.getFormat(), m.getMediaType(),
                m.getPreviewStatus() == PreviewStatus.READY, m.getPreviewMediaType());
    }

    @Override
    public SubjectContent content(ReviewedItem item, boolean converted) {
        TeachingResource version = version(item);
        ResourceContent c = converted ? contents.previewOf(version) : contents.of(version);
        return new SubjectContent(c.resourceId(), c.file(), c.mediaType(), c.sizeBytes(), c.sha256(), c.downloadName(),
                c.downloadRequiresLogin());
    }

    private TeachingResource version(ReviewedItem item) {
        return resources.find(item.versionId()).orElseThrow(() -> new ResourceNotFoundException(item.versionId()));
    }

    private void publish(TeachingResource version) {
        TeachingResource published = version.getRevisionOf();
        if (published == null) {
            version.publish();
            publishedEvent.fire(new ResourcePublished(version.getId(), version.getLibrary().getId(),
                    version.getUploadedBy().getId(), true));
            return;
        }
        String oldContent = published.getMedia().getBlobSha256();
        published.adopt(version);
        resources.removeRevision(version);
        resources.releaseBlob(oldContent);
    }

    /** The facts of one version of a resource, as the review engine keeps them. */
    public static ReviewableVersion versionOf(TeachingResource version) {
        TeachingResource item = version.getRevisionOf() == null ? version : version.getRevisionOf();
        ResourceDescription d = version.getDescription();
        List<Organisation> hosts = version.getLibrary().getHostUnits();
        ReviewedItem facts = new ReviewedItem(TYPE, item.getId(), version == item ? null : version.getId(),
                version.getResourceVersion(), version.getLibrary().getId(),
                version.getContributingUnit() == null ? null : version.getContributingUnit().getId(),
                hosts.isEmpty() ? null : hosts.get(0).getId(), item.getUploadedBy().getId(),
                version.getStandardName(), version.getMedia().getKind().name(), d.getCourseName(),
                version.getMedia().getBlobSha256(), ResourceFingerprint.metadataSha256(version));
        List<ScreenedText> texts = Stream.of(new ScreenedText("title", d.getTitle()),
                new ScreenedText("name", version.getStandardName()),
                new ScreenedText("description", d.getDescription()), new ScreenedText("keywords", d.getKeywords()),
                new ScreenedText("knowledgePoints", d.getKnowledgePoints()),
                new ScreenedText("course", d.getCourseName()), new ScreenedText("module", d.getModuleName()),
                new ScreenedText("author", d.getAuthorName()), new ScreenedText("licence", d.getLicence()),
                new ScreenedText("text", version.getExtractedText())).filter(t -> t.text() != null
                        && !t.text().isBlank()).toList();
        return new ReviewableVersion(facts, texts);
    }
}
