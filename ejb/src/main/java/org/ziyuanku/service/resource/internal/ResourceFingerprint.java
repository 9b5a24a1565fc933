package org.ziyuanku.service.resource.internal;

import java.util.List;
import org.ziyuanku.domain.resource.MediaFacts;
import org.ziyuanku.domain.resource.ResourceDescription;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.domain.system.Sha256;

/**
 * The SHA-256 of a resource's metadata as a reviewer sees it: one {@code name=value} line per attribute, in a fixed
 * order, UTF-8, with the content's own SHA-256 among them; any change of a reviewed attribute changes it.
 */
public final class ResourceFingerprint {

    private ResourceFingerprint() {
    }

    public static String metadataSha256(TeachingResource r) {
        ResourceDescription d = r.getDescription();
        MediaFacts m = r.getMedia();
        List<String> lines = List.of("name=" + r.getStandardName(), "title=" + d.getTitle(),
                "description=" + text(d.getDescription()), "courseCode=" + text(d.getCourseCode()),
                "course=" + text(d.getCourseName()), "module=" + text(d.getModuleName()),
                "knowledgePoints=" + text(d.getKnowledgePoints()), "keywords=" + text(d.getKeywords()),
                "source=" + d.getSource(), "author=" + text(d.getAuthorName()), "licence=" + text(d.getLicence()),
                "language=" + d.getLanguage(), "major=" + (r.getMajor() == null ? "" : r.getMajor().getCode()),
                "kind=" + m.getKind(), "format=" + m.getFormat(), "file=" + m.getOriginalFilename(),
                "content=" + m.getBlobSha256());
        return Sha256.hex(String.join("\n", lines));
    }

    private static String text(String value) {
        return value == null ? "" : value.replace('\n', ' ');
    }
}
