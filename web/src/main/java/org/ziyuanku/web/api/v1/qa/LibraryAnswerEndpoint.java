package org.ziyuanku.web.api.v1.qa;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.service.qa.LibraryFaqService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code POST /api/v1/library-answers/{id}/best}: the library's team marks the answer best (its question becomes
 * ANSWERED and is suggested to people asking alike); anyone else 403, an unknown answer 404.
 */
@Path("v1/library-answers")
public class LibraryAnswerEndpoint {

    @EJB
    private LibraryFaqService faq;

    @POST
    @Path("{id}/best")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public LibraryQuestionDto best(@PathParam("id") String id) {
        return LibraryQuestionDto.of(faq.markBest(QueryParameters.pathId(id)));
    }
}
