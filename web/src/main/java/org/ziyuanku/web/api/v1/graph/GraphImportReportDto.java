package org.ziyuanku.web.api.v1.graph;

import org.ziyuanku.service.graph.GraphImportReport;

/** What an import added and changed. */
public record GraphImportReportDto(int nodesAdded, int nodesUpdated, int edgesAdded) {

    static GraphImportReportDto of(GraphImportReport r) {
        return new GraphImportReportDto(r.nodesAdded(), r.nodesUpdated(), r.edgesAdded());
    }
}
