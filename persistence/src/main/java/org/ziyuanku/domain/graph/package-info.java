/**
 * The knowledge graph of a library (知识图谱; seed 002 §四.2, §五.1(7); issue 16): typed nodes (专业, 课程, 模块, 知识点,
 * 技能点, 岗位) and typed edges between them; what is tagged with a node lives in tag tables of migration V38.
 */
package org.ziyuanku.domain.graph;
