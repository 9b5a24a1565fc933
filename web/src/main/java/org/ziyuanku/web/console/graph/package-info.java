/** Console pages of the knowledge graph (知识图谱, issue 16): console/graph/editor.xhtml. */
package org.ziyuanku.web.console.graph;
