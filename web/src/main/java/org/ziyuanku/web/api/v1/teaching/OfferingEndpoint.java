package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ziyuanku.domain.teaching.EnrolmentMode;
import org.ziyuanku.domain.teaching.OfferingTerm;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.AddNodeCommand;
import org.ziyuanku.service.teaching.ClassService;
import org.ziyuanku.service.teaching.EnrolmentService;
import org.ziyuanku.service.teaching.IncomingChangeService;
import org.ziyuanku.service.teaching.NodeChangeCommand;
import org.ziyuanku.service.teaching.OfferCommand;
import org.ziyuanku.service.teaching.OfferingCatalogueService;
import org.ziyuanku.service.teaching.OfferingOutlineService;
import org.ziyuanku.service.teaching.OfferingService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/offerings}: {@code GET} the caller's offerings, {@code POST} offers a published course (201; with
 * {@code fromOfferingId} a re-offering); {@code GET /{id}} and {@code /{id}/outline} for anyone when published (a
 * draft is 404 except to its staff); the outline's local changes ({@code POST /{id}/outline/nodes}, {@code PATCH
 * /{id}/outline/nodes/{nodeId}}), the incoming changes of the standard course ({@code GET /{id}/incoming-changes},
 * {@code POST …/{cid}/decision}), publishing and closing, classes ({@code GET|POST /{id}/classes}) for the owner and
 * the classes' teachers (assistants 403); {@code POST|DELETE /{id}/enrolment} enrols the caller or lets them leave.
 */
@Path("v1/offerings")
public class OfferingEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    private Caller caller;

    @EJB
    private OfferingService offerings;

    @EJB
    private OfferingCatalogueService catalogue;

    @EJB
    private OfferingOutlineService outlines;

    @EJB
    private IncomingChangeService changes;

    @EJB
    private EnrolmentService enrolments;

    @EJB
    private ClassService classes;

    @GET
    @Produces(JSON)
    public List<OfferingDto> mine() {
        signedIn();
        return offerings.mine().stream().map(OfferingDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response offer(OfferDto body) {
        signedIn();
        if (body == null) {
            throw new BadRequestException();
        }
        EnrolmentMode mode = QueryParameters.enumValue("enrolmentMode", body.enrolmentMode(), EnrolmentMode.class,
                "teaching.api.unknownMode");
        OfferingTerm term = new OfferingTerm(body.term(), body.startsOn(), body.endsOn(), body.title(), mode,
                Boolean.TRUE.equals(body.openToOutsiders()));
        return created(OfferingDto.of(offerings.offer(new OfferCommand(body.courseId(), term,
                body.fromOfferingId()))));
    }

    @GET
    @Path("{id}")
    @Produces(JSON)
    public OfferingDto find(@PathParam("id") String id) {
        return OfferingDto.of(catalogue.offering(QueryParameters.pathId(id)));
    }

    @POST
    @Path("{id}/publish")
    @Produces(JSON)
    public OfferingDto publish(@PathParam("id") String id) {
        return OfferingDto.of(offerings.publish(QueryParameters.pathId(id)));
    }

    @POST
    @Path("{id}/close")
    @Produces(JSON)
    public OfferingDto close(@PathParam("id") String id) {
        return OfferingDto.of(offerings.close(QueryParameters.pathId(id)));
    }

    @GET
    @Path("{id}/outline")
    @Produces(JSON)
    public List<OfferingNodeDto> outline(@PathParam("id") String id) {
        return catalogue.outline(QueryParameters.pathId(id)).stream().map(OfferingNodeDto::of).toList();
    }

    @POST
    @Path("{id}/outline/nodes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response addNode(@PathParam("id") String id, AddNodeDto body) {
        long offeringId = QueryParameters.pathId(id);
        if (body == null) {
            throw new BadRequestException();
        }
        if (body.itemKind() != null && !"SELF_TEST".equals(body.itemKind()) && !"RESOURCE".equals(body.itemKind())) {
            throw new BadParameterException("itemKind", body.itemKind(), "api.error.unknownItemKind");
        }
        return created(OfferingNodeDto.of(outlines.add(offeringId, new AddNodeCommand(body.parentId(), body.title(),
                body.resourceId(), "SELF_TEST".equals(body.itemKind())))));
    }

    @PATCH
    @Path("{id}/outline/nodes/{nodeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public OfferingNodeDto changeNode(@PathParam("id") String id, @PathParam("nodeId") String nodeId,
            NodeChangeDto body) {
        long offeringId = QueryParameters.pathId(id);
        long node = QueryParameters.pathId(nodeId);
        if (body == null) {
            throw new BadRequestException();
        }
        return OfferingNodeDto.of(outlines.change(offeringId, node, new NodeChangeCommand(body.title(),
                body.resourceId(), body.hidden(), body.trial(), body.position(), body.dueOn())));
    }

    @GET
    @Path("{id}/incoming-changes")
    @Produces(JSON)
    public List<IncomingChangeDto> incomingChanges(@PathParam("id") String id, @QueryParam("history") String history) {
        long offeringId = QueryParameters.pathId(id);
        signedIn();
        return changes.changes(offeringId, "true".equalsIgnoreCase(history)).stream().map(IncomingChangeDto::of)
                .toList();
    }

    @POST
    @Path("{id}/incoming-changes/{cid}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public IncomingChangeDto decide(@PathParam("id") String id, @PathParam("cid") String cid, DecisionDto body) {
        long offeringId = QueryParameters.pathId(id);
        long change = QueryParameters.pathId(cid);
        String decision = body == null || body.decision() == null ? "" : body.decision().strip();
        if (!"ACCEPT".equalsIgnoreCase(decision) && !"DECLINE".equalsIgnoreCase(decision)) {
            throw new BadParameterException("decision", decision, "teaching.api.decision");
        }
        return IncomingChangeDto.of(changes.decide(offeringId, change, "ACCEPT".equalsIgnoreCase(decision)));
    }

    @POST
    @Path("{id}/enrolment")
    @Produces(JSON)
    public Response enrol(@PathParam("id") String id) {
        return created(EnrolmentDto.of(enrolments.enrol(QueryParameters.pathId(id))));
    }

    @DELETE
    @Path("{id}/enrolment")
    public Response leave(@PathParam("id") String id) {
        enrolments.leave(QueryParameters.pathId(id));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/classes")
    @Produces(JSON)
    public List<ClassDto> classes(@PathParam("id") String id) {
        long offeringId = QueryParameters.pathId(id);
        signedIn();
        return classes.classesOf(offeringId).stream().map(ClassDto::of).toList();
    }

    @POST
    @Path("{id}/classes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response createClass(@PathParam("id") String id, NameDto body) {
        long offeringId = QueryParameters.pathId(id);
        if (body == null) {
            throw new BadRequestException();
        }
        return created(ClassDto.of(classes.create(offeringId, body.name())));
    }

    private void signedIn() {
        if (caller.isAnonymous()) {
            throw new NotAuthorizedException("Bearer");
        }
    }

    static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
