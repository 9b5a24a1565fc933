package org.ziyuanku.web.api.v1.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.ziyuanku.service.resource.ResourceUploadService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Refuses an upload by someone who does not contribute to the library with 403 (audited as DENIED) before its body is
 * read: runs after matching and before the resource method's parameters, so a refused archive is neither buffered,
 * nor staged, nor unpacked.
 */
@Provider
@ContributorsOnly
@ApplicationScoped
public class ContributorCheckFilter implements ContainerRequestFilter {

    @Inject
    private ResourceUploadService uploads;

    @Override
    public void filter(ContainerRequestContext request) {
        String library = request.getUriInfo().getPathParameters().getFirst("libraryId");
        boolean batch = request.getUriInfo().getPath().endsWith("/batches");
        uploads.checkContributor(QueryParameters.pathId(library), batch);
    }
}
