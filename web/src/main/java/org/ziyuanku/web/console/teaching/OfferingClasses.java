package org.ziyuanku.web.console.teaching;

import java.util.List;
import org.ziyuanku.service.teaching.ClassView;
import org.ziyuanku.service.teaching.OfferingView;

/**
 * The offering a staff page is about with its classes, as the homework, notices, surveys and exams pages read them:
 * the class selection of their forms and the class each listed item is for.
 */
record OfferingClasses(OfferingView offering, List<ClassView> classes) {

    /** The name of the class an item is for; null for an item of the whole offering, "" for a class not listed. */
    String nameOf(Long classId) {
        return classId == null ? null : classes.stream().filter(c -> c.id() == classId).map(ClassView::name)
                .findFirst().orElse("");
    }
}
