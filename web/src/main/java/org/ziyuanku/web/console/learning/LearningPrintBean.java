package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import org.ziyuanku.service.learning.ClassNotFoundException;
import org.ziyuanku.service.learning.ClassStatisticsService;
import org.ziyuanku.service.learning.ClassStatisticsView;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * The print view of a class's statistics (console/learning/print.xhtml?classId=…): the same figures on a bare page
 * with a print stylesheet. Read-only, so request-scoped; the same access rules as the statistics page.
 */
@Named
@RequestScoped
public class LearningPrintBean {

    @EJB
    private ClassStatisticsService statistics;

    private Long classId;
    private ClassStatisticsView view;
    private LocalDateTime printedAt;

    public void load() {
        if (classId == null) {
            throw new SubjectNotFoundException("no class given");
        }
        try {
            view = statistics.statistics(classId);
        } catch (ClassNotFoundException e) {
            throw new SubjectNotFoundException("no class " + classId);
        }
        printedAt = LocalDateTime.now().withNano(0);
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public ClassStatisticsView getView() {
        return view;
    }

    public LocalDateTime getPrintedAt() {
        return printedAt;
    }
}
