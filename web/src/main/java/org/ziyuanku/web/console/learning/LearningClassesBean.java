package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.learning.ClassChoiceView;
import org.ziyuanku.service.learning.ClassStatisticsService;

/**
 * The classes the signed-in user teaches, assists or owns the offering of: the console menu shows the class
 * statistics entry only to them, and the statistics page without a class lists them to choose from.
 */
@Named
@RequestScoped
public class LearningClassesBean {

    @EJB
    private ClassStatisticsService statistics;

    private List<ClassChoiceView> classes;

    public List<ClassChoiceView> getClasses() {
        if (classes == null) {
            classes = statistics.myClasses();
        }
        return classes;
    }

    public boolean isTeaching() {
        return !getClasses().isEmpty();
    }
}
