package org.ziyuanku.service.resource.internal;

import java.util.List;
import java.util.stream.Stream;
import org.ziyuanku.domain.resource.ResourceDescription;
import org.ziyuanku.service.review.ScreenedText;

/** The texts a contributor writes about a resource, each with its field, for the sensitive-word screen. */
public final class ResourceTexts {

    private ResourceTexts() {
    }

    /** Title, description, keywords, knowledge points, course, module, author and licence; blank ones left out. */
    public static List<ScreenedText> written(ResourceDescription d) {
        return Stream.of(new ScreenedText("title", d.getTitle()), new ScreenedText("description", d.getDescription()),
                new ScreenedText("keywords", d.getKeywords()),
                new ScreenedText("knowledgePoints", d.getKnowledgePoints()),
                new ScreenedText("course", d.getCourseName()), new ScreenedText("module", d.getModuleName()),
                new ScreenedText("author", d.getAuthorName()), new ScreenedText("licence", d.getLicence()))
                .filter(t -> t.text() != null && !t.text().isBlank()).toList();
    }
}
