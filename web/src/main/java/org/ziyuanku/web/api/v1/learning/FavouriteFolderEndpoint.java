package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ziyuanku.service.learning.FavouriteService;
import org.ziyuanku.web.api.BadParameterException;

/** {@code /api/v1/favourite-folders}: the caller's favourite folders (收藏夹) with their counts, and a new one. */
@Path("v1/favourite-folders")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class FavouriteFolderEndpoint {

    @EJB
    private FavouriteService favourites;

    /** The caller's folders with their counts. */
    @GET
    public List<FavouriteFolderDto> folders() {
        return favourites.folders().stream().map(FavouriteFolderDto::of).toList();
    }

    /** Creates a folder ({@code {"folder": name}}). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addFolder(FavouriteBodyDto body) {
        if (body == null || body.folder() == null || body.folder().isBlank()) {
            throw new BadParameterException("folder", "", "api.error.required");
        }
        return Response.status(Response.Status.CREATED).entity(FavouriteFolderDto.of(favourites.addFolder(
                body.folder()))).build();
    }
}
