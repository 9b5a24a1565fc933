package org.ziyuanku.web.api.v1.dictionary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.ziyuanku.service.dictionary.DataDictionaryService;
import org.ziyuanku.service.dictionary.DictionaryListView;
import org.ziyuanku.web.api.ApiLocale;

/**
 * {@code /api/v1/dictionary}: the data dictionary (数据字典) for integrators, read-only and open to anyone. GET lists
 * every code list with its version; GET {@code /{code}} one list's active entries in order, with an entity tag made
 * of the list's code, version and language, so a client that has the version gets 304. An unknown list is 404.
 */
@Path("v1/dictionary")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DataDictionaryEndpoint {

    private static final int MAX_AGE = 60;

    @EJB
    private DataDictionaryService dictionary;

    @Context
    private HttpHeaders headers;

    @GET
    public List<DictionaryListDto> lists() {
        boolean english = english();
        return dictionary.lists().stream().map(list -> DictionaryListDto.of(list, english)).toList();
    }

    @GET
    @Path("{code}")
    public Response list(@PathParam("code") String code, @Context Request request) {
        DictionaryListView list = dictionary.list(code);
        boolean english = english();
        EntityTag tag = new EntityTag(list.code() + "-" + list.version() + (english ? "-en" : "-zh"));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
        }
        return Response.ok(DictionaryListDto.of(list, english)).tag(tag).cacheControl(cache)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    private boolean english() {
        return Locale.ENGLISH.getLanguage().equals(ApiLocale.of(headers).getLanguage());
    }
}
