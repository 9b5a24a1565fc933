package org.ziyuanku.service.graph;

import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.graph.GraphNodeType;

/**
 * The welding library's demo graph: 44 nodes of all six types, their edges, and which demo resources, course items and
 * nodes belong together (by title and name; names are unique across types here).
 */
final class DemoGraph {

    /** A node: type, name, description. */
    record Node(GraphNodeType type, String name, String description) {
    }

    /** An edge by node names. */
    record Edge(String source, String type, String target) {
    }

    static final List<Node> NODES = List.of(
            new Node(GraphNodeType.MAJOR, "焊接技术与自动化", "高职专业（代码 460110），培养焊接生产一线的技术技能人才。"),
            node(GraphNodeType.COURSE, "焊接工艺"), node(GraphNodeType.COURSE, "焊接结构"),
            node(GraphNodeType.COURSE, "焊接检验"), node(GraphNodeType.COURSE, "金属材料与热处理"),
            node(GraphNodeType.COURSE, "焊接安全"),
            node(GraphNodeType.MODULE, "焊接基础"), node(GraphNodeType.MODULE, "焊接工艺与检验"),
            node(GraphNodeType.MODULE, "焊接方法"), node(GraphNodeType.MODULE, "焊接材料"),
            node(GraphNodeType.MODULE, "焊缝检验"), node(GraphNodeType.MODULE, "工艺评定"),
            new Node(GraphNodeType.KNOWLEDGE, "焊接电弧", "电极与工件间的气体放电现象，是电弧焊的热源。"),
            new Node(GraphNodeType.KNOWLEDGE, "熔滴过渡", "焊丝端部熔化金属向熔池转移的过程与形式。"),
            node(GraphNodeType.KNOWLEDGE, "焊接接头形式"), node(GraphNodeType.KNOWLEDGE, "坡口形式"),
            node(GraphNodeType.KNOWLEDGE, "焊接参数"), node(GraphNodeType.KNOWLEDGE, "焊接电流"),
            node(GraphNodeType.KNOWLEDGE, "电弧电压"), node(GraphNodeType.KNOWLEDGE, "焊接速度"),
            new Node(GraphNodeType.KNOWLEDGE, "碳当量", "衡量钢材淬硬倾向与焊接性的经验指标。"),
            node(GraphNodeType.KNOWLEDGE, "金属焊接性"), node(GraphNodeType.KNOWLEDGE, "焊接缺陷"),
            node(GraphNodeType.KNOWLEDGE, "焊接应力与变形"), node(GraphNodeType.KNOWLEDGE, "焊接术语"),
            node(GraphNodeType.KNOWLEDGE, "安全防护规范"), node(GraphNodeType.KNOWLEDGE, "焊接工艺评定"),
            node(GraphNodeType.KNOWLEDGE, "外观检验方法"),
            new Node(GraphNodeType.SKILL, "平焊操作", "在水平位置完成对接与角接焊缝的操作技能。"),
            node(GraphNodeType.SKILL, "立焊操作"), node(GraphNodeType.SKILL, "横焊操作"),
            node(GraphNodeType.SKILL, "仰焊操作"), node(GraphNodeType.SKILL, "焊接参数调节"),
            node(GraphNodeType.SKILL, "焊缝外观检验"), node(GraphNodeType.SKILL, "编制焊接工艺卡"),
            node(GraphNodeType.SKILL, "焊接缺陷识别"), node(GraphNodeType.SKILL, "安全操作"),
            node(GraphNodeType.SKILL, "电弧声音辨识"),
            new Node(GraphNodeType.JOB, "焊工", "从事金属焊接作业的岗位（职业编码 6-18-02-04）。"),
            node(GraphNodeType.JOB, "焊接工艺员"), node(GraphNodeType.JOB, "焊接质检员"),
            node(GraphNodeType.JOB, "焊接设备操作工"), node(GraphNodeType.JOB, "电弧焊作业"),
            node(GraphNodeType.JOB, "焊接工艺文件编制"));

