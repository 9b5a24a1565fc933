package org.ziyuanku.it.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.CourseEditorPages;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;

/**
 * The 积件 page's list of resource numbers (console/course/assemblies.xhtml): one that is not a whole number is the
 * form's message in the caller's language, and nothing is saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseAssembliesPageIT extends BrowserTest {

    private static final String SUFFIX = "ca" + System.currentTimeMillis() % 100_000;

    @Test
    void malformedResourceNumbers_areTheFormsMessage_andNothingIsSaved() throws Exception {
        String teacher = "assembly-page-" + SUFFIX;
        String library = TestDatabase.queryString("select name from resource_library where id = ?",
                TestResources.contributor(teacher));
        try {
            signInAfresh(teacher);
            new CourseEditorPages(driver, Deployments.BASE_URL).createAssembly(library, "坏编号积件" + SUFFIX, "12, abc");

            assertTrue(driver.getPageSource().contains("资源编号须为整数，用逗号分隔；未保存。"), driver.getPageSource());
            assertEquals(0, TestDatabase.queryLong("select count(*) from course_assembly where name = ?",
                    "坏编号积件" + SUFFIX));
        } finally {
            TestResources.forget(teacher);
        }
    }
}
