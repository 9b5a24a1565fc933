package org.ziyuanku.service.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ziyuanku.service.course.DemoCourseService;
import org.ziyuanku.service.exam.DemoExamService;
import org.ziyuanku.service.exam.DemoQuestionFiles;
import org.ziyuanku.service.exam.DemoQuestionService;
import org.ziyuanku.service.graph.DemoGraphService;
import org.ziyuanku.service.identity.DemoAccountService;
import org.ziyuanku.service.incentive.DemoIncentiveService;
import org.ziyuanku.service.learning.DemoLearningService;
import org.ziyuanku.service.qa.DemoQaService;
import org.ziyuanku.service.resource.DemoResourceService;
import org.ziyuanku.service.teaching.DemoTeachingService;

/**
 * For evaluation installs (ZYK_DEMO_DATA=true): the demo accounts, the demo library's resources, and the demo course
 * (reviewed and published) with its offering for the current term, two classes and the demo student's progress, once
 * the schema and the national catalogue are in place. Every step is idempotent; the offering and the progress are made
 * only together with the course. The welding library's question bank gets its demo questions too.
 */
@Singleton
@Startup
@DependsOn("CatalogueStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @EJB
    private DemoAccountService demoAccounts;

    @EJB
    private DemoResourceService demoResources;

    @EJB
    private DemoCourseService demoCourses;

    @EJB
    private DemoTeachingService demoTeaching;

    @EJB
    private DemoLearningService demoLearning;

    @EJB
    private DemoQuestionService demoQuestions;

    @EJB
    private DemoQuestionFiles demoQuestionFiles;

    @EJB
    private DemoExamService demoExams;

    @EJB
    private DemoIncentiveService demoIncentives;

    @EJB
    private DemoGraphService demoGraph;

    @EJB
    private DemoQaService demoQa;

    @PostConstruct
    void start() {
        if (Boolean.parseBoolean(System.getProperty("zyk.demo.data", System.getenv("ZYK_DEMO_DATA")))) {
            int created = demoAccounts.ensureDemoAccounts();
            LOG.info(() -> "Demo accounts created: " + created);
            int resources = demoResources.ensureDemoResources(DemoAccountService.DEMO_SCHOOL);
            LOG.info(() -> "Demo resources created: " + resources);
            demoCourses.ensureDemoCourse(demoResources.publishedDemoResources()).ifPresent(course -> {
                LOG.info(() -> "Demo course published: " + course);
                demoTeaching.ensureDemoOffering(course).ifPresent(offering -> {
                    demoLearning.ensureDemoProgress(offering);
                    int points = demoIncentives.ensureDemoPoints(offering.enrolmentId());
                    LOG.info(() -> "Demo student's points: " + points);
                });
            });
            demoQuestions();
            demoGraph();
            demoQa();
        }
    }

    /** The welding library's knowledge graph, after its resources, course and questions; a failure is logged. */
    private void demoGraph() {
        try {
            int nodes = demoGraph.ensureDemoGraph(demoResources.publishedDemoResources());
            LOG.info(() -> "Demo knowledge-graph nodes created: " + nodes);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo knowledge graph not created", e);
        }
    }

    /** The welding library's demo Q&A and FAQ; a failure there is logged and leaves the rest as it is. */
    private void demoQa() {
        try {
            int asked = demoQa.ensureDemoQuestions();
            LOG.info(() -> "Demo library questions created: " + asked);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo library questions not created", e);
        }
    }

    /** The demo question bank and its random paper; a failure there is logged and leaves the rest of the demo data as it is. */
    private void demoQuestions() {
        try {
            int questions = demoQuestions.ensureDemoQuestions();
            LOG.info(() -> "Demo questions created: " + questions);
            int imported = demoQuestionFiles.ensureDemoFiles();
            LOG.info(() -> "Demo questions imported from the demo files: " + imported);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo questions not created", e);
        }
        try {
            int papers = demoQuestions.ensureDemoPaper();
            LOG.info(() -> "Demo papers created: " + papers);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo paper not created", e);
        }
        try {
            int exams = demoExams.ensureDemoExam();
            LOG.info(() -> "Demo exams created: " + exams);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo exam not created", e);
        }
    }
}
