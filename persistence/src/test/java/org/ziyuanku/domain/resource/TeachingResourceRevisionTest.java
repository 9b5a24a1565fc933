package org.ziyuanku.domain.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.LibraryLevel;
import org.ziyuanku.domain.library.MajorCategory;
import org.ziyuanku.domain.library.ResourceLibrary;

class TeachingResourceRevisionTest {

    private static TeachingResource published() throws ReflectiveOperationException {
        Constructor<MajorCategory> category = MajorCategory.class.getDeclaredConstructor();
        category.setAccessible(true);
        ResourceLibrary library = new ResourceLibrary("L53", "焊接技术及自动化", LibraryLevel.NATIONAL,
                category.newInstance());
        TeachingResource resource = new TeachingResource(library, new ResourceDescription("旧标题",
                ResourceSource.ORIGINAL, null), new MediaFacts(ResourceKind.IMAGE, "png", "image/png", 10, "a".repeat(64),
                "a.png"), new UserAccount("teacher", "教师", null));
        resource.submitForReview();
        resource.publish();
        return resource;
    }

    @Test
    void publish_onlyFromReview() throws Exception {
        TeachingResource resource = published();
        assertTrue(resource.isPublic());
        resource.takeDown();
        assertEquals(ResourceStatus.WITHDRAWN, resource.getStatus());
        assertThrows(IllegalStateException.class, resource::publish, "a taken-down resource must pass review again");
    }

    @Test
    void newRevision_isADraftOfItsOwn_untilThePublishedResourceAdoptsIt() throws Exception {
        TeachingResource resource = published();
        TeachingResource revision = resource.newRevision(new UserAccount("teacher", "教师", null));
        assertSame(resource, revision.getRevisionOf());
        assertEquals(ResourceStatus.DRAFT, revision.getStatus());
        assertEquals(2, revision.getResourceVersion());
        revision.redescribe(new ResourceDescription("新标题", ResourceSource.ORIGINAL, null));
        assertEquals("旧标题", resource.getDescription().getTitle(), "the published version stays as it was");
        assertThrows(IllegalStateException.class, () -> resource.adopt(revision), "only a reviewed version");
        revision.submitForReview();
        resource.adopt(revision);
        assertEquals("新标题", resource.getDescription().getTitle());
        assertEquals(2, resource.getResourceVersion());
        assertTrue(resource.isPublic());
    }
}
