package org.ziyuanku.service.resource;

import java.io.Serializable;

/** One facet value and how many results carry it, e.g. ("kind", "VIDEO", "VIDEO", 12). */
public record ResourceFacetView(String facet, String value, String label, long count) implements Serializable {
}
