package org.ziyuanku.service.graph.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ziyuanku.service.exam.QuestionVersioned;
import org.ziyuanku.service.graph.GraphLinkKind;

/**
 * A question's new version is tagged with the knowledge and skill points of the question it revises, in the same
 * transaction, so the graph still lists it once the version is approved and takes the old one's place.
 */
@ApplicationScoped
public class QuestionTagsOnNewVersion {

    @Inject
    private GraphLinks links;

    void versioned(@Observes QuestionVersioned versioned) {
        links.copyTags(GraphLinkKind.QUESTION, versioned.questionId(), versioned.versionId());
    }
}
