package org.ziyuanku.service.graph;

/** What an import did: nodes added, nodes whose description changed, edges added (existing ones are kept). */
public record GraphImportReport(int nodesAdded, int nodesUpdated, int edgesAdded) {
}
