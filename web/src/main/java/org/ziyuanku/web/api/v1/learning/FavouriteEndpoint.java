package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ziyuanku.service.learning.FavouriteService;
import org.ziyuanku.service.learning.TargetCommand;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/favourites}: the caller's favourites (收藏) of resources and course items in named folders (the folders
 * are {@link FavouriteFolderEndpoint}'s). Another learner's favourite or folder is 404.
 */
@Path("v1/favourites")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class FavouriteEndpoint {

    @EJB
    private FavouriteService favourites;

    /** The caller's favourites, newest first, in one folder with {@code ?folder=id}. */
    @GET
    public List<FavouriteDto> list(@QueryParam("folder") String folder) {
        return favourites.mine(QueryParameters.optionalId("folder", folder)).stream().map(FavouriteDto::of).toList();
    }

    /** Saves a resource or course item into a folder (moves it there when it is saved already). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(FavouriteBodyDto body) {
        if (body == null) {
            throw new BadParameterException("resourceId", "", "api.error.required");
        }
        FavouriteDto saved = FavouriteDto.of(favourites.add(new TargetCommand(body.resourceId(), body.offeringId(),
                body.nodeId()), body.folder()));
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    /** Moves the favourite into another folder ({@code {"folder": name}}). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FavouriteDto move(@PathParam("id") String id, FavouriteBodyDto body) {
        if (body == null || body.folder() == null) {
            throw new BadParameterException("folder", "", "api.error.required");
        }
        return FavouriteDto.of(favourites.move(QueryParameters.pathId(id), body.folder()));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        favourites.remove(QueryParameters.pathId(id));
        return Response.noContent().build();
    }
}
