package org.ziyuanku.web.api.v1.graph;

import jakarta.ws.rs.Path;
import org.ziyuanku.service.graph.GraphLinkKind;

/** A bank question's knowledge and skill points: {@code /api/v1/questions/{id}/tags}. */
@Path("v1/questions/{id: \\d+}/tags")
public class QuestionTagEndpoint extends ItemTagEndpoint {

    @Override
    protected GraphLinkKind kind() {
        return GraphLinkKind.QUESTION;
    }
}
