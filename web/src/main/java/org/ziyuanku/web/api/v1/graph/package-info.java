/** REST for a library's knowledge graph (知识图谱, issue 16): {@code /api/v1/libraries/{id}/graph}. */
package org.ziyuanku.web.api.v1.graph;
