package org.ziyuanku.domain.graph;

/** The type of a graph node: 专业 (major), 课程 (course), 模块 (module), 知识点, 技能点 and 岗位 (a job or its task). */
public enum GraphNodeType {
    MAJOR, COURSE, MODULE, KNOWLEDGE, SKILL, JOB
}
