package org.ziyuanku.service.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ziyuanku.domain.course.CourseNode;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.service.system.EntityRepository;

/** Outline nodes of a course. */
@ApplicationScoped
public class CourseNodeRepository extends EntityRepository<CourseNode> {

    public CourseNodeRepository() {
        super(CourseNode.class);
    }

    /** Removes the node with everything under it, deepest first, so no managed node keeps a removed parent. */
    @Override
    public void remove(CourseNode node) {
        List<CourseNode> all = outline(node.getCourse());
        Set<Long> doomed = new HashSet<>(List.of(node.getId()));
        for (CourseNode n : all) {
            if (n.getParent() != null && doomed.contains(n.getParent().getId())) {
                doomed.add(n.getId());
            }
        }
        removeAll(all.stream().filter(n -> doomed.contains(n.getId())).toList());
    }

    /** Removes the nodes (of one course), deepest first. */
    public void removeAll(List<CourseNode> nodes) {
        nodes.stream().sorted(Comparator.comparingInt(CourseNode::getDepth).reversed()).forEach(em::remove);
        em.flush();
    }

    /** The course's nodes, parents before children (by depth), siblings by position. */
    public List<CourseNode> outline(StandardCourse course) {
        return em.createQuery("select n from CourseNode n where n.course = :course order by n.depth, n.position, n.id",
                CourseNode.class).setParameter("course", course).getResultList();
    }

    /** The children of the node (or the modules, for null), by position. */
    public List<CourseNode> children(StandardCourse course, CourseNode parent) {
        if (parent == null) {
            return em.createQuery("select n from CourseNode n where n.course = :course and n.parent is null"
                    + " order by n.position, n.id", CourseNode.class).setParameter("course", course).getResultList();
        }
        return em.createQuery("select n from CourseNode n where n.parent = :parent order by n.position, n.id",
                CourseNode.class).setParameter("parent", parent).getResultList();
    }

    /** How many courses' items insert the assembly. */
    public long usingAssembly(long assemblyId) {
        return em.createQuery("select count(n) from CourseNode n where n.assemblyId = :assembly", Long.class)
                .setParameter("assembly", assemblyId).getSingleResult();
    }
}