    static final List<Edge> EDGES = List.of(
            contains("焊接技术与自动化", "焊接工艺"), contains("焊接技术与自动化", "焊接结构"),
            contains("焊接技术与自动化", "焊接检验"), contains("焊接技术与自动化", "金属材料与热处理"),
            contains("焊接技术与自动化", "焊接安全"), contains("焊接工艺", "焊接基础"),
            contains("焊接工艺", "焊接工艺与检验"), contains("焊接工艺", "焊接方法"), contains("焊接工艺", "工艺评定"),
            contains("焊接检验", "焊缝检验"), contains("金属材料与热处理", "焊接材料"),
            contains("焊接基础", "焊接电弧"), contains("焊接基础", "熔滴过渡"), contains("焊接基础", "焊接术语"),
            contains("焊接基础", "安全防护规范"), contains("焊接方法", "焊接参数"), contains("焊接方法", "焊接电流"),
            contains("焊接方法", "电弧电压"), contains("焊接方法", "焊接速度"), contains("焊接材料", "碳当量"),
            contains("焊接材料", "金属焊接性"), contains("焊接工艺与检验", "焊接缺陷"),
            contains("工艺评定", "焊接工艺评定"), contains("焊缝检验", "外观检验方法"),
            contains("焊缝检验", "焊接应力与变形"), contains("焊接结构", "焊接接头形式"),
            contains("焊接结构", "坡口形式"), contains("焊接安全", "安全防护规范"),
            contains("焊工", "电弧焊作业"), contains("焊接工艺员", "焊接工艺文件编制"),
            new Edge("焊接电弧", "PREREQUISITE", "熔滴过渡"), new Edge("焊接电流", "PREREQUISITE", "焊接参数调节"),
            new Edge("焊接电弧", "PREREQUISITE", "平焊操作"), new Edge("平焊操作", "PREREQUISITE", "立焊操作"),
            new Edge("立焊操作", "PREREQUISITE", "横焊操作"), new Edge("横焊操作", "PREREQUISITE", "仰焊操作"),
            new Edge("外观检验方法", "PREREQUISITE", "焊缝外观检验"), new Edge("焊接缺陷", "PREREQUISITE", "焊接缺陷识别"),
            new Edge("焊接工艺评定", "PREREQUISITE", "编制焊接工艺卡"), new Edge("安全防护规范", "PREREQUISITE", "安全操作"),
            new Edge("焊接电弧", "PREREQUISITE", "电弧声音辨识"),
            supports("平焊操作", "焊工"), supports("立焊操作", "焊工"), supports("横焊操作", "焊工"),
            supports("仰焊操作", "焊工"), supports("安全操作", "焊工"), supports("安全操作", "焊接设备操作工"),
            supports("焊接参数调节", "焊接设备操作工"), supports("焊接参数调节", "焊接工艺员"),
            supports("编制焊接工艺卡", "焊接工艺员"), supports("焊缝外观检验", "焊接质检员"),
            supports("焊接缺陷识别", "焊接质检员"), supports("电弧声音辨识", "焊工"),
            supports("平焊操作", "电弧焊作业"), supports("编制焊接工艺卡", "焊接工艺文件编制"),
            new Edge("碳当量", "RELATED", "金属焊接性"), new Edge("焊接接头形式", "RELATED", "坡口形式"),
            new Edge("焊接应力与变形", "RELATED", "焊接缺陷"), new Edge("焊接电流", "RELATED", "电弧电压"));

    /** Demo resource title → the nodes tagging it. */
    static final Map<String, List<String>> RESOURCES = Map.ofEntries(
            Map.entry("平焊操作示范", List.of("平焊操作", "焊接电弧")),
            Map.entry("焊接安全须知", List.of("安全防护规范", "安全操作")),
            Map.entry("电弧声音辨识", List.of("电弧声音辨识", "焊接电弧")),
            Map.entry("焊缝外观检验示意图", List.of("焊缝外观检验", "外观检验方法")),
            Map.entry("焊接接头形式", List.of("焊接接头形式")), Map.entry("熔滴过渡动画", List.of("熔滴过渡")),
            Map.entry("焊接工艺评定规程", List.of("焊接工艺评定", "编制焊接工艺卡")),
            Map.entry("焊接工艺评定报告模板", List.of("焊接工艺评定")),
            Map.entry("焊接技术及自动化专业介绍", List.of("焊接技术与自动化")),
            Map.entry("焊接参数记录表", List.of("焊接参数", "焊接参数调节")), Map.entry("焊接术语表", List.of("焊接术语")),
            Map.entry("焊接电流调节虚拟仿真", List.of("焊接电流", "焊接参数调节")),
            Map.entry("焊接工艺卡片集", List.of("编制焊接工艺卡")));

    /** Demo course item title → the node tagging it. */
    static final Map<String, String> COURSE_ITEMS = Map.of("平焊操作示范", "平焊操作", "焊接安全须知", "安全操作",
            "焊接工艺评定规程", "焊接工艺评定", "焊缝外观检验示意图", "焊缝外观检验", "焊接参数记录表", "焊接参数");

    /** The nodes tagging the demo course. */
    static final List<String> COURSE = List.of("焊接工艺", "焊接技术与自动化");

    /** The nodes the bank's first questions are tagged with, in turn. */
    static final List<String> QUESTIONS = List.of("焊接电弧", "焊接参数", "焊接缺陷", "安全防护规范", "坡口形式",
            "金属焊接性");

    private DemoGraph() {
    }

    private static Node node(GraphNodeType type, String name) {
        return new Node(type, name, null);
    }

    private static Edge contains(String source, String target) {
        return new Edge(source, "CONTAINS", target);
    }

    private static Edge supports(String source, String target) {
        return new Edge(source, "SUPPORTS", target);
    }
}
