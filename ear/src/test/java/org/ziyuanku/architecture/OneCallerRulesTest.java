package org.ziyuanku.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One caller (docs/architecture.md, "The caller"): the container is asked who is calling in one place,
 * {@code identity.internal.CallerLookup}, which produces the request's {@code Caller}; everything else injects it.
 * Only the servlet filters that run before CDI and the EJB layer read the servlet request's principal.
 */
class OneCallerRulesTest {

    private static final List<String> MODULES = List.of("ejb", "batch", "web");
    private static final Set<String> CONTAINER_CALLER = Set.of("jakarta.ejb.EJBContext", "jakarta.ejb.SessionContext",
            "jakarta.security.enterprise.SecurityContext");
    private static final Set<String> CONTAINER_METHODS = Set.of("getCallerPrincipal", "isCallerInRole");
    private static final Set<String> REQUEST_PRINCIPAL = Set.of("jakarta.servlet.http.HttpServletRequest",
            "jakarta.servlet.http.HttpServletRequestWrapper", "jakarta.faces.context.ExternalContext",
            "jakarta.ws.rs.core.SecurityContext");
    private static final Set<String> REQUEST_METHODS = Set.of("getUserPrincipal", "isUserInRole", "getRemoteUser");
    private static final Set<String> FILTERS_BEFORE_CDI = Set.of("org.ziyuanku.web.console.SessionRotation",
            "org.ziyuanku.web.console.DeepLinkFilter", "org.ziyuanku.web.faces.RefusalAuditFilter",
            "org.ziyuanku.web.cache.AnonymousPageCache");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        Path root = Path.of(System.getProperty("zyk.root", ".."));
        List<Path> dirs = MODULES.stream().map(m -> root.resolve(m).resolve("target/classes")).toList();
        dirs.forEach(d -> assertTrue(Files.isDirectory(d.resolve("org/ziyuanku")), "no compiled classes in " + d));
        classes = new ClassFileImporter().importPaths(dirs);
    }

    @Test
    void onlyTheCallerLookupAsksTheContainerWhoIsCalling() {
        classes().that().doNotHaveFullyQualifiedName("org.ziyuanku.service.identity.internal.CallerLookup")
                .should(new NotCalling(CONTAINER_CALLER, CONTAINER_METHODS, "ask the EJB context who is calling"))
                .check(classes);
    }

    @Test
    void onlyFiltersBeforeCdiReadTheRequestsPrincipal() {
        classes().that(new DescribedPredicate<JavaClass>("are not such filters") {
            @Override
            public boolean test(JavaClass c) {
                return FILTERS_BEFORE_CDI.stream().noneMatch(f -> c.getName().equals(f) || c.getName().startsWith(f + "$"));
            }
        }).should(new NotCalling(REQUEST_PRINCIPAL, REQUEST_METHODS, "read the request's principal instead of the Caller"))
                .check(classes);
    }

    /** No call of one of {@code methods} on one of {@code owners}. */
    private static final class NotCalling extends ArchCondition<JavaClass> {
        private final Set<String> owners;
        private final Set<String> methods;

        NotCalling(Set<String> owners, Set<String> methods, String what) {
            super("not " + what);
            this.owners = owners;
            this.methods = methods;
        }

        @Override
        public void check(JavaClass item, ConditionEvents events) {
            for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                if (methods.contains(call.getName()) && owners.contains(call.getTargetOwner().getName())) {
                    events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                }
            }
        }
    }
}
