/**
 * The knowledge graph of a library (知识图谱; seed 002 §四.2, §五.1(7); issue 16 item 1): its nodes and edges, read by
 * anyone (only links to published resources and courses are shown), changed by the library's administrators and
 * course teams; two-way annotation of resources, courses, course items and questions with nodes; JSON and Excel
 * exchange. Uses library, resource, course, exam, review (the sensitive-word screen), identity, audit and system;
 * nothing uses it but demo.
 */
package org.ziyuanku.service.graph;
