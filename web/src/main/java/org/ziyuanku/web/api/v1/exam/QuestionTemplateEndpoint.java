package org.ziyuanku.web.api.v1.exam;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.exam.QuestionTransferService;

/**
 * {@code GET /api/v1/questions/template}: the Excel template for question imports (columns 题型, 题干, 选项A…选项H,
 * 答案, 解析, 难度, 知识点, 分值, example rows and a sheet explaining each column). A root resource of its own, so that
 * {@code questions/{id}} does not take "template" for an id.
 */
@Path("v1/questions/template")
public class QuestionTemplateEndpoint {

    @EJB
    private QuestionTransferService transfers;

    @GET
    public Response template() {
        return QuestionTransferEndpoint.download(transfers.template());
    }
}
