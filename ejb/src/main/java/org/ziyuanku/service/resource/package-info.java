/**
 * Granular teaching resources: upload (single and bulk) with type detection from content, content-addressed storage,
 * the recycle bin, Chinese search with facets, exact counters and the hot list, and open access to published
 * resources. Public reads run without an account ({@link org.ziyuanku.service.resource.ResourceCatalogueService});
 * everything a signed-in contributor does runs in the OIDC virtual security domain.
 */
package org.ziyuanku.service.resource;
